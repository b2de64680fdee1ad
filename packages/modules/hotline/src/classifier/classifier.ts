import type { MessageText } from './features.js';
import { linearScores, softmax } from './linear-model.js';
import type { ModelData, TrainingMeta } from './model-data.js';
import { sharedWordTokenizer, type WordTokenizer } from './tokenize.js';
import { Vectorizer } from './vectorizer.js';

export interface Prediction {
  label: string;
  /** Softmax of the linear scores at the model's temperature; sums to 1 over all labels. */
  confidence: number;
}

export interface RankedLabel extends Prediction {
  /** The raw linear score. */
  score: number;
}

/**
 * A loaded model. Immutable: to hot-swap, load another one and replace the reference; calls
 * that already hold the old object finish on it.
 */
export interface Classifier {
  readonly labels: readonly string[];
  readonly meta: Readonly<TrainingMeta>;
  /** The `k` (default 3) most likely labels, best first. */
  predict(text: MessageText, k?: number): Prediction[];
  /** Every label with score and confidence, best first. */
  rank(text: MessageText): RankedLabel[];
}

export function createClassifier(model: ModelData, tokenizer: WordTokenizer = sharedWordTokenizer(model.dictionary)): Classifier {
  const vectorizer = new Vectorizer(model.vectorizer);
  const labels = Object.freeze([...model.labels]);
  const { linear, temperature } = model;
  const rank = (text: MessageText): RankedLabel[] => {
    const scores = linearScores(linear, vectorizer.vectorize(text, tokenizer));
    const probs = softmax(scores, temperature);
    return labels.map((label, k) => ({ label, confidence: probs[k] ?? 0, score: scores[k] ?? 0 })).sort((a, b) => b.score - a.score);
  };
  return Object.freeze({
    labels,
    meta: Object.freeze(structuredClone(model.meta)),
    rank,
    predict(text: MessageText, k = 3): Prediction[] {
      return rank(text)
        .slice(0, k)
        .map(({ label, confidence }) => ({ label, confidence }));
    },
  });
}
