import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMeasures, emptyMeasures, MEASURE_KEYS, rate, totalsOf, type Measures } from './analytics-rates.js';

const measures = fc.record(
  Object.fromEntries(MEASURE_KEYS.map((k) => [k, k === 'repeatCallers' ? fc.option(fc.nat(1000)) : fc.nat(1000)])),
) as fc.Arbitrary<Measures>;

describe('hotline figures from counts', () => {
  it('computes each rate from its own numerator and denominator', () => {
    const t = totalsOf({
      received: 40,
      closed: 20,
      onTime: 15,
      onTimeBase: 25,
      callbacks: 16,
      satisfied: 12,
      answered: 18,
      calledBack: 14,
      dispatched: 30,
      returned: 3,
      repeatCallers: 4,
      handlingSeconds: 18 * 36 * 3600,
    });
    expect(t.onTimeRate).toBe(0.6);
    expect(t.satisfactionRate).toBe(0.75);
    expect(t.callbackRate).toBeCloseTo(14 / 18);
    expect(t.returnRate).toBe(0.1);
    expect(t.repeatCallerRate).toBe(0.1);
    expect(t.avgHandlingHours).toBe(36);
  });

  it('has no rate where nothing was counted, and no repeat-caller rate before orders carry the flag', () => {
    const t = totalsOf(emptyMeasures());
    for (const r of [t.onTimeRate, t.satisfactionRate, t.callbackRate, t.returnRate, t.repeatCallerRate, t.avgHandlingHours])
      expect(r).toBeNull();
    expect(totalsOf(emptyMeasures(true)).repeatCallers).toBe(0);
    expect(rate(0, 5)).toBe(0);
  });

  it('adds counts so that any split of the orders gives the same figures', () => {
    fc.assert(
      fc.property(measures, measures, measures, (a, b, c) => {
        expect(addMeasures(addMeasures(a, b), c)).toEqual(addMeasures(a, addMeasures(b, c)));
        expect(addMeasures(a, b)).toEqual(addMeasures(b, a));
        const sum = addMeasures(a, b);
        expect(sum.received).toBe(a.received + b.received);
        expect(sum.repeatCallers).toBe(
          a.repeatCallers === null && b.repeatCallers === null ? null : (a.repeatCallers ?? 0) + (b.repeatCallers ?? 0),
        );
        const r = totalsOf(sum).onTimeRate;
        if (r !== null) expect(r).toBeCloseTo(sum.onTime / sum.onTimeBase);
      }),
    );
  });
});
