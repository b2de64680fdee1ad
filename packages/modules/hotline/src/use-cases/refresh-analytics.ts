import type { Kysely } from 'kysely';
import { addCalendarDays, scheduleJob, type Job } from '@yiwang/platform';
import { monthEndOf, monthStartOf, mondayOf } from '../domain/analytics-period.js';
import { hasRepeatCallerFlag } from '../repo/analytics-facts.js';
import * as rollup from '../repo/analytics-rollup.js';

/**
 * Keeps the analytics rollups (hotline.analytics_cell) in step with the work orders. A durable job runs
 * every `everySeconds`: it finds the registration days of orders changed since the last run (through the
 * updated_at index) and recomputes those days from the orders; their weeks and months move by exactly what
 * the days changed. Recomputing whole days makes a refresh idempotent and equal to a direct computation,
 * which the integration tests check against a full rebuild. A bulk load that writes orders directly calls `refreshHotlineAnalytics` afterwards.
 */
export const ANALYTICS_REFRESH_QUEUE = 'hotline.analytics.refresh';
const SINGLETON = 'analytics';
export const DEFAULT_REFRESH_SECONDS = 30;
/** changes by transactions that began before the last run but committed after it are caught by the overlap */
const OVERLAP_MS = 5 * 60_000;

export interface RefreshResult {
  /** the day ranges recomputed */
  ranges: Array<{ from: string; to: string }>;
  refreshedAt: string;
}

/** Consecutive days as ranges of at most `maxDays`, so one transaction never holds a year of rows. */
export function dayRanges(days: readonly string[], maxDays = 31): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  for (const day of [...days].sort()) {
    const last = out.at(-1);
    if (last && addCalendarDays(last.to, 1) === day && day < addCalendarDays(last.from, maxDays)) last.to = day;
    else out.push({ from: day, to: day });
  }
  return out;
}

function monthRanges(from: string, to: string): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  for (let start = from; start <= to; start = addCalendarDays(monthEndOf(start), 1)) {
    out.push({ from: start, to: monthEndOf(start) < to ? monthEndOf(start) : to });
  }
  return out;
}

/** `watermark`: every change before it is now in the rollups (null after a partial rebuild, which proves no such thing). */
async function refreshRanges(
  db: Kysely<any>,
  ranges: Array<{ from: string; to: string }>,
  watermark: Date | null,
  mode: 'rebuild' | 'shift',
): Promise<RefreshResult> {
  const repeatFlag = await hasRepeatCallerFlag(db);
  for (const r of ranges) {
    await db.transaction().execute(async (tx) => {
      await rollup.lockRefresh(tx);
      if (mode === 'shift') return rollup.replaceDaysAndShift(tx, r.from, r.to, repeatFlag);
      await rollup.replaceDays(tx, r.from, r.to, repeatFlag);
      await rollup.replaceSums(tx, 'w', mondayOf(r.from), mondayOf(r.to));
      await rollup.replaceSums(tx, 'm', monthStartOf(r.from), monthStartOf(r.to));
    });
  }
  if (watermark) await rollup.saveRefreshState(db, watermark);
  return { ranges, refreshedAt: new Date().toISOString() };
}

/**
 * Rebuilds the rollups of the Shanghai days [from, to] — by default every day that has orders — from the
 * orders. Idempotent; safe while the job runs (they take turns on an advisory lock).
 */
export async function refreshHotlineAnalytics(db: Kysely<any>, opts: { from?: string; to?: string } = {}): Promise<RefreshResult> {
  const started = await rollup.databaseNow(db);
  const span = await rollup.orderDaySpan(db);
  const from = opts.from ?? span?.from;
  const to = opts.to ?? span?.to;
  const whole = opts.from === undefined && opts.to === undefined;
  if (from === undefined || to === undefined || from > to) return refreshRanges(db, [], whole ? started : null, 'rebuild');
  return refreshRanges(db, monthRanges(from, to), whole ? started : null, 'rebuild');
}

/** The incremental run: only the days of orders that changed since the previous run. */
export async function refreshChangedDays(db: Kysely<any>): Promise<RefreshResult> {
  const started = await rollup.databaseNow(db);
  const state = await rollup.readRefreshState(db);
  const since = state ? new Date(state.watermark.getTime() - OVERLAP_MS) : null;
  // the first run has no rollups to shift yet: it builds them from scratch like a bulk rebuild
  return refreshRanges(db, dayRanges(await rollup.changedDays(db, since)), started, state ? 'shift' : 'rebuild');
}

/** The job handler: one incremental run, then the next one is booked. */
export async function runAnalyticsRefresh(db: Kysely<any>, _job?: Job, everySeconds = DEFAULT_REFRESH_SECONDS): Promise<void> {
  await refreshChangedDays(db);
  await db
    .transaction()
    .execute((tx) =>
      scheduleJob(tx, { queue: ANALYTICS_REFRESH_QUEUE, singletonKey: SINGLETON, runAt: new Date(Date.now() + everySeconds * 1000) }),
    );
}

/** At start-up: books the first run unless one is already booked or running (several processes share it). */
export async function ensureAnalyticsRefresh(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (tx) => {
    if (!(await rollup.hasLiveJob(tx, ANALYTICS_REFRESH_QUEUE)))
      await scheduleJob(tx, { queue: ANALYTICS_REFRESH_QUEUE, singletonKey: SINGLETON });
  });
}
