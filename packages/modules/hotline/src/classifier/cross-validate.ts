import { fitTemperature } from './calibrate.js';
import { createClassifier, type RankedLabel } from './classifier.js';
import { labelSet, type LabeledMessage } from './dataset.js';
import { computeMetrics, stratifiedFolds, type Metrics } from './evaluate.js';
import type { CvSummary, SubsetFigures } from './model-data.js';
import { sharedWordTokenizer, type WordTokenizer } from './tokenize.js';
import { buildCorpus, trainOnCorpus, type Corpus, type Progress, type TrainOptions } from './train.js';

export interface CvOptions {
  folds: number;
  seed: number;
  train: TrainOptions;
  tokenizer?: WordTokenizer;
  progress?: Progress;
}

export interface FoldResult {
  fold: number;
  trainRows: number;
  testRows: number;
  metrics: Metrics;
  trainMs: number;
  /** Held-out messages classified per second, from raw text, single-threaded. */
  msgsPerSec: number;
}

export interface CvResult {
  labels: string[];
  folds: FoldResult[];
  overall: Metrics;
  withTitle: Metrics;
  withoutTitle: Metrics;
  msgsPerSec: number;
  /** Out-of-fold predicted label of every row. */
  predictions: string[];
  /** Out-of-fold softmax temperature fitted on the held-out scores. */
  temperature: number;
}

function hasTitle(r: LabeledMessage): boolean {
  return (r.title ?? '').trim().length > 0;
}

/**
 * Stratified k-fold cross-validation. Rows are tokenised once; each fold fits its own
 * vocabulary and idf on its training part only, then classifies the held-out part through the
 * same `Classifier.rank` path that production uses, timing it.
 */
export function crossValidate(rows: readonly LabeledMessage[], opts: CvOptions): CvResult {
  const tokenizer = opts.tokenizer ?? sharedWordTokenizer();
  const labels = labelSet(rows);
  const labelIndex = new Map(labels.map((l, k) => [l, k]));
  const fold = stratifiedFolds(
    rows.map((r) => r.label),
    opts.folds,
    opts.seed,
  );
  const corpus: Corpus = buildCorpus(rows, opts.train.features, tokenizer, opts.progress);
  const predictions = new Array<string>(rows.length).fill('');
  const scores: Float64Array[] = rows.map(() => new Float64Array(labels.length));
  const folds: FoldResult[] = [];
  let predictMs = 0;
  for (let f = 0; f < opts.folds; f++) {
    const trainIds: number[] = [];
    const testIds: number[] = [];
    fold.forEach((g, i) => (g === f ? testIds : trainIds).push(i));
    const t0 = performance.now();
    const model = trainOnCorpus(corpus, trainIds, opts.train);
    const trainMs = performance.now() - t0;
    const classifier = createClassifier(model, tokenizer);
    const ranked: RankedLabel[][] = [];
    const t1 = performance.now();
    for (const i of testIds) ranked.push(classifier.rank(rows[i] as LabeledMessage));
    const ms = performance.now() - t1;
    predictMs += ms;
    testIds.forEach((i, n) => {
      const r = ranked[n] ?? [];
      predictions[i] = r[0]?.label ?? '';
      for (const { label, score } of r) scores[i]![labelIndex.get(label) ?? 0] = score;
    });
    const metrics = computeMetrics(
      testIds.map((i) => rows[i]?.label ?? ''),
      testIds.map((i) => predictions[i] ?? ''),
      labels,
    );
    const result = {
      fold: f,
      trainRows: trainIds.length,
      testRows: testIds.length,
      metrics,
      trainMs,
      msgsPerSec: testIds.length / (ms / 1000),
    };
    folds.push(result);
    opts.progress?.(
      `fold ${f + 1}/${opts.folds}: macro_f1=${metrics.macroF1.toFixed(4)} accuracy=${metrics.accuracy.toFixed(4)} train=${(trainMs / 1000).toFixed(1)}s msgs_per_s=${Math.round(result.msgsPerSec)}`,
    );
  }
  const subset = (keep: (r: LabeledMessage) => boolean): Metrics => {
    const ids = rows.map((_, i) => i).filter((i) => keep(rows[i] as LabeledMessage));
    return computeMetrics(
      ids.map((i) => rows[i]?.label ?? ''),
      ids.map((i) => predictions[i] ?? ''),
      labels,
    );
  };
  return {
    labels,
    folds,
    overall: subset(() => true),
    withTitle: subset(hasTitle),
    withoutTitle: subset((r) => !hasTitle(r)),
    msgsPerSec: rows.length / (predictMs / 1000),
    predictions,
    temperature: fitTemperature(
      scores,
      rows.map((r) => labelIndex.get(r.label) ?? 0),
    ),
  };
}

function figures(m: Metrics): SubsetFigures {
  return { rows: m.count, accuracy: m.accuracy, macroF1: m.macroF1 };
}

/** The part of a CV result that is stored in a model's metadata. */
export function summarizeCv(r: CvResult, seed: number): CvSummary {
  return {
    folds: r.folds.length,
    seed,
    overall: figures(r.overall),
    withTitle: figures(r.withTitle),
    withoutTitle: figures(r.withoutTitle),
    msgsPerSec: Math.round(r.msgsPerSec),
  };
}
