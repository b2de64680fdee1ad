/**
 * Civil dates as plain 'YYYY-MM-DD' strings, always meaning a day in Asia/Shanghai.
 * Arithmetic runs on UTC midnights so the process time zone can never shift a day.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const shanghaiDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** True when `s` is a 'YYYY-MM-DD' string naming a real calendar day (no 2025-02-29). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(utcMidnight(y, mo, d));
  // Out-of-range parts roll over (02-30 becomes 03-02), so compare every field back.
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

// setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
function utcMidnight(y: number, month: number, d: number): number {
  return new Date(0).setUTCFullYear(y, month - 1, d);
}

export function assertIsoDate(s: unknown, what = 'date'): asserts s is string {
  if (!isIsoDate(s)) throw new RangeError(`${what} must be a real 'YYYY-MM-DD' date, got ${JSON.stringify(s)}`);
}

/** Milliseconds of the UTC midnight that stands for the civil date; used only for arithmetic. */
export function dateToUtcMs(date: string): number {
  assertIsoDate(date);
  return utcMidnight(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

function utcMsToDate(ms: number): string {
  const date = new Date(ms).toISOString().slice(0, 10);
  if (!isIsoDate(date)) throw new RangeError('date out of the supported range (years 0000-9999)');
  return date;
}

/** The civil date in Asia/Shanghai at `instant`, whatever the process TZ is. */
export function shanghaiDateOf(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('instant is an invalid Date');
  const parts = shanghaiDateFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function todayInShanghai(now: Date = new Date()): string {
  return shanghaiDateOf(now);
}

export function addCalendarDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  return utcMsToDate(dateToUtcMs(date) + n * DAY_MS);
}

/** Day of the week, 0 = Sunday .. 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(dateToUtcMs(date)).getUTCDay();
}

export function yearOf(date: string): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

/** Negative, zero or positive like Array.prototype.sort expects. */
export function compareDates(a: string, b: string): number {
  assertIsoDate(a);
  assertIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
