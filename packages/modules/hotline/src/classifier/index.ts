// Public surface of the 12345 text classifier (issue 4, H2).
export { createClassifier } from './classifier.js';
export type { Classifier, Prediction, RankedLabel } from './classifier.js';
export { crossValidate, summarizeCv } from './cross-validate.js';
export type { CvOptions, CvResult, FoldResult } from './cross-validate.js';
export { CsvError, parseCsv, parseCsvRecords, writeCsv } from './csv.js';
export { DatasetError, labelSet, parseLabeledCsv } from './dataset.js';
export type { LabeledMessage } from './dataset.js';
export { computeMetrics, formatMetrics, stratifiedFolds } from './evaluate.js';
export type { ClassMetrics, Metrics } from './evaluate.js';
export { DEFAULT_FEATURES } from './features.js';
export type { FeatureConfig, MessageText } from './features.js';
export { GOV_TERMS } from './gov-dict.js';
export {
  loadClassifier,
  MODEL_FORMAT,
  MODEL_VERSION,
  ModelFormatError,
  parseModel,
  readModel,
  saveModel,
  serializeModel,
} from './model.js';
export type { CvSummary, LearnerConfig, ModelData, TrainingMeta } from './model.js';
export { formatCvReport } from './report.js';
export { createWordTokenizer, sharedWordTokenizer } from './tokenize.js';
export { BASELINE_TRAIN, DEFAULT_TRAIN, ORDER_TRAIN, trainModel } from './train.js';
export type { Progress, TrainOptions } from './train.js';
