import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics, formatMetrics, stratifiedFolds } from './evaluate.js';

describe('stratifiedFolds', () => {
  it('spreads every class evenly over the folds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 2, max: 6 }),
        fc.nat(),
        (labels, k, seed) => {
          const fold = stratifiedFolds(labels, k, seed);
          for (const label of new Set(labels)) {
            const counts = new Array<number>(k).fill(0);
            labels.forEach((l, i) => {
              if (l === label) counts[fold[i] ?? 0]! += 1;
            });
            expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
          }
          const sizes = new Array<number>(k).fill(0);
          fold.forEach((f) => (sizes[f]! += 1));
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('is deterministic for a seed', () => {
    const labels = Array.from({ length: 50 }, (_, i) => `c${i % 3}`);
    expect(stratifiedFolds(labels, 5, 1)).toEqual(stratifiedFolds(labels, 5, 1));
    expect(stratifiedFolds(labels, 5, 1)).not.toEqual(stratifiedFolds(labels, 5, 2));
  });

  it('rejects k < 2', () => {
    expect(() => stratifiedFolds(['a'], 1, 0)).toThrow(RangeError);
  });
});

describe('computeMetrics', () => {
  it('computes accuracy, per-class P/R/F1, macro-F1 and the confusion matrix', () => {
    const m = computeMetrics(['a', 'a', 'a', 'b', 'b', 'c'], ['a', 'a', 'b', 'b', 'c', 'c'], ['a', 'b', 'c']);
    expect(m.accuracy).toBeCloseTo(4 / 6);
    expect(m.confusion).toEqual([
      [2, 1, 0],
      [0, 1, 1],
      [0, 0, 1],
    ]);
    const [a, b, c] = m.perClass;
    expect([a?.precision, a?.recall]).toEqual([1, 2 / 3]);
    expect([b?.precision, b?.recall]).toEqual([0.5, 0.5]);
    expect([c?.precision, c?.recall]).toEqual([0.5, 1]);
    expect(m.macroF1).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3);
    expect(formatMetrics(m)).toContain('macro_f1=0.6556');
  });

  it('scores a class never predicted with F1 0 and rejects length mismatch', () => {
    expect(computeMetrics(['a', 'b'], ['a', 'a'], ['a', 'b']).perClass[1]?.f1).toBe(0);
    expect(() => computeMetrics(['a'], [], ['a'])).toThrow(RangeError);
  });
});
