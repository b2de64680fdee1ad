import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perClassCap, qualifyClasses, splitHoldout } from './training-set.js';

describe('training set from orders', () => {
  it('drops categories with too few rows and refuses a run with too little left', () => {
    expect(qualifyClasses({ urban: 12, labour: 9, health: 4 })).toEqual({
      ok: true,
      classes: ['labour', 'urban'],
      dropped: ['health'],
      rows: 21,
    });
    expect(qualifyClasses({ urban: 30, health: 4 }).ok).toBe(false);
    expect(qualifyClasses({ urban: 8, labour: 8 }).ok).toBe(false);
    expect(qualifyClasses({}).ok).toBe(false);
  });

  it('caps big categories evenly and keeps every row of small ones', () => {
    expect(perClassCap([10, 20], 100)).toBe(20);
    expect(perClassCap([10, 1000, 1000], 1010)).toBe(500);
    expect(perClassCap([], 10)).toBe(0);
  });

  it('finds the largest cap within the budget', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 40 }), fc.integer({ min: 0, max: 30_000 }), (counts, max) => {
        const cap = perClassCap(counts, max);
        const total = (c: number) => counts.reduce((s, n) => s + Math.min(n, c), 0);
        expect(total(cap)).toBeLessThanOrEqual(Math.max(max, 0));
        if (cap < Math.max(0, ...counts)) expect(total(cap + 1)).toBeGreaterThan(max);
      }),
    );
  });

  it('holds out about a fifth of every category and trains on the rest', () => {
    const labels = [...Array(10).fill('a'), ...Array(5).fill('b'), ...Array(23).fill('c')] as string[];
    const { train, holdout } = splitHoldout(labels);
    expect([...train, ...holdout].sort((x, y) => x - y)).toEqual(labels.map((_, i) => i));
    const count = (ids: number[], l: string) => ids.filter((i) => labels[i] === l).length;
    expect([count(holdout, 'a'), count(holdout, 'b')]).toEqual([2, 1]);
    expect(count(holdout, 'c')).toBeGreaterThanOrEqual(4);
    expect(splitHoldout(labels)).toEqual({ train, holdout });
  });
});
