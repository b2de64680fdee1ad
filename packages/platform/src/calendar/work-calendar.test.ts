import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { holidaySeedRows } from './seed.js';
import { CalendarYearMissingError, WorkCalendar } from './work-calendar.js';

// A tiny hand-made year keeps the rule tests independent of the seed data.
const tiny = new WorkCalendar({
  years: [2030],
  days: [
    { date: '2030-01-01', kind: 'holiday', name: '元旦' }, // Tuesday
    { date: '2030-01-05', kind: 'workday', name: '元旦调休' }, // Saturday
    { date: '2030-01-06', kind: 'holiday', name: '元旦' }, // Sunday, harmless
  ],
});

const cal = new WorkCalendar(holidaySeedRows());

/** Shanghai wall-clock time as an instant. */
const sh = (local: string): Date => new Date(`${local}+08:00`);

describe('dayInfo / isWorkingDay', () => {
  it('classifies ordinary days, holidays, weekend holidays and make-up days', () => {
    expect(tiny.dayInfo('2030-01-01')).toEqual({ date: '2030-01-01', working: false, kind: 'holiday', name: '元旦' });
    expect(tiny.dayInfo('2030-01-02')).toEqual({ date: '2030-01-02', working: true, kind: 'workday' });
    expect(tiny.dayInfo('2030-01-05')).toEqual({ date: '2030-01-05', working: true, kind: 'makeup', name: '元旦调休' });
    expect(tiny.dayInfo('2030-01-06')).toEqual({ date: '2030-01-06', working: false, kind: 'holiday', name: '元旦' });
    expect(tiny.dayInfo('2030-01-12')).toEqual({ date: '2030-01-12', working: false, kind: 'weekend' });
    expect(tiny.isWorkingDay('2030-01-05')).toBe(true);
    expect(tiny.isWorkingDay('2030-01-13')).toBe(false);
  });

  it('rejects malformed dates and contradictory rows', () => {
    expect(() => tiny.isWorkingDay('2030-02-30')).toThrow(RangeError);
    expect(
      () =>
        new WorkCalendar({
          years: [2030],
          days: [
            { date: '2030-01-05', kind: 'workday', name: 'a' },
            { date: '2030-01-05', kind: 'holiday', name: 'b' },
          ],
        }),
    ).toThrow(/both/);
  });
});

describe('addWorkingDays', () => {
  it('does not count the start day', () => {
    expect(tiny.addWorkingDays('2030-01-02', 1)).toBe('2030-01-03');
    expect(tiny.addWorkingDays('2030-01-03', 1)).toBe('2030-01-04');
    expect(tiny.addWorkingDays('2030-01-04', 1)).toBe('2030-01-05'); // make-up Saturday
    expect(tiny.addWorkingDays('2030-01-04', 2)).toBe('2030-01-07'); // skips the Sunday holiday
    expect(tiny.addWorkingDays('2030-01-01', 1)).toBe('2030-01-02'); // from a holiday
  });

  it('n = 0 returns start when it works, else the next working day', () => {
    expect(tiny.addWorkingDays('2030-01-02', 0)).toBe('2030-01-02');
    expect(tiny.addWorkingDays('2030-01-01', 0)).toBe('2030-01-02');
    expect(tiny.addWorkingDays('2030-01-12', 0)).toBe('2030-01-14');
  });

  it('rejects negative and fractional n', () => {
    expect(() => tiny.addWorkingDays('2030-01-02', -1)).toThrow(RangeError);
    expect(() => tiny.addWorkingDays('2030-01-02', 1.5)).toThrow(RangeError);
  });

  it('nextWorkingDay is strictly after', () => {
    expect(tiny.nextWorkingDay('2030-01-02')).toBe('2030-01-03');
    expect(tiny.nextWorkingDay('2030-01-31')).toBe('2030-02-01');
  });
});

