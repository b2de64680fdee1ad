import { seededRandom, shuffleInPlace } from './random.js';

/**
 * Assigns each row to one of `k` folds so that every class is spread evenly: rows of each class
 * are shuffled (seeded) and dealt round-robin, continuing where the previous class stopped.
 */
export function stratifiedFolds(labels: readonly string[], k: number, seed: number): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new RangeError('k must be an integer ≥ 2');
  const byClass = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const rows = byClass.get(label) ?? [];
    rows.push(i);
    byClass.set(label, rows);
  });
  const random = seededRandom(seed);
  const fold = new Int32Array(labels.length);
  let next = 0;
  for (const label of [...byClass.keys()].sort()) {
    const rows = byClass.get(label) ?? [];
    shuffleInPlace(rows, random);
    for (const i of rows) {
      fold[i] = next;
      next = (next + 1) % k;
    }
  }
  return fold;
}

export interface ClassMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Metrics {
  count: number;
  accuracy: number;
  macroF1: number;
  perClass: ClassMetrics[];
  /** confusion[actual][predicted], in the order of `labels`. */
  confusion: number[][];
  labels: string[];
}

/** Accuracy, macro-F1 (unweighted mean over `labels`), per-class P/R/F1 and confusion matrix. */
export function computeMetrics(actual: readonly string[], predicted: readonly string[], labels: readonly string[]): Metrics {
  if (actual.length !== predicted.length) throw new RangeError('length mismatch');
  const index = new Map(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => new Array<number>(labels.length).fill(0));
  let correct = 0;
  actual.forEach((a, i) => {
    const p = predicted[i] ?? '';
    if (a === p) correct++;
    const ai = index.get(a);
    const pi = index.get(p);
    if (ai !== undefined && pi !== undefined) confusion[ai]![pi]! += 1;
  });
  const perClass = labels.map((label, c) => {
    const tp = confusion[c]?.[c] ?? 0;
    const support = (confusion[c] ?? []).reduce((s, v) => s + v, 0);
    const predictedCount = confusion.reduce((s, row) => s + (row[c] ?? 0), 0);
    const precision = predictedCount > 0 ? tp / predictedCount : 0;
    const recall = support > 0 ? tp / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
  return {
    count: actual.length,
    accuracy: actual.length > 0 ? correct / actual.length : 0,
    macroF1: perClass.length > 0 ? perClass.reduce((s, m) => s + m.f1, 0) / perClass.length : 0,
    perClass,
    confusion,
    labels: [...labels],
  };
}

/** Pads to a display width, counting CJK and other wide characters as two columns. */
function padLabel(label: string, width: number): string {
  const wide = label.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g)?.length ?? 0;
  return label + ' '.repeat(Math.max(1, width - label.length - wide));
}

/** A fixed-width text report of per-class figures and the confusion matrix. */
export function formatMetrics(m: Metrics): string {
  const pct = (v: number): string => v.toFixed(4);
  const lines = [
    `rows=${m.count} accuracy=${pct(m.accuracy)} macro_f1=${pct(m.macroF1)}`,
    'class                 precision recall  f1      support',
    ...m.perClass.map(
      (c) => `${padLabel(c.label, 22)}${pct(c.precision).padEnd(10)}${pct(c.recall).padEnd(8)}${pct(c.f1).padEnd(8)}${c.support}`,
    ),
    'confusion (rows: actual, columns: predicted in the same order)',
    ...m.confusion.map((row, i) => `${String(i).padStart(2)} ${row.map((v) => String(v).padStart(5)).join('')}`),
  ];
  return lines.join('\n');
}
