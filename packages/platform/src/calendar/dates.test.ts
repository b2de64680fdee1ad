import { describe, expect, it } from 'vitest';
import { addCalendarDays, compareDates, isIsoDate, shanghaiDateOf, todayInShanghai, weekday, yearOf } from './dates.js';

describe('shanghaiDateOf / todayInShanghai', () => {
  it('uses the Shanghai civil date whatever the process TZ is', () => {
    expect(shanghaiDateOf(new Date('2025-01-31T17:30:00Z'))).toBe('2025-02-01');
    expect(shanghaiDateOf(new Date('2025-01-31T15:59:59Z'))).toBe('2025-01-31');
    expect(shanghaiDateOf(new Date('2025-01-31T16:00:00Z'))).toBe('2025-02-01');
    expect(todayInShanghai(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });

  it('rejects an invalid Date', () => {
    expect(() => shanghaiDateOf(new Date('nope'))).toThrow(RangeError);
  });
});

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2025-12-31', '2000-02-29', '0050-01-01'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });

  it.each(['2025-02-29', '1900-02-29', '2025-13-01', '2025-04-31', '2025-1-01', '2025-01-01T00:00', '', 20250101, null])(
    'rejects %s',
    (s) => {
      expect(isIsoDate(s)).toBe(false);
    },
  );
});

describe('addCalendarDays', () => {
  it('crosses months, leap days and years', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addCalendarDays('2025-01-24', 0)).toBe('2025-01-24');
    expect(addCalendarDays('2025-01-01', 365)).toBe('2026-01-01');
  });

  it('rejects bad input', () => {
    expect(() => addCalendarDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('2025-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('weekday / yearOf / compareDates', () => {
  it('gives 0 = Sunday .. 6 = Saturday', () => {
    expect(weekday('2025-01-26')).toBe(0);
    expect(weekday('2025-02-08')).toBe(6);
    expect(weekday('2025-10-01')).toBe(3);
  });

  it('reads the year', () => {
    expect(yearOf('2026-12-31')).toBe(2026);
  });

  it('orders dates', () => {
    expect(compareDates('2025-01-01', '2025-01-02')).toBeLessThan(0);
    expect(compareDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareDates('2025-10-01', '2025-09-30')).toBeGreaterThan(0);
    expect(['2025-10-01', '2024-12-31', '2025-01-01'].sort(compareDates)).toEqual(['2024-12-31', '2025-01-01', '2025-10-01']);
  });
});
