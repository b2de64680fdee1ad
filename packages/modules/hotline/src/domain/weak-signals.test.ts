import { describe, expect, it } from 'vitest';
import { seededRandom } from '../classifier/random.js';
import { benjaminiHochberg, binomialUpperTail, DEFAULT_SURGE_OPTIONS, detectSurges, logGamma, type CellCounts } from './weak-signals.js';

/** Knuth's Poisson sampler: fine for the small daily rates of one category in one town. */
function poisson(lambda: number, random: () => number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

/** A daily series: `baselineRate` per day for 56 days, then `windowRate` for the last 7. */
function series(baselineRate: number, windowRate: number, random: () => number) {
  let baseline = 0;
  let window = 0;
  for (let d = 0; d < 56; d++) baseline += poisson(baselineRate, random);
  for (let d = 0; d < 7; d++) window += poisson(windowRate, random);
  return { baseline, window };
}

const choose = (n: number, k: number) => {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
};

describe('weak-signal statistic', () => {
  it('computes binomial tails that match a direct sum, and ln Γ at integers', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 10);
    for (const [n, p] of [
      [20, 1 / 9],
      [60, 0.3],
      [5, 0.5],
    ] as const) {
      for (let k = 0; k <= n; k += 3) {
        let direct = 0;
        for (let i = k; i <= n; i++) direct += choose(n, i) * p ** i * (1 - p) ** (n - i);
        expect(binomialUpperTail(k, n, p)).toBeCloseTo(direct, 10);
      }
    }
    expect(binomialUpperTail(0, 10, 0.2)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.2)).toBe(0);
    expect(binomialUpperTail(900, 1000, 1 / 9)).toBeLessThan(1e-300);
  });

  it('adjusts p-values by Benjamini–Hochberg', () => {
    // worked example: m = 5, ranks 1..5 → p·m/rank, made monotone from the top
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.5]);
    [0.025, 0.05, 0.05, 0.025, 0.5].forEach((want, i) => expect(q[i]).toBeCloseTo(want, 12));
    expect(benjaminiHochberg([])).toEqual([]);
  });

  it('stays quiet on a flat series and alerts on a genuine step', () => {
    const flat = detectSurges([{ key: 'flat', baseline: 3 * 56, window: 3 * 7 }]);
    expect(flat.surges).toEqual([]);
    expect(flat.tested).toBe(1);
    const step = detectSurges([{ key: 'step', baseline: 2 * 56, window: 6 * 7 }]);
    expect(step.surges.map((s) => s.key)).toEqual(['step']);
    expect(step.surges[0]!.expected).toBe(14);
    expect(step.surges[0]!.ratio).toBeCloseTo(42.5 / 14.5);
  });

  it('does not test a blip under the minimum count, even from nothing', () => {
    expect(detectSurges([{ key: 'blip', baseline: 0, window: DEFAULT_SURGE_OPTIONS.minCount - 1 }])).toEqual({ tested: 0, surges: [] });
    // tested (its baseline makes the cell worth a test) but four calls are still no alert
    expect(detectSurges([{ key: 'blip', baseline: 1, window: DEFAULT_SURGE_OPTIONS.minCount - 1 }]).surges).toEqual([]);
    // at the minimum, a new problem where there was none for eight weeks is exactly a weak signal
    expect(detectSurges([{ key: 'new', baseline: 0, window: DEFAULT_SURGE_OPTIONS.minCount }]).surges).toHaveLength(1);
  });

  it('ignores a significant but small rise on a busy cell', () => {
    expect(detectSurges([{ key: 'busy', baseline: 100 * 56, window: 120 * 7 }]).surges).toEqual([]);
  });

  it('finds steps among many noisy cells', () => {
    const random = seededRandom(7);
    const cells: Array<CellCounts<string>> = [];
    for (let i = 0; i < 300; i++) cells.push({ key: `noise${i}`, ...series(0.5 + (i % 10) / 2, 0.5 + (i % 10) / 2, random) });
    for (let i = 0; i < 5; i++) cells.push({ key: `step${i}`, ...series(1, 5, random) });
    const found = detectSurges(cells).surges.map((s) => s.key);
    expect(found.filter((k) => k.startsWith('step')).length).toBeGreaterThanOrEqual(4);
    expect(found.filter((k) => k.startsWith('noise')).length).toBeLessThanOrEqual(1);
  });

  it('raises false alarms on noise-only series well under the nominal level', () => {
    // 1000 runs × 100 cells of pure noise: BH at alpha bounds the chance of any alert in a run by alpha
    // (about 0.035 here: the exact test is discrete, so conservative), and single cells almost never alert
    const runs = 1000;
    let runsWithAlarm = 0;
    let cellAlarms = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const random = seededRandom(seed * 7919);
      const cells = Array.from({ length: 100 }, (_, i) => ({ key: i, ...series(0.3 + (i % 20) * 0.4, 0.3 + (i % 20) * 0.4, random) }));
      const n = detectSurges(cells).surges.length;
      cellAlarms += n;
      if (n > 0) runsWithAlarm++;
    }
    expect(runsWithAlarm / runs).toBeLessThan(DEFAULT_SURGE_OPTIONS.alpha);
    expect(cellAlarms / (runs * 100)).toBeLessThan(DEFAULT_SURGE_OPTIONS.alpha / 100);
  });
});
