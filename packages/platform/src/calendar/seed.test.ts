import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { addCalendarDays, isIsoDate, weekday } from './dates.js';
import { holidaySeedRows } from './seed.js';
import { WorkCalendar } from './work-calendar.js';

const rows = holidaySeedRows();
const cal = new WorkCalendar(rows);

/** Every date from `from` to `to`, both included. */
function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}

const off = (from: string, to: string): void => {
  for (const d of range(from, to)) expect(cal.isWorkingDay(d), d).toBe(false);
};
const working = (...dates: string[]): void => {
  for (const d of dates) expect(cal.isWorkingDay(d), d).toBe(true);
};

describe('holidaySeedRows', () => {
  it('covers 2004–2026 with one row per date', () => {
    expect(rows.years).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(new Set(rows.days.map((d) => d.date)).size).toBe(rows.days.length);
    expect(rows.days.every((d) => isIsoDate(d.date))).toBe(true);
    expect(rows.days.map((d) => d.date)).toEqual(rows.days.map((d) => d.date).sort());
  });

  it('keeps the Chinese festival name and marks make-up days 调休', () => {
    const byDate = new Map(rows.days.map((d) => [d.date, d]));
    expect(byDate.get('2025-01-29')).toEqual({ date: '2025-01-29', kind: 'holiday', name: '春节' });
    expect(byDate.get('2025-10-01')).toEqual({ date: '2025-10-01', kind: 'holiday', name: '国庆节' });
    expect(byDate.get('2025-01-26')).toEqual({ date: '2025-01-26', kind: 'workday', name: '春节调休' });
    expect(byDate.get('2025-09-28')).toEqual({ date: '2025-09-28', kind: 'workday', name: '国庆节调休' });
    // Weekend holidays are listed too, so the admin page shows the whole notice.
    expect(byDate.get('2025-02-01')).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(new Set(rows.days.map((d) => d.name.replace(/调休$/, '')))).toEqual(
      new Set(['元旦', '春节', '清明', '劳动节', '端午', '中秋', '国庆节', '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日']),
    );
  });

  // chinese-days' own isWorkday() reads dates in the process TZ and is off by a day west of UTC,
  // so compare with its data under the rule its source applies instead.
  it('agrees with chinese-days on every day it covers', () => {
    const { holidays, workdays }: { holidays: Record<string, string>; workdays: Record<string, string> } = chineseDays;
    const packageSays = (d: string): boolean => d in workdays || (weekday(d) >= 1 && weekday(d) <= 5 && !(d in holidays));
    const disagreements = range('2004-01-01', '2026-12-31').filter((d) => cal.isWorkingDay(d) !== packageSays(d));
    expect(disagreements).toEqual([]);
    expect(rows.days.length).toBe(Object.keys(holidays).length + Object.keys(workdays).length);
  });
});

// The State Council notices (国务院办公厅关于 20xx 年部分节假日安排的通知).
describe('official schedules', () => {
  it('2024', () => {
    working('2024-02-04', '2024-02-18'); // 春节 调休 Sundays
    off('2024-02-10', '2024-02-17');
    off('2024-10-01', '2024-10-07');
    working('2024-09-29', '2024-10-12');
  });

  it('2025', () => {
    working('2025-01-26', '2025-02-08'); // Sunday and Saturday 调休
    off('2025-01-28', '2025-02-04');
    off('2025-10-01', '2025-10-08');
    working('2025-09-28', '2025-10-11');
    off('2025-05-01', '2025-05-05');
    working('2025-04-27');
  });

  it('2026 (chinese-days 1.5.7 agrees with the notice)', () => {
    off('2026-01-01', '2026-01-03');
    working('2026-01-04');
    off('2026-02-15', '2026-02-23');
    working('2026-02-14', '2026-02-28'); // Saturdays worked for 春节
    expect(cal.dayInfo('2026-02-14')).toEqual({ date: '2026-02-14', working: true, kind: 'makeup', name: '春节调休' });
    off('2026-05-01', '2026-05-05');
    working('2026-05-09');
    off('2026-10-01', '2026-10-07');
    working('2026-09-20', '2026-10-10');
  });

  it('adds working days across 春节 2025 (counted by hand)', () => {
    // From Fri 01-24: Sun 01-26 (调休) 1, Mon 01-27 2, 01-28..02-04 off, 02-05 3, 02-06 4, 02-07 5.
    expect(cal.addWorkingDays('2025-01-24', 5)).toBe('2025-02-07');
    expect(cal.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    // 02-08 is the Saturday 调休 (6); then Mon 02-10 (7).
    expect(cal.addWorkingDays('2025-01-24', 6)).toBe('2025-02-08');
    expect(cal.addWorkingDays('2025-01-24', 7)).toBe('2025-02-10');
    expect(cal.addWorkingDays('2025-01-29', 0)).toBe('2025-02-05');
    expect(cal.workingDaysBetween('2025-01-24', '2025-02-10')).toBe(7);
  });

  it('adds working days across 国庆 2025 (counted by hand)', () => {
    // From Fri 09-26: Sun 09-28 (调休) 1, 09-29 2, 09-30 3, 10-01..08 off, 10-09 4, 10-10 5, Sat 10-11 (调休) 6.
    expect(cal.addWorkingDays('2025-09-26', 5)).toBe('2025-10-10');
    expect(cal.addWorkingDays('2025-09-26', 6)).toBe('2025-10-11');
    expect(cal.addWorkingDays('2025-09-26', 7)).toBe('2025-10-13');
    // 20-day decision limit from 09-30: 10-09, 10-10, 10-11, then three full weeks (18), 11-03, 11-04.
    expect(cal.addWorkingDays('2025-09-30', 20)).toBe('2025-11-04');
    expect(cal.workingDaysBetween('2025-09-30', '2025-11-04')).toBe(20);
  });
});
