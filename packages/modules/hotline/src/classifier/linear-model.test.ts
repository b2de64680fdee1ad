import { describe, expect, it } from 'vitest';
import { linearScores, softmax, trainSoftmax, trainSvm, DEFAULT_SVM, type LinearModel } from './linear-model.js';
import { seededRandom } from './random.js';
import type { SparseVector } from './vectorizer.js';

// Three classes in 20 dimensions: class k has features 3k..3k+2 plus noise.
function blobs(n: number, seed: number): { xs: SparseVector[]; ys: Int32Array } {
  const random = seededRandom(seed);
  const xs: SparseVector[] = [];
  const ys = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = i % 3;
    const idx = [3 * k, 3 * k + 1, 3 * k + 2, 10 + Math.floor(random() * 10)];
    const val = idx.map(() => 0.5 + random());
    const norm = Math.hypot(...val);
    xs.push({ idx: Int32Array.from(idx), val: Float32Array.from(val, (v) => v / norm) });
    ys[i] = k;
  }
  return { xs, ys };
}

function accuracy(model: LinearModel, xs: SparseVector[], ys: Int32Array): number {
  let ok = 0;
  xs.forEach((x, i) => {
    const s = linearScores(model, x);
    if (s.indexOf(Math.max(...s)) === ys[i]) ok++;
  });
  return ok / xs.length;
}

describe('trainSvm', () => {
  const train = blobs(300, 1);
  const test = blobs(90, 2);

  it('separates separable classes, with and without NB scaling and balancing', () => {
    for (const extra of [{}, { nbSmoothing: 0.1 }, { balanced: true }]) {
      const model = trainSvm(train.xs, train.ys, 3, 20, { ...DEFAULT_SVM, ...extra });
      expect(accuracy(model, test.xs, test.ys)).toBe(1);
    }
  });

  it('is deterministic for a seed', () => {
    const a = trainSvm(train.xs, train.ys, 3, 20);
    const b = trainSvm(train.xs, train.ys, 3, 20);
    expect(a.weights).toEqual(b.weights);
    expect(a.bias).toEqual(b.bias);
  });
});

describe('trainSoftmax', () => {
  it('learns separable classes', () => {
    const train = blobs(300, 3);
    const model = trainSoftmax(train.xs, train.ys, 3, 20);
    expect(accuracy(model, blobs(90, 4).xs, blobs(90, 4).ys)).toBe(1);
  });
});

describe('softmax', () => {
  it('sums to one, keeps the order and sharpens at low temperature', () => {
    const p = softmax([1, 2, 3], 1);
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1);
    expect(p[2]).toBeGreaterThan(p[1] ?? 1);
    expect(softmax([1, 2, 3], 0.1)[2]).toBeGreaterThan(p[2] ?? 1);
    expect(Array.from(softmax([1000, 0], 1))).toEqual([1, 0]);
  });
});
