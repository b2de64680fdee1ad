import { stratifiedFolds } from '../classifier/index.js';

/**
 * Which labeled rows a training run from our own orders uses (H2). Pure, so the limits can be
 * tested without a database; the repo fetches the rows these numbers ask for.
 */
export interface TrainingLimits {
  minPerClass: number;
  minClasses: number;
  minRows: number;
  /** A cap that keeps a run well under a minute on one core; beyond it classes are sampled evenly. */
  maxRows: number;
}

export const DEFAULT_TRAINING_LIMITS: TrainingLimits = { minPerClass: 5, minClasses: 2, minRows: 20, maxRows: 20_000 };

export interface Qualified {
  ok: boolean;
  classes: string[];
  dropped: string[];
  rows: number;
}

/** Categories with enough rows to learn and to evaluate on; the run is refused when too little is left. */
export function qualifyClasses(counts: Readonly<Record<string, number>>, limits: TrainingLimits = DEFAULT_TRAINING_LIMITS): Qualified {
  const classes = Object.keys(counts)
    .filter((c) => (counts[c] ?? 0) >= limits.minPerClass)
    .sort();
  const dropped = Object.keys(counts)
    .filter((c) => (counts[c] ?? 0) < limits.minPerClass)
    .sort();
  const rows = classes.reduce((s, c) => s + (counts[c] ?? 0), 0);
  return { ok: classes.length >= limits.minClasses && rows >= limits.minRows, classes, dropped, rows };
}

/**
 * The largest per-class cap that keeps the total within `maxRows` (water-filling): small classes
 * keep every row and the big ones share the rest equally, so a rare category is not sampled away.
 */
export function perClassCap(counts: readonly number[], maxRows: number): number {
  const total = (cap: number) => counts.reduce((s, n) => s + Math.min(n, cap), 0);
  const largest = Math.max(0, ...counts);
  if (total(largest) <= maxRows) return largest;
  let lo = 0;
  let hi = largest;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (total(mid) <= maxRows) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One fold of a seeded stratified k-fold split as the holdout; every class with ≥ k rows is in both parts. */
export function splitHoldout(labels: readonly string[], folds = 5, seed = 42): { train: number[]; holdout: number[] } {
  const fold = stratifiedFolds(labels, folds, seed);
  const train: number[] = [];
  const holdout: number[] = [];
  fold.forEach((f, i) => (f === 0 ? holdout : train).push(i));
  return { train, holdout };
}
