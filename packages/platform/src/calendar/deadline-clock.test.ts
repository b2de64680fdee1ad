import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, dateToUtcMs } from './dates.js';
import {
  clockStatus,
  DeadlineClockError,
  dueDate,
  elapsedWorkingDays,
  isPaused,
  pauseClock,
  remainingWorkingDays,
  resumeClock,
  startClock,
  type DeadlineClockState,
} from './deadline-clock.js';
import { holidaySeedRows } from './seed.js';
import { WorkCalendar } from './work-calendar.js';

const cal = new WorkCalendar(holidaySeedRows());

// Starts late enough in 2026 would run into 2027, which is not loaded; keep them before July.
const startArb = fc.integer({ min: 0, max: 7_850 }).map((n) => addCalendarDays('2005-01-01', n));
const limitArb = fc.integer({ min: 1, max: 60 });

function closedPause(state: DeadlineClockState, from: string, to: string): DeadlineClockState {
  return resumeClock(pauseClock(state, from, '补正'), to);
}

/** Working days in [from, to) after `start`: what a pause from..to takes off the clock. */
function pausedWorkingDays(start: string, from: string, to: string): number {
  let k = 0;
  for (let d = from; d < to; d = addCalendarDays(d, 1)) if (d > start && cal.isWorkingDay(d)) k += 1;
  return k;
}

describe('pause and resume', () => {
  it('records pauses without mutating the input', () => {
    const s0 = startClock('2025-03-03', 20);
    const s1 = pauseClock(s0, '2025-03-05', '补正');
    expect(s0.pauses).toEqual([]);
    expect(isPaused(s1)).toBe(true);
    const s2 = resumeClock(s1, '2025-03-10');
    expect(s2.pauses).toEqual([{ from: '2025-03-05', to: '2025-03-10', reason: '补正' }]);
    expect(isPaused(s2)).toBe(false);
    expect(JSON.parse(JSON.stringify(s2))).toEqual(s2);
  });

  it('refuses double pauses, resumes without a pause and out-of-order dates', () => {
    const s0 = startClock('2025-03-03', 20);
    const paused = pauseClock(s0, '2025-03-05', '补正');
    expect(() => pauseClock(paused, '2025-03-06', '特别程序')).toThrow(expect.objectContaining({ code: 'CLOCK_ALREADY_PAUSED' }));
    expect(() => resumeClock(s0, '2025-03-06')).toThrow(expect.objectContaining({ code: 'CLOCK_NOT_PAUSED' }));
    expect(() => resumeClock(paused, '2025-03-04')).toThrow(DeadlineClockError);
    expect(() => pauseClock(s0, '2025-03-02', '补正')).toThrow(DeadlineClockError);
    expect(() => pauseClock(s0, '2025-03-04', ' ')).toThrow(DeadlineClockError);
    const resumed = resumeClock(paused, '2025-03-10');
    expect(() => pauseClock(resumed, '2025-03-09', '特别程序')).toThrow(DeadlineClockError);
    expect(() => startClock('2025-03-03', 0)).toThrow(DeadlineClockError);
    expect(() => startClock('2025-02-30', 5)).toThrow(RangeError);
  });

  it('rejects stored states with an open pause before the last one', () => {
    const state: DeadlineClockState = {
      startDate: '2025-03-03',
      limitDays: 20,
      pauses: [
        { from: '2025-03-04', to: null, reason: '补正' },
        { from: '2025-03-05', to: '2025-03-06', reason: '补正' },
      ],
    };
    expect(() => dueDate(state, cal)).toThrow(expect.objectContaining({ code: 'CLOCK_INVALID' }));
  });
});

