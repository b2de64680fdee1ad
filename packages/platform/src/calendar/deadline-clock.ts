import { addCalendarDays, assertIsoDate } from './dates.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * A working-day deadline that can stop and restart (补正, 特别程序). The state is plain JSON so
 * it can live in a column; every function returns a new state and never mutates its input.
 *
 * Counting: the clock runs on the working days after `startDate` (the start day is never
 * counted). A pause from P to R stops the clock on days P (inclusive) to R (exclusive); an open
 * pause (to = null) stops it from P on. The due date is the `limitDays`-th running working day.
 * While every pause begins on or before that day — the normal case — this equals
 * `cal.addWorkingDays(startDate, limitDays + k)` with k the working days the pauses cover after
 * `startDate`. A pause recorded after the deadline already passed does not revive the clock.
 */
export interface ClockPause {
  from: string;
  to: string | null;
  reason: string;
}

export interface DeadlineClockState {
  startDate: string;
  limitDays: number;
  pauses: readonly ClockPause[];
}

export type ClockStatus = 'running' | 'warning' | 'overdue' | 'paused';

export type DeadlineClockErrorCode = 'CLOCK_ALREADY_PAUSED' | 'CLOCK_NOT_PAUSED' | 'CLOCK_INVALID';

export class DeadlineClockError extends Error {
  constructor(
    readonly code: DeadlineClockErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeadlineClockError';
  }
}

export function startClock(startDate: string, limitDays: number): DeadlineClockState {
  const state: DeadlineClockState = { startDate, limitDays, pauses: [] };
  assertValidClock(state);
  return state;
}

export function isPaused(state: DeadlineClockState): boolean {
  return state.pauses.at(-1)?.to === null;
}

export function pauseClock(state: DeadlineClockState, date: string, reason: string): DeadlineClockState {
  assertValidClock(state);
  if (isPaused(state)) throw new DeadlineClockError('CLOCK_ALREADY_PAUSED', 'The clock is already paused');
  const next = { ...state, pauses: [...state.pauses, { from: date, to: null, reason }] };
  assertValidClock(next);
  return next;
}

export function resumeClock(state: DeadlineClockState, date: string): DeadlineClockState {
  assertValidClock(state);
  const open = state.pauses.at(-1);
  if (!open || open.to !== null) throw new DeadlineClockError('CLOCK_NOT_PAUSED', 'The clock is not paused');
  const next = { ...state, pauses: [...state.pauses.slice(0, -1), { ...open, to: date }] };
  assertValidClock(next);
  return next;
}

/**
 * The due date (always a working day), or null while an open pause holds the clock before it
 * ran out. A clock paused after its deadline passed keeps that past due date.
 */
export function dueDate(state: DeadlineClockState, cal: WorkCalendar): string | null {
  assertValidClock(state);
  let counted = 0;
  let date = state.startDate;
  for (;;) {
    date = addCalendarDays(date, 1);
    const pause = pauseOn(state, date);
    if (pause?.to === null) return null;
    if (pause) {
      date = addCalendarDays(pause.to, -1);
      continue;
    }
    if (cal.isWorkingDay(date)) counted += 1;
    if (counted === state.limitDays) return date;
  }
}

/** Running working days d with startDate < d <= today; 0 before the clock starts. */
export function elapsedWorkingDays(state: DeadlineClockState, today: string, cal: WorkCalendar): number {
  assertValidClock(state);
  assertIsoDate(today, 'today');
  let count = 0;
  for (let date = addCalendarDays(state.startDate, 1); date <= today; date = addCalendarDays(date, 1)) {
    const pause = pauseOn(state, date);
    if (pause?.to === null) break;
    if (pause) {
      date = addCalendarDays(pause.to, -1);
      continue;
    }
    if (cal.isWorkingDay(date)) count += 1;
  }
  return count;
}

/**
 * limitDays minus elapsed; frozen while paused. It reaches 0 on the due date and turns negative
 * on the next working day after it; clockStatus already says 'overdue' on a weekend in between.
 */
export function remainingWorkingDays(state: DeadlineClockState, today: string, cal: WorkCalendar): number {
  return state.limitDays - elapsedWorkingDays(state, today, cal);
}

/** 'overdue' wins over 'paused' so that pausing a case cannot hide a deadline it already missed. */
export function clockStatus(state: DeadlineClockState, today: string, cal: WorkCalendar, warnRatio = 0.8): ClockStatus {
  if (!(warnRatio > 0 && warnRatio <= 1)) throw new RangeError(`warnRatio must be in (0, 1], got ${warnRatio}`);
  assertIsoDate(today, 'today');
  const due = dueDate(state, cal);
  if (due !== null && today > due) return 'overdue';
  if (isPaused(state)) return 'paused';
  return elapsedWorkingDays(state, today, cal) / state.limitDays >= warnRatio ? 'warning' : 'running';
}

function pauseOn(state: DeadlineClockState, date: string): ClockPause | undefined {
  return state.pauses.find((p) => p.from <= date && (p.to === null || date < p.to));
}

/** Rejects states that functions above could not have produced (the state may come from storage). */
export function assertValidClock(state: DeadlineClockState): void {
  const invalid = (why: string): never => {
    throw new DeadlineClockError('CLOCK_INVALID', why);
  };
  if (!Number.isInteger(state.limitDays) || state.limitDays < 1) invalid('limitDays must be a positive integer');
  assertIsoDate(state.startDate, 'startDate');
  let floor = state.startDate;
  state.pauses.forEach((p, i) => {
    assertIsoDate(p.from, 'pause date');
    if (p.from < floor) invalid(`pause ${i} starts on ${p.from}, before ${floor}`);
    if (typeof p.reason !== 'string' || p.reason.trim() === '') invalid('a pause needs a reason');
    if (p.to === null) {
      if (i !== state.pauses.length - 1) invalid('only the last pause may be open');
      return;
    }
    assertIsoDate(p.to, 'resume date');
    if (p.to < p.from) invalid(`pause ${i} resumes on ${p.to}, before it started on ${p.from}`);
    floor = p.to;
  });
}
