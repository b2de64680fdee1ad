import { addCalendarDays, isIsoDate, weekday } from '@yiwang/platform';

/**
 * Periods of the hotline analytics (H6) as Shanghai civil dates. Rollups are kept per day, ISO week
 * and month; a period is answered from the coarsest rows that fit inside it, so a year costs twelve
 * month rows per cell instead of 365 day rows.
 */
export type Granularity = 'day' | 'week' | 'month';
export type Grain = 'd' | 'w' | 'm';

export interface PeriodLimits {
  /** longest period in days */
  maxDays: number;
  /** longest period a day-by-day series may cover */
  maxDaysByDay: number;
}

export const DEFAULT_PERIOD_LIMITS: PeriodLimits = { maxDays: 1100, maxDaysByDay: 366 };

/** Whole days from `from` to `to` inclusive (1 for a single day). */
export function daysInPeriod(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** True when the dashboard may answer this period at this granularity. */
export function isValidPeriod(from: string, to: string, granularity: Granularity, limits = DEFAULT_PERIOD_LIMITS): boolean {
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) return false;
  const days = daysInPeriod(from, to);
  return days <= limits.maxDays && (granularity !== 'day' || days <= limits.maxDaysByDay);
}

export const mondayOf = (date: string) => addCalendarDays(date, -((weekday(date) + 6) % 7));
export const monthStartOf = (date: string) => `${date.slice(0, 7)}-01`;
export function monthEndOf(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addCalendarDays(next, -1);
}

/** The first day of the bucket a day falls in. */
export function bucketOf(date: string, granularity: Granularity): string {
  return granularity === 'day' ? date : granularity === 'week' ? mondayOf(date) : monthStartOf(date);
}

/** ISO 8601 week ('2026-W05') → its Monday and Sunday; null for a week the year does not have. */
export function parseIsoWeek(week: string): { from: string; to: string } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const year = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1 || n > 53) return null;
  // week 1 is the week with 4 January in it
  const from = addCalendarDays(mondayOf(`${m[1]}-01-04`), (n - 1) * 7);
  // a week belongs to the year its Thursday is in: W53 only exists in years whose last Thursday falls in it
  if (Number(addCalendarDays(from, 3).slice(0, 4)) !== year) return null;
  return { from, to: addCalendarDays(from, 6) };
}

/** The ISO week a day belongs to, e.g. 2027-01-01 → '2026-W53'. */
export function isoWeekOf(date: string): string {
  const thursday = addCalendarDays(mondayOf(date), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor((daysInPeriod(`${year}-01-01`, thursday) - 1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export interface PeriodPiece {
  grain: Grain;
  /** first day of the first row of this grain */
  from: string;
  /** first day of the last row of this grain (rows are keyed by their first day) */
  to: string;
}

/**
 * Covers [from, to] exactly with rollup rows: whole months where `grains` allows them, then whole ISO
 * weeks inside what is left, then days. Pieces never overlap, so summing their rows counts each order once.
 */
export function planPeriod(from: string, to: string, grains: readonly Grain[]): PeriodPiece[] {
  const pieces: PeriodPiece[] = [];
  const days = (a: string, b: string) => {
    if (a <= b) pieces.push({ grain: 'd', from: a, to: b });
  };
  const weeks = (a: string, b: string) => {
    if (a > b) return;
    if (!grains.includes('w')) return days(a, b);
    const first = weekday(a) === 1 ? a : addCalendarDays(mondayOf(a), 7);
    const last = addCalendarDays(mondayOf(addCalendarDays(b, 1)), -7);
    if (first > last) return days(a, b);
    days(a, addCalendarDays(first, -1));
    pieces.push({ grain: 'w', from: first, to: last });
    days(addCalendarDays(last, 7), b);
  };
  if (!grains.includes('m')) {
    weeks(from, to);
    return pieces;
  }
  // month by month, so no week row straddles two months (a month-bucketed series must not split one)
  for (let start = from; start <= to; start = addCalendarDays(monthEndOf(start), 1)) {
    const end = monthEndOf(start) < to ? monthEndOf(start) : to;
    if (start !== monthStartOf(start) || end !== monthEndOf(start)) weeks(start, end);
    else {
      const last = pieces.at(-1);
      if (last?.grain === 'm' && addCalendarDays(monthEndOf(last.to), 1) === start) last.to = start;
      else pieces.push({ grain: 'm', from: start, to: start });
    }
  }
  return pieces;
}

/** The rollup grains a series at this granularity may be built from (a week row cannot be cut into days). */
export function seriesGrains(granularity: Granularity): Grain[] {
  return granularity === 'day' ? ['d'] : granularity === 'week' ? ['w', 'd'] : ['m', 'w', 'd'];
}
