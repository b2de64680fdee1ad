import type { LabeledMessage } from './dataset.js';
import { checkFeatureConfig, DEFAULT_FEATURES, type FeatureConfig } from './features.js';
import { DEFAULT_SOFTMAX, DEFAULT_SVM, trainSoftmax, trainSvm, type LinearModel } from './linear-model.js';
import type { LearnerConfig, ModelData } from './model-data.js';
import { sharedWordTokenizer, type WordTokenizer } from './tokenize.js';
import { Vectorizer } from './vectorizer.js';
import { collectTerms, fitVectorizer, TermTable, type TermDoc } from './vocabulary.js';

export interface TrainOptions {
  features: FeatureConfig;
  learner: LearnerConfig;
  /** Softmax temperature for confidences; `cli train` fits it on out-of-fold scores. */
  temperature: number;
}

/**
 * The production recipe: jieba words + character 1–3-grams + a title block, and the average of
 * a class-balanced NB-SVM (C 1) and a class-balanced SVM (C 2). Averaging linear models over the
 * same features is again one linear model, so the ensemble costs nothing at prediction time.
 * On the shared 12345 data (5-fold CV) the members alone reach macro-F1 0.9245 (NB-SVM) and
 * 0.9185 (SVM), their average 0.9270; the temperature is refitted on held-out scores by `classifier train`.
 */
export const DEFAULT_TRAIN: TrainOptions = {
  features: DEFAULT_FEATURES,
  learner: {
    kind: 'svm',
    members: [
      { ...DEFAULT_SVM, c: 1, balanced: true, nbSmoothing: 0.1 },
      { ...DEFAULT_SVM, c: 2, balanced: true },
    ],
  },
  temperature: 0.25,
};

/**
 * Training from our own orders inside the running system: the production features with one plain
 * class-balanced SVM. NB-SVM copies the corpus once per class, which with ~40 categories made a
 * 16,000-order run take 20–30 s instead of about 10 s; alone the SVM scores 0.9185 against the
 * ensemble's 0.9270 macro-F1 on the shared data. The temperature is fitted on the holdout afterwards.
 */
export const ORDER_TRAIN: TrainOptions = {
  features: DEFAULT_FEATURES,
  learner: { kind: 'svm', members: [{ ...DEFAULT_SVM, c: 1, balanced: true }] },
  temperature: 0.25,
};

/** The reference point: plain character 1–3-gram TF-IDF and multinomial logistic regression. */
export const BASELINE_TRAIN: TrainOptions = {
  features: {
    char: { min: 1, max: 3, weight: 1 },
    word: { bigrams: false, weight: 0 },
    title: { min: 1, max: 1, weight: 0 },
    minDf: 2,
    maxDfRatio: 1,
  },
  learner: { kind: 'softmax', options: DEFAULT_SOFTMAX },
  temperature: 1,
};

export type Progress = (message: string) => void;

/** A tokenised corpus as interned term ids, computed once and shared by every CV fold. */
export interface Corpus {
  table: TermTable;
  dictionary: readonly string[];
  docs: TermDoc[];
  labels: string[];
  features: FeatureConfig;
}

export function buildCorpus(
  rows: readonly LabeledMessage[],
  features: FeatureConfig,
  tokenizer: WordTokenizer = sharedWordTokenizer(),
  progress?: Progress,
): Corpus {
  checkFeatureConfig(features);
  const table = new TermTable();
  const docs = rows.map((r, i) => {
    if (progress && i > 0 && i % 2000 === 0) progress(`tokenised ${i}/${rows.length} rows`);
    return collectTerms(r, features, tokenizer, table);
  });
  return { table, dictionary: tokenizer.terms, docs, labels: rows.map((r) => r.label), features };
}

function fitLinear(xs: Parameters<typeof trainSvm>[0], ys: Int32Array, classes: number, dim: number, learner: LearnerConfig): LinearModel {
  if (learner.kind === 'softmax') return trainSoftmax(xs, ys, classes, dim, learner.options);
  if (learner.members.length === 0) throw new RangeError('an SVM learner needs at least one member');
  const models = learner.members.map((o) => trainSvm(xs, ys, classes, dim, o));
  const first = models[0] as LinearModel;
  if (models.length === 1) return first;
  const avg = (pick: (m: LinearModel) => Float32Array): Float32Array => {
    const out = new Float32Array(pick(first).length);
    for (const m of models) pick(m).forEach((v, j) => (out[j] = (out[j] ?? 0) + v / models.length));
    return out;
  };
  return { classes, dim, weights: avg((m) => m.weights), bias: avg((m) => m.bias) };
}

/** Trains on the rows `rowIds` of a corpus; labels are the sorted distinct labels of those rows. */
export function trainOnCorpus(corpus: Corpus, rowIds: readonly number[], options: TrainOptions, progress?: Progress): ModelData {
  const rowLabels = rowIds.map((i) => corpus.labels[i] ?? '');
  const labels = [...new Set(rowLabels)].sort();
  if (labels.length < 2) throw new RangeError('training needs at least two distinct labels');
  const docs = rowIds.map((i) => corpus.docs[i] as TermDoc);
  const state = fitVectorizer(docs, corpus.table, options.features);
  const vectorizer = new Vectorizer(state);
  const idMap = vectorizer.idMap(corpus.table);
  const xs = docs.map((d) => vectorizer.fromTermDoc(d, idMap));
  const index = new Map(labels.map((l, k) => [l, k]));
  const ys = Int32Array.from(rowLabels, (l) => index.get(l) ?? 0);
  progress?.(`training on ${rowIds.length} rows, ${vectorizer.dim} features, ${labels.length} labels`);
  const linear = fitLinear(xs, ys, labels.length, vectorizer.dim, options.learner);
  const classCounts: Record<string, number> = {};
  for (const l of rowLabels) classCounts[l] = (classCounts[l] ?? 0) + 1;
  return {
    labels,
    dictionary: [...corpus.dictionary],
    vectorizer: state,
    linear,
    learner: options.learner,
    temperature: options.temperature,
    meta: { rows: rowIds.length, classCounts, trainedAt: new Date().toISOString() },
  };
}

/** Tokenises and trains on all rows. */
export function trainModel(
  rows: readonly LabeledMessage[],
  options: TrainOptions = DEFAULT_TRAIN,
  tokenizer: WordTokenizer = sharedWordTokenizer(),
  progress?: Progress,
): ModelData {
  const corpus = buildCorpus(rows, options.features, tokenizer, progress);
  return trainOnCorpus(
    corpus,
    rows.map((_, i) => i),
    options,
    progress,
  );
}
