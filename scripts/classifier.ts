// 12345 text classifier CLI (issue 4, H2).
//   train --data FILE.csv --out MODEL [--cv 5] [--seed 42]
//   eval  --model MODEL --data FILE.csv        (last line: macro_f1=… accuracy=…)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  computeMetrics,
  crossValidate,
  DEFAULT_TRAIN,
  formatCvReport,
  formatMetrics,
  loadClassifier,
  parseLabeledCsv,
  saveModel,
  sharedWordTokenizer,
  summarizeCv,
  trainModel,
  type LabeledMessage,
} from '../packages/modules/hotline/src/classifier/index.js';

const USAGE = `usage:
  npm run classifier -- train --data FILE.csv --out MODEL [--cv N] [--seed S]
      trains on a CSV with columns id,title,body,time,label and saves the model (JSON);
      --cv N first runs stratified N-fold cross-validation (default 5, 0 to skip) to record
      its figures in the model and fit the confidence temperature
  npm run classifier -- eval --model MODEL --data FILE.csv
      classifies every row and prints per-class figures; last line: macro_f1=… accuracy=…`;

class UsageError extends Error {}

function readRows(path: string): LabeledMessage[] {
  if (!existsSync(path)) throw new UsageError(`data file not found: ${path}`);
  const { rows, skipped } = parseLabeledCsv(readFileSync(path, 'utf8'));
  console.log(`read ${rows.length} rows from ${path}${skipped > 0 ? ` (${skipped} skipped: no label or text)` : ''}`);
  return rows;
}

function intOption(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer ≥ ${min}`);
  return n;
}

async function train(values: Record<string, string | undefined>): Promise<void> {
  const { data, out } = values;
  if (!data || !out) throw new UsageError('train needs --data FILE.csv and --out MODEL');
  const folds = intOption(values.cv, 'cv', 5, 0);
  if (folds === 1) throw new UsageError('--cv must be 0 (skip) or at least 2');
  const seed = intOption(values.seed, 'seed', 42, 0);
  const rows = readRows(data);
  const progress = (m: string): void => console.log(m);
  const tokenizer = sharedWordTokenizer();
  let options = DEFAULT_TRAIN;
  let cv;
  if (folds >= 2) {
    console.log(`cross-validating (${folds} folds, seed ${seed}) …`);
    const result = crossValidate(rows, { folds, seed, train: options, tokenizer, progress });
    console.log(formatCvReport('cross-validation', result, { folds: false, perClass: false }));
    options = { ...options, temperature: result.temperature };
    cv = summarizeCv(result, seed);
    console.log(`confidence temperature fitted on held-out scores: ${result.temperature.toFixed(3)}`);
  }
  console.log(`training on all ${rows.length} rows …`);
  const model = trainModel(rows, options, tokenizer, progress);
  if (cv) model.meta.cv = cv;
  await saveModel(out, model);
  const mb = (statSync(out).size / 1e6).toFixed(1);
  console.log(`saved model (${model.labels.length} labels, ${model.linear.dim} features, ${mb} MB) to ${out}`);
}

async function evaluate(values: Record<string, string | undefined>): Promise<void> {
  const { model: modelPath, data } = values;
  if (!modelPath || !data) throw new UsageError('eval needs --model MODEL and --data FILE.csv');
  if (!existsSync(modelPath)) throw new UsageError(`model file not found: ${modelPath}`);
  const classifier = await loadClassifier(modelPath);
  const rows = readRows(data);
  if (rows.length === 0) throw new UsageError('the data file has no labelled rows');
  const t0 = performance.now();
  const predicted = rows.map((r) => classifier.predict(r, 1)[0]?.label ?? '');
  const seconds = (performance.now() - t0) / 1000;
  const labels = [...new Set([...classifier.labels, ...rows.map((r) => r.label)])].sort();
  const unknown = labels.filter((l) => !classifier.labels.includes(l));
  if (unknown.length > 0) console.log(`labels unknown to the model (always wrong): ${unknown.join(', ')}`);
  const subset = (keep: (r: LabeledMessage) => boolean): string => {
    const ids = rows.map((_, i) => i).filter((i) => keep(rows[i] as LabeledMessage));
    const m = computeMetrics(
      ids.map((i) => rows[i]?.label ?? ''),
      ids.map((i) => predicted[i] ?? ''),
      labels,
    );
    return `rows=${m.count} macro_f1=${m.macroF1.toFixed(4)} accuracy=${m.accuracy.toFixed(4)}`;
  };
  const all = computeMetrics(
    rows.map((r) => r.label),
    predicted,
    labels,
  );
  console.log(formatMetrics(all));
  console.log(`with title:    ${subset((r) => (r.title ?? '') !== '')}`);
  console.log(`without title: ${subset((r) => (r.title ?? '') === '')}`);
  console.log(`predict msgs_per_s=${Math.round(rows.length / seconds)}`);
  console.log(`macro_f1=${all.macroF1.toFixed(4)} accuracy=${all.accuracy.toFixed(4)}`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h') {
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    }
    const { values, positionals } = parseArgs({
      args: rest,
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        model: { type: 'string' },
        cv: { type: 'string' },
        seed: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    if (command === 'train') await train(values);
    else if (command === 'eval') await evaluate(values);
    else throw new UsageError(`unknown command: ${command}`);
    return 0;
  } catch (e) {
    const err = e as Error & { code?: string };
    if (e instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`error: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`error: ${err.name}: ${err.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
