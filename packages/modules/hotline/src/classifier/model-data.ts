import type { LinearModel, SoftmaxOptions, SvmOptions } from './linear-model.js';
import type { VectorizerState } from './vocabulary.js';

// The in-memory shape of a trained model; model.ts reads and writes it as a versioned file.

/** How the linear weights were learnt; an SVM ensemble is stored as its averaged weights. */
export type LearnerConfig = { kind: 'svm'; members: SvmOptions[] } | { kind: 'softmax'; options: SoftmaxOptions };

export interface SubsetFigures {
  rows: number;
  accuracy: number;
  macroF1: number;
}

/** Cross-validation figures measured when the model was trained. */
export interface CvSummary {
  folds: number;
  seed: number;
  overall: SubsetFigures;
  withTitle: SubsetFigures;
  withoutTitle: SubsetFigures;
  msgsPerSec: number;
}

export interface TrainingMeta {
  rows: number;
  classCounts: Record<string, number>;
  trainedAt: string;
  cv?: CvSummary;
}

/** Everything a classifier needs; plain data, so that it serialises as is. */
export interface ModelData {
  labels: string[];
  /** The jieba user-dictionary terms the model was trained with; word features depend on them. */
  dictionary: string[];
  vectorizer: VectorizerState;
  linear: LinearModel;
  learner: LearnerConfig;
  /** Softmax temperature that turns linear scores into confidences. */
  temperature: number;
  meta: TrainingMeta;
}
