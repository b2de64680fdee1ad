// 12345 classifier benchmark (issue 4, H2): stratified 5-fold CV on the shared labelled data,
// the production recipe against a plain character n-gram TF-IDF + logistic regression baseline
// measured in the same run. Last line: `bench:classifier macro_f1=… accuracy=… msgs_per_s=…`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BASELINE_TRAIN,
  crossValidate,
  DEFAULT_TRAIN,
  formatCvReport,
  parseLabeledCsv,
  sharedWordTokenizer,
} from '../packages/modules/hotline/src/classifier/index.js';

const DATA = fileURLToPath(new URL('../../shared/data/hotline/train.csv', import.meta.url));
const FOLDS = 5;
const SEED = 42;

function main(): void {
  const path = process.env.HOTLINE_TRAIN_CSV ?? DATA;
  if (!existsSync(path)) {
    const shown = process.env.HOTLINE_TRAIN_CSV ?? '../shared/data/hotline/train.csv';
    console.log(`bench:classifier skipped: labelled data not found at ${shown}`);
    return;
  }
  const { rows, skipped } = parseLabeledCsv(readFileSync(path, 'utf8'));
  const titled = rows.filter((r) => (r.title ?? '') !== '').length;
  console.log(
    `data: ${rows.length} rows (${skipped} skipped), ${titled} with a title, ${rows.length - titled} without; ${FOLDS}-fold stratified CV, seed ${SEED}`,
  );
  const tokenizer = sharedWordTokenizer();
  const started = performance.now();
  const main = crossValidate(rows, { folds: FOLDS, seed: SEED, train: DEFAULT_TRAIN, tokenizer });
  console.log(
    formatCvReport('yiwang: jieba words + gov dict + char 1-3-grams + title block, NB-SVM + SVM', main, { folds: true, perClass: true }),
  );
  const base = crossValidate(rows, { folds: FOLDS, seed: SEED, train: BASELINE_TRAIN, tokenizer });
  console.log(formatCvReport('baseline: char 1-3-gram TF-IDF + logistic regression (SGD)', base, { folds: true, perClass: false }));
  const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(3) : 'n/a');
  console.log(
    `ratio yiwang/baseline: macro_f1=${ratio(main.overall.macroF1, base.overall.macroF1)} accuracy=${ratio(main.overall.accuracy, base.overall.accuracy)} msgs_per_s=${ratio(main.msgsPerSec, base.msgsPerSec)}; error rate ${ratio(1 - main.overall.accuracy, 1 - base.overall.accuracy)}`,
  );
  console.log(`fitted softmax temperature ${main.temperature.toFixed(3)}; total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(
    `bench:classifier macro_f1=${main.overall.macroF1.toFixed(4)} accuracy=${main.overall.accuracy.toFixed(4)} msgs_per_s=${Math.round(main.msgsPerSec)}`,
  );
}

main();