describe('workingDaysBetween', () => {
  it('counts from < d <= to', () => {
    expect(tiny.workingDaysBetween('2030-01-01', '2030-01-07')).toBe(5); // 2, 3, 4, 5 (make-up), 7
    expect(tiny.workingDaysBetween('2030-01-02', '2030-01-02')).toBe(0);
    expect(tiny.workingDaysBetween('2030-01-06', '2030-01-07')).toBe(1);
  });

  it('is antisymmetric when to < from', () => {
    expect(tiny.workingDaysBetween('2030-01-07', '2030-01-01')).toBe(-5);
  });
});

describe('CalendarYearMissingError', () => {
  it('refuses to run past the loaded years instead of guessing', () => {
    let caught: unknown;
    try {
      cal.addWorkingDays('2026-12-20', 20);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CalendarYearMissingError);
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'CALENDAR_YEAR_MISSING', status: 422, year: 2027, details: { year: 2027 } });
  });

  it('guards every entry point, including start days and spans', () => {
    expect(() => tiny.isWorkingDay('2031-01-02')).toThrow(CalendarYearMissingError);
    expect(() => tiny.dayInfo('2029-12-31')).toThrow(CalendarYearMissingError);
    expect(() => tiny.addWorkingDays('2029-12-31', 1)).toThrow(CalendarYearMissingError);
    expect(() => tiny.workingDaysBetween('2030-12-01', '2031-01-05')).toThrow(CalendarYearMissingError);
    expect(() => tiny.addWorkingDays('2030-12-30', 3)).toThrow(CalendarYearMissingError);
    expect(cal.addWorkingDays('2026-12-20', 8)).toBe('2026-12-30');
  });
});

describe('addWorkingHours', () => {
  it('counts 09:00–18:00 Shanghai on working days, across 春节 2025 and its make-up Sunday', () => {
    // Friday 16:00 + 4 h: 2 h on Friday, then Sunday 2025-01-26 is a 调休 working day.
    expect(cal.addWorkingHours(sh('2025-01-24T16:00'), 4)).toEqual(sh('2025-01-26T11:00'));
    // Monday 17:00 + 8 h: 1 h, then 2025-01-28..02-04 off, 7 h on Wednesday 02-05.
    expect(cal.addWorkingHours(sh('2025-01-27T17:00'), 8)).toEqual(sh('2025-02-05T16:00'));
  });

  it('moves a start outside working time to the next working moment', () => {
    expect(cal.addWorkingHours(sh('2025-03-03T07:00'), 1)).toEqual(sh('2025-03-03T10:00'));
    expect(cal.addWorkingHours(sh('2025-03-03T19:00'), 1)).toEqual(sh('2025-03-04T10:00'));
    expect(cal.addWorkingHours(sh('2025-03-01T10:00'), 0)).toEqual(sh('2025-03-03T09:00')); // Saturday
    expect(cal.addWorkingHours(sh('2025-03-03T10:15:30.250'), 0.5)).toEqual(sh('2025-03-03T10:45:30.250'));
  });

  it('ends exactly at dayEnd rather than the next morning', () => {
    expect(cal.addWorkingHours(sh('2025-03-03T09:00'), 9)).toEqual(sh('2025-03-03T18:00'));
    expect(cal.addWorkingHours(sh('2025-03-03T09:00'), 9.5)).toEqual(sh('2025-03-04T09:30'));
  });

  it('takes custom hours', () => {
    const hours = { dayStart: '08:30', dayEnd: '17:30' };
    expect(cal.addWorkingHours(sh('2025-03-07T17:00'), 1, hours)).toEqual(sh('2025-03-10T09:00'));
  });

  it('rejects bad options and fails loudly past the loaded years', () => {
    expect(() => cal.addWorkingHours(sh('2025-03-03T09:00'), -1)).toThrow(RangeError);
    expect(() => cal.addWorkingHours(sh('2025-03-03T09:00'), 1, { dayStart: '9:00', dayEnd: '18:00' })).toThrow(RangeError);
    expect(() => cal.addWorkingHours(sh('2025-03-03T09:00'), 1, { dayStart: '18:00', dayEnd: '09:00' })).toThrow(RangeError);
    expect(() => cal.addWorkingHours(sh('2026-12-31T17:00'), 2)).toThrow(CalendarYearMissingError);
  });
});
