import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '@yiwang/platform';
import {
  bucketOf,
  daysInPeriod,
  isoWeekOf,
  isValidPeriod,
  monthEndOf,
  parseIsoWeek,
  planPeriod,
  seriesGrains,
  type Grain,
  type PeriodPiece,
} from './analytics-period.js';

const day = fc.integer({ min: 0, max: 4000 }).map((n) => addCalendarDays('2018-01-01', n));

/** Every day a plan's rows stand for, in order: what the rollup query would add up. */
function daysOf(pieces: PeriodPiece[]): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    for (let start = p.from; start <= p.to;) {
      const next =
        p.grain === 'd' ? addCalendarDays(start, 1) : p.grain === 'w' ? addCalendarDays(start, 7) : addCalendarDays(monthEndOf(start), 1);
      for (let d = start; d < next; d = addCalendarDays(d, 1)) out.push(d);
      start = next;
    }
  }
  return out.sort();
}

describe('analytics periods', () => {
  it('reads ISO weeks, including week 53 only in the years that have one', () => {
    expect(parseIsoWeek('2026-W01')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    expect(parseIsoWeek('2025-W21')).toEqual({ from: '2025-05-19', to: '2025-05-25' });
    expect(parseIsoWeek('2020-W53')).toEqual({ from: '2020-12-28', to: '2021-01-03' });
    expect(parseIsoWeek('2026-W53')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    for (const bad of ['2025-W53', '2021-W53', '2026-W00', '2026-W54', '2026-21', '26-W01']) expect(parseIsoWeek(bad), bad).toBeNull();
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
  });

  it('puts every day inside the ISO week it names', () => {
    fc.assert(
      fc.property(day, (d) => {
        const w = parseIsoWeek(isoWeekOf(d));
        expect(w).not.toBeNull();
        expect(w!.from <= d && d <= w!.to).toBe(true);
        expect(daysInPeriod(w!.from, w!.to)).toBe(7);
      }),
    );
  });

  it('covers a period with rollup rows that count each day exactly once', () => {
    const grains = fc.constantFrom<Grain[]>(['d'], ['w', 'd'], ['m', 'w', 'd'], ['m', 'd']);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), grains, (from, len, allowed) => {
        const to = addCalendarDays(from, len);
        const pieces = planPeriod(from, to, allowed);
        const expected = Array.from({ length: len + 1 }, (_, i) => addCalendarDays(from, i));
        expect(daysOf(pieces)).toEqual(expected);
        for (const p of pieces) expect(allowed).toContain(p.grain);
        // a week row never straddles two months when months are in play (a month series must not split it)
        if (allowed.includes('m'))
          for (const p of pieces.filter((x) => x.grain === 'w')) expect(addCalendarDays(p.to, 6).slice(0, 7)).toBe(p.from.slice(0, 7));
      }),
    );
  });

  it('answers a year from twelve month rows and a ragged period from weeks and days', () => {
    expect(planPeriod('2025-01-01', '2025-12-31', ['m', 'w', 'd'])).toEqual([{ grain: 'm', from: '2025-01-01', to: '2025-12-01' }]);
    expect(planPeriod('2025-03-05', '2025-03-20', ['m', 'w', 'd'])).toEqual([
      { grain: 'd', from: '2025-03-05', to: '2025-03-09' },
      { grain: 'w', from: '2025-03-10', to: '2025-03-10' },
      { grain: 'd', from: '2025-03-17', to: '2025-03-20' },
    ]);
    expect(seriesGrains('day')).toEqual(['d']);
  });

  it('buckets days into weeks starting on Monday and months starting on the 1st', () => {
    expect(bucketOf('2025-05-25', 'week')).toBe('2025-05-19');
    expect(bucketOf('2025-05-19', 'week')).toBe('2025-05-19');
    expect(bucketOf('2025-05-25', 'month')).toBe('2025-05-01');
    expect(bucketOf('2025-05-25', 'day')).toBe('2025-05-25');
  });

  it('refuses unreal dates, reversed periods, periods over three years and day series over a year', () => {
    expect(isValidPeriod('2025-01-01', '2025-12-31', 'day')).toBe(true);
    expect(isValidPeriod('2025-02-29', '2025-03-01', 'week')).toBe(false);
    expect(isValidPeriod('2025-03-02', '2025-03-01', 'week')).toBe(false);
    expect(isValidPeriod('2024-01-01', '2025-12-31', 'day')).toBe(false);
    expect(isValidPeriod('2024-01-01', '2025-12-31', 'month')).toBe(true);
    expect(isValidPeriod('2020-01-01', '2025-12-31', 'month')).toBe(false);
  });
});
