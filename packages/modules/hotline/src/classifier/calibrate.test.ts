import { describe, expect, it } from 'vitest';
import { fitTemperature, meanNll } from './calibrate.js';
import { seededRandom } from './random.js';
import { softmax } from './linear-model.js';

describe('fitTemperature', () => {
  it('recovers the temperature that generated the labels', () => {
    const random = seededRandom(3);
    const scores: number[][] = [];
    const truth: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const s = [random() * 2, random() * 2, random() * 2];
      const p = softmax(s, 0.5);
      const u = random();
      truth.push(u < (p[0] ?? 0) ? 0 : u < (p[0] ?? 0) + (p[1] ?? 0) ? 1 : 2);
      scores.push(s);
    }
    const t = fitTemperature(scores, truth);
    expect(t).toBeGreaterThan(0.4);
    expect(t).toBeLessThan(0.62);
    expect(meanNll(scores, truth, t)).toBeLessThanOrEqual(meanNll(scores, truth, 1));
  });

  it('returns 1 without data', () => {
    expect(fitTemperature([], [])).toBe(1);
  });
});
