import { addCalendarDays, shanghaiDateOf, weekday, type WorkCalendar } from '@yiwang/platform';
import { shanghaiInstant } from '../domain/index.js';
import { cumulate, gaussian, weightedIndex, type Rng } from './random.js';

/**
 * When calls come in: a weekly rhythm (Mondays busiest, weekends quiet), a seasonal one (the
 * Spring Festival dip, the summer peak of typhoons, noise and water cuts), fewer calls on public
 * holidays, and the day's own curve (mid-morning and mid-afternoon peaks; the line is open 24 h).
 */
const WEEKDAY = [0.7, 1.15, 1.1, 1.05, 1.05, 1.0, 0.75]; // Sunday … Saturday
const MONTH = [0.9, 0.85, 1.0, 1.0, 1.05, 1.1, 1.15, 1.15, 1.05, 0.95, 0.95, 0.95];
const HOLIDAY = 0.6;
const HOURS = [0.2, 0.1, 0.08, 0.06, 0.06, 0.1, 0.3, 0.8, 1.6, 2.2, 2.3, 2.0, 1.4, 1.3, 1.9, 2.1, 2.0, 1.7, 1.2, 1.0, 0.9, 0.8, 0.6, 0.35];
const HOURS_CUMULATIVE = cumulate(HOURS);
const HOUR_MS = 3_600_000;

export interface DayPlan {
  /** Shanghai civil date */
  date: string;
  /** the part of the day inside [from, to) */
  start: Date;
  end: Date;
  count: number;
}

export const monthOf = (date: string) => Number(date.slice(5, 7)) - 1;

/** 0-based month of the instant in Shanghai, without the cost of Intl. */
export const shanghaiMonth = (at: Date) => new Date(at.getTime() + 8 * HOUR_MS).getUTCMonth();

function isHoliday(cal: WorkCalendar | undefined, date: string): boolean {
  try {
    return cal?.dayInfo(date).kind === 'holiday';
  } catch {
    return false; // a year without a published schedule: no holiday dip rather than no orders
  }
}

/** Share of the day's calls that fall in [start, end) of that day. */
function hourMass(date: string, start: Date, end: Date): number {
  const midnight = shanghaiInstant(date, '00:00').getTime();
  let mass = 0;
  for (let h = 0; h < 24; h++) {
    const a = Math.max(midnight + h * HOUR_MS, start.getTime());
    const b = Math.min(midnight + (h + 1) * HOUR_MS, end.getTime());
    if (b > a) mass += (HOURS[h]! * (b - a)) / HOUR_MS;
  }
  return mass / HOURS_CUMULATIVE[23]!;
}

/**
 * The days of [from, to) with exactly `count` orders among them (largest remainder), each day's
 * weight the product of the rhythms above and a little noise.
 */
export function planDays(rng: Rng, from: Date, to: Date, count: number, cal?: WorkCalendar): DayPlan[] {
  if (!(to > from)) throw new RangeError('`to` must be after `from`');
  const days: Array<DayPlan & { weight: number }> = [];
  const last = shanghaiDateOf(new Date(to.getTime() - 1));
  for (let date = shanghaiDateOf(from); date <= last; date = addCalendarDays(date, 1)) {
    const start = new Date(Math.max(shanghaiInstant(date, '00:00').getTime(), from.getTime()));
    const end = new Date(Math.min(shanghaiInstant(addCalendarDays(date, 1), '00:00').getTime(), to.getTime()));
    const rhythm = (isHoliday(cal, date) ? HOLIDAY : WEEKDAY[weekday(date)]!) * MONTH[monthOf(date)]!;
    const weight = rhythm * hourMass(date, start, end) * Math.exp(0.08 * gaussian(rng));
    days.push({ date, start, end, count: 0, weight });
  }
  const total = days.reduce((s, d) => s + d.weight, 0);
  const exact = days.map((d) => (d.weight / total) * count);
  days.forEach((d, i) => (d.count = Math.floor(exact[i]!)));
  const left = count - days.reduce((s, d) => s + d.count, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < left; k++) days[byRemainder[k]![1]]!.count += 1;
  return days.map(({ weight: _w, ...d }) => d);
}

/** `n` call instants inside the day's window, following the hourly curve, in time order. */
export function callTimes(rng: Rng, day: DayPlan, n: number): Date[] {
  const midnight = shanghaiInstant(day.date, '00:00').getTime();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = NaN;
    for (let attempt = 0; attempt < 20 && !(t >= day.start.getTime() && t < day.end.getTime()); attempt++) {
      t = midnight + weightedIndex(rng, HOURS_CUMULATIVE) * HOUR_MS + Math.floor(rng() * HOUR_MS);
    }
    // a sliver of a day (the range starts or ends mid-day): uniform inside it
    if (!(t >= day.start.getTime() && t < day.end.getTime()))
      t = day.start.getTime() + Math.floor(rng() * (day.end.getTime() - day.start.getTime()));
    out.push(Math.floor(t / 1000) * 1000);
  }
  return out.sort((a, b) => a - b).map((t) => new Date(t));
}
