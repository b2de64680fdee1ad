import { AppError } from '../errors.js';
import { addCalendarDays, assertIsoDate, compareDates, dateToUtcMs, shanghaiDateOf, weekday, yearOf } from './dates.js';

/** One row of the official schedule: a day off by notice, or a weekend made a working day (调休). */
export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface WorkCalendarData {
  days: readonly CalendarDay[];
  /** Years whose official schedule is loaded; any other year is refused, never guessed. */
  years: readonly number[];
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

export interface DayInfo {
  date: string;
  working: boolean;
  kind: DayKind;
  /** The festival for 'holiday' and 'makeup' days. */
  name?: string;
}

export interface WorkingHoursOptions {
  /** Shanghai wall-clock 'HH:MM' when the working day starts and ends (no lunch break). */
  dayStart: string;
  dayEnd: string;
}

/**
 * Thrown when a computation reaches a year with no loaded schedule. Failing loudly beats
 * silently treating next year's Spring Festival as ordinary working days.
 */
export class CalendarYearMissingError extends AppError {
  declare readonly code: 'CALENDAR_YEAR_MISSING';
  declare readonly details: { year: number };

  constructor(readonly year: number) {
    super('CALENDAR_YEAR_MISSING', { year }, `No official holiday schedule loaded for ${year}`);
    this.name = 'CalendarYearMissingError';
  }
}

// Asia/Shanghai has been UTC+8 with no daylight saving since 1991, before any loaded year.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const MINUTE_MS = 60_000;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOf(hhmm: string, what: string): number {
  const m = HH_MM.exec(hhmm);
  if (!m) throw new RangeError(`${what} must be 'HH:MM', got ${JSON.stringify(hhmm)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Working-day rules: Mon–Fri unless listed as 'holiday', plus weekends listed as 'workday' (调休).
 * Weekend holidays are listed too (the admin page shows the whole notice) and change nothing.
 */
export class WorkCalendar {
  private readonly listed = new Map<string, CalendarDay>();
  private readonly years: ReadonlySet<number>;

  constructor(data: WorkCalendarData) {
    for (const year of data.years) {
      if (!Number.isInteger(year)) throw new RangeError(`years must be integers, got ${year}`);
    }
    this.years = new Set(data.years);
    for (const day of data.days) {
      assertIsoDate(day.date, 'calendar day');
      const seen = this.listed.get(day.date);
      if (seen && seen.kind !== day.kind) {
        throw new RangeError(`${day.date} is listed both as ${seen.kind} and ${day.kind}`);
      }
      this.listed.set(day.date, day);
    }
  }

  /** Loaded years in ascending order. */
  loadedYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  dayInfo(date: string): DayInfo {
    this.assertLoaded(date);
    const row = this.listed.get(date);
    if (row?.kind === 'holiday') return { date, working: false, kind: 'holiday', name: row.name };
    if (row?.kind === 'workday') return { date, working: true, kind: 'makeup', name: row.name };
    const dow = weekday(date);
    return dow === 0 || dow === 6 ? { date, working: false, kind: 'weekend' } : { date, working: true, kind: 'workday' };
  }

  isWorkingDay(date: string): boolean {
    return this.dayInfo(date).working;
  }

  /**
   * The n-th working day after `start`; `start` itself is never counted (行政许可法 counts from the
   * next day). n = 0 gives `start` when it is a working day, else the next working day.
   */
  addWorkingDays(start: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
    if (n === 0) return this.isWorkingDay(start) ? start : this.nextWorkingDay(start);
    this.assertLoaded(start);
    let date = start;
    for (let counted = 0; counted < n;) {
      date = addCalendarDays(date, 1);
      if (this.isWorkingDay(date)) counted += 1;
    }
    return date;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    return this.addWorkingDays(date, 1);
  }

  /**
   * Working days d with from < d <= to. When to < from the answer is the negated count for
   * (to, from], so between(a, b) + between(b, c) === between(a, c) always holds; from === to gives 0.
   */
  workingDaysBetween(from: string, to: string): number {
    const order = compareDates(from, to);
    if (order > 0) return -this.workingDaysBetween(to, from);
    this.assertLoaded(from);
    this.assertLoaded(to);
    let count = 0;
    for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
      if (this.isWorkingDay(date)) count += 1;
    }
    return count;
  }

  /**
   * Adds working hours for urgent items, counted only inside [dayStart, dayEnd) Shanghai time on
   * working days (default 09:00–18:00, no lunch break). A start outside working time first moves
   * to the next working moment; a result landing exactly on dayEnd stays there rather than
   * jumping to the next morning, and hours = 0 returns that first working moment.
   */
  addWorkingHours(
    startInstant: Date,
    hours: number,
    { dayStart, dayEnd }: WorkingHoursOptions = { dayStart: '09:00', dayEnd: '18:00' },
  ): Date {
    if (Number.isNaN(startInstant.getTime())) throw new RangeError('startInstant is an invalid Date');
    if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be >= 0, got ${hours}`);
    const openMs = minutesOf(dayStart, 'dayStart') * MINUTE_MS;
    const closeMs = minutesOf(dayEnd, 'dayEnd') * MINUTE_MS;
    if (openMs >= closeMs) throw new RangeError('dayStart must be before dayEnd');

    const startMs = startInstant.getTime();
    let date = shanghaiDateOf(startInstant);
    let msOfDay = startMs + SHANGHAI_OFFSET_MS - dateToUtcMs(date);
    if (!this.isWorkingDay(date) || msOfDay >= closeMs) {
      date = this.nextWorkingDay(date);
      msOfDay = openMs;
    } else if (msOfDay < openMs) {
      msOfDay = openMs;
    }

    let remaining = Math.round(hours * 3_600_000);
    while (remaining > closeMs - msOfDay) {
      remaining -= closeMs - msOfDay;
      date = this.nextWorkingDay(date);
      msOfDay = openMs;
    }
    return new Date(dateToUtcMs(date) + msOfDay + remaining - SHANGHAI_OFFSET_MS);
  }

  private assertLoaded(date: string): void {
    const year = yearOf(date);
    if (!this.years.has(year)) throw new CalendarYearMissingError(year);
  }
}