describe('dueDate and status, by hand', () => {
  it('20 working days with a 补正 pause across 国庆 2025', () => {
    const s0 = startClock('2025-09-26', 20);
    expect(dueDate(s0, cal)).toBe(cal.addWorkingDays('2025-09-26', 20));
    // Pause Mon 09-29 .. Mon 10-13 takes off 09-29, 09-30, 10-09, 10-10 and Sat 10-11 (调休): 5 days.
    const s1 = pauseClock(s0, '2025-09-29', '补正');
    expect(dueDate(s1, cal)).toBeNull();
    expect(clockStatus(s1, '2025-10-09', cal)).toBe('paused');
    expect(elapsedWorkingDays(s1, '2025-10-09', cal)).toBe(1); // Sun 09-28 (调休) before the pause
    const s2 = resumeClock(s1, '2025-10-13');
    // 09-28 is 1; from 10-13 three full weeks reach 16 on 10-31, then 11-03..11-06 are 17..20.
    expect(dueDate(s2, cal)).toBe('2025-11-06');
    expect(cal.addWorkingDays('2025-09-26', 25)).toBe('2025-11-06');
    expect(remainingWorkingDays(s2, '2025-10-13', cal)).toBe(18);
  });

  it('warns at 80% and is overdue the day after the due date, even on a weekend', () => {
    const s = startClock('2025-03-03', 10); // due Mon 03-17
    expect(dueDate(s, cal)).toBe('2025-03-17');
    expect(clockStatus(s, '2025-03-03', cal)).toBe('running');
    expect(clockStatus(s, '2025-03-12', cal)).toBe('running'); // 7 of 10
    expect(clockStatus(s, '2025-03-13', cal)).toBe('warning'); // 8 of 10
    expect(clockStatus(s, '2025-03-13', cal, 0.9)).toBe('running');
    expect(clockStatus(s, '2025-03-17', cal)).toBe('warning');
    expect(remainingWorkingDays(s, '2025-03-17', cal)).toBe(0);
    expect(clockStatus(s, '2025-03-18', cal)).toBe('overdue');
    expect(remainingWorkingDays(s, '2025-03-18', cal)).toBe(-1);

    const friday = startClock('2025-03-03', 9); // due Fri 03-14
    expect(clockStatus(friday, '2025-03-15', cal)).toBe('overdue');
    expect(remainingWorkingDays(friday, '2025-03-15', cal)).toBe(0);
    expect(() => clockStatus(s, '2025-03-13', cal, 1.5)).toThrow(RangeError);
  });

  it('a pause after the deadline passed neither revives the clock nor hides it', () => {
    const s = startClock('2025-03-03', 10); // due 03-17
    const late = pauseClock(s, '2025-03-20', '特别程序');
    expect(dueDate(late, cal)).toBe('2025-03-17');
    expect(clockStatus(late, '2025-03-25', cal)).toBe('overdue');
    expect(dueDate(resumeClock(late, '2025-04-20'), cal)).toBe('2025-03-17');
  });
});

describe('properties', () => {
  it('without pauses the due date is the limit-th working day after start', () => {
    fc.assert(
      fc.property(startArb, limitArb, (start, limit) => {
        const due = dueDate(startClock(start, limit), cal);
        expect(due).not.toBeNull();
        if (due === null) return;
        expect(cal.isWorkingDay(due)).toBe(true);
        expect(cal.workingDaysBetween(start, due)).toBe(limit);
        expect(due).toBe(cal.addWorkingDays(start, limit));
      }),
    );
  });

  it('a pause of k working days before the deadline shifts it by exactly k working days', () => {
    fc.assert(
      fc.property(
        startArb,
        limitArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 40 }),
        (start, limit, at, length) => {
          const clock = startClock(start, limit);
          const due0 = cal.addWorkingDays(start, limit);
          const span = Math.floor(at * calendarDays(start, due0));
          const from = addCalendarDays(start, span);
          const to = addCalendarDays(from, length);
          const k = pausedWorkingDays(start, from, to);
          const due = dueDate(closedPause(clock, from, to), cal);
          expect(due).toBe(cal.addWorkingDays(start, limit + k));
          expect(cal.workingDaysBetween(due0, due ?? due0)).toBe(k);
          expect(cal.isWorkingDay(due ?? '')).toBe(true);
        },
      ),
    );
  });

  it('pausing and resuming on the same day changes nothing', () => {
    fc.assert(
      fc.property(startArb, limitArb, fc.nat(90), fc.nat(120), (start, limit, at, todayAt) => {
        const clock = startClock(start, limit);
        const same = addCalendarDays(start, at);
        const today = addCalendarDays(start, todayAt);
        const touched = closedPause(clock, same, same);
        expect(dueDate(touched, cal)).toBe(dueDate(clock, cal));
        expect(elapsedWorkingDays(touched, today, cal)).toBe(elapsedWorkingDays(clock, today, cal));
        expect(clockStatus(touched, today, cal)).toBe(clockStatus(clock, today, cal));
      }),
    );
  });

  it('elapsed + remaining = limit, elapsed reaches the limit on the due date and freezes while paused', () => {
    fc.assert(
      fc.property(startArb, limitArb, fc.nat(120), fc.nat(30), (start, limit, todayAt, pauseAt) => {
        const clock = startClock(start, limit);
        const today = addCalendarDays(start, todayAt);
        const due = cal.addWorkingDays(start, limit);
        expect(elapsedWorkingDays(clock, today, cal) + remainingWorkingDays(clock, today, cal)).toBe(limit);
        expect(elapsedWorkingDays(clock, due, cal)).toBe(limit);
        expect(clockStatus(clock, due, cal)).not.toBe('overdue');
        expect(clockStatus(clock, addCalendarDays(due, 1), cal)).toBe('overdue');

        const from = addCalendarDays(start, Math.min(pauseAt, calendarDays(start, due)));
        const paused = pauseClock(clock, from, '补正');
        const frozen = elapsedWorkingDays(paused, addCalendarDays(from, -1), cal);
        expect(elapsedWorkingDays(paused, addCalendarDays(from, todayAt), cal)).toBe(frozen);
        expect(dueDate(paused, cal)).toBeNull();
        expect(clockStatus(paused, today, cal)).toBe('paused');
      }),
    );
  });
});

function calendarDays(from: string, to: string): number {
  return (dateToUtcMs(to) - dateToUtcMs(from)) / 86_400_000;
}
