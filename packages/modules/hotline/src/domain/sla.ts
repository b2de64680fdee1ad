import { shanghaiDateOf, type WorkCalendar, type WorkingHoursOptions } from '@yiwang/platform';
import type { OrderType, Urgency } from './order-types.js';

/**
 * Time limits of work orders (H3). Every number is per-region configuration; the defaults are the
 * Guangdong 2022 12345 rules. All arithmetic runs on the platform WorkCalendar in Asia/Shanghai, so
 * a year without an official holiday schedule throws CALENDAR_YEAR_MISSING instead of guessing.
 */
export interface SlaPolicy {
  /** Working days per type; null means no deadline (表扬 is forwarded, nothing is owed to the caller). */
  workingDays: Readonly<Record<OrderType, number | null>>;
  /** Working hours for raised urgency; urgency only ever shortens the type's limit, never lengthens it. */
  urgentHours: Readonly<Record<Exclude<Urgency, 'normal'>, number>>;
  /** Shanghai office hours: a day-based deadline ends at dayEnd, hour-based ones count inside them. */
  workingHours: WorkingHoursOptions;
  /** Share of the working time after which the 催办 warning fires. */
  warnRatio: number;
  /** Most working days one 延期 request may add, and how many may be granted per order. */
  maxExtensionDays: number;
  maxExtensions: number;
}

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  workingDays: { consultation: 2, help: 10, suggestion: 10, complaint: 15, report: 15, praise: null },
  urgentHours: { urgent: 24, critical: 2 },
  workingHours: { dayStart: '09:00', dayEnd: '18:00' },
  warnRatio: 0.8,
  maxExtensionDays: 10,
  maxExtensions: 2,
};

/** The running deadline of one order: when it (re)started, when it warns (催办) and when it is due (督办). */
export interface SlaClock {
  startAt: Date;
  warnAt: Date;
  dueAt: Date;
}

export type SlaStatus = 'none' | 'on_time' | 'warning' | 'overdue' | 'paused';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** The instant of a Shanghai wall-clock time on a civil date. */
export function shanghaiInstant(date: string, hhmm: string): Date {
  return new Date(`${date}T${hhmm}:00+08:00`);
}

function msOfShanghaiDay(instant: Date): number {
  return (((instant.getTime() + SHANGHAI_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
}

/**
 * The due instant: dayEnd (18:00) of the N-th working day after the start date — the start day is
 * never counted, so a call at 17:59 and one at 08:00 on the same day share a deadline. Raised
 * urgency takes the earlier of that and N working hours. Null for types without a deadline.
 */
export function computeDueAt(type: OrderType, urgency: Urgency, start: Date, cal: WorkCalendar, policy = DEFAULT_SLA_POLICY): Date | null {
  const days = policy.workingDays[type];
  if (days === null) return null;
  const byDays = shanghaiInstant(cal.addWorkingDays(shanghaiDateOf(start), days), policy.workingHours.dayEnd);
  if (urgency === 'normal') return byDays;
  const byHours = cal.addWorkingHours(start, policy.urgentHours[urgency], policy.workingHours);
  return byHours < byDays ? byHours : byDays;
}

/** Milliseconds of office time on working days inside [from, to); 0 when to <= from. */
export function workingMsBetween(cal: WorkCalendar, from: Date, to: Date, hours = DEFAULT_SLA_POLICY.workingHours): number {
  if (to <= from) return 0;
  let total = 0;
  const last = shanghaiDateOf(to);
  for (let date = shanghaiDateOf(from); date <= last; date = cal.addWorkingDays(date, 1)) {
    if (!cal.isWorkingDay(date)) continue;
    const open = Math.max(shanghaiInstant(date, hours.dayStart).getTime(), from.getTime());
    const close = Math.min(shanghaiInstant(date, hours.dayEnd).getTime(), to.getTime());
    if (close > open) total += close - open;
  }
  return total;
}

/** The 催办 moment: warnRatio of the office time between start and due has passed. */
export function computeWarnAt(start: Date, dueAt: Date, cal: WorkCalendar, policy = DEFAULT_SLA_POLICY): Date {
  const total = workingMsBetween(cal, start, dueAt, policy.workingHours);
  if (total === 0) return dueAt;
  return cal.addWorkingHours(start, (total * policy.warnRatio) / HOUR_MS, policy.workingHours);
}

/** A fresh clock (registration, 改派, 重办); null for types without a deadline. */
export function startSla(type: OrderType, urgency: Urgency, start: Date, cal: WorkCalendar, policy = DEFAULT_SLA_POLICY): SlaClock | null {
  const dueAt = computeDueAt(type, urgency, start, cal, policy);
  if (dueAt === null) return null;
  return { startAt: start, warnAt: computeWarnAt(start, dueAt, cal, policy), dueAt };
}

/** `days` working days later at the same Shanghai time of day (18:00 stays 18:00). */
export function addWorkingDaysKeepingTime(instant: Date, days: number, cal: WorkCalendar): Date {
  const date = cal.addWorkingDays(shanghaiDateOf(instant), days);
  return new Date(shanghaiInstant(date, '00:00').getTime() + msOfShanghaiDay(instant));
}

/**
 * 延期: the due date moves by whole working days. The warning keeps its 80 % rule over the whole
 * span unless that moment is already past, then it is 80 % of what remains from now — otherwise the
 * approval itself would trigger an instant 催办.
 */
export function extendSla(clock: SlaClock, days: number, now: Date, cal: WorkCalendar, policy = DEFAULT_SLA_POLICY): SlaClock {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  const dueAt = addWorkingDaysKeepingTime(clock.dueAt, days, cal);
  const whole = computeWarnAt(clock.startAt, dueAt, cal, policy);
  return { startAt: clock.startAt, dueAt, warnAt: whole > now ? whole : computeWarnAt(now, dueAt, cal, policy) };
}

/**
 * 挂起 → 恢复: deadlines still ahead when the order was suspended move by the office time it spent
 * suspended. A deadline already missed stays missed, so suspending cannot launder an overdue order.
 */
export function resumeSla(clock: SlaClock, suspendedAt: Date, resumedAt: Date, cal: WorkCalendar, policy = DEFAULT_SLA_POLICY): SlaClock {
  const credit = workingMsBetween(cal, suspendedAt, resumedAt, policy.workingHours);
  if (credit === 0) return clock;
  const shift = (t: Date): Date => (t > suspendedAt ? cal.addWorkingHours(t, credit / HOUR_MS, policy.workingHours) : t);
  return { startAt: clock.startAt, warnAt: shift(clock.warnAt), dueAt: shift(clock.dueAt) };
}

/** 'overdue' wins over 'paused' so that suspending an order never hides a missed deadline. */
export function slaStatus(clock: SlaClock | null, now: Date, suspended = false): SlaStatus {
  if (clock === null) return 'none';
  if (now > clock.dueAt) return 'overdue';
  if (suspended) return 'paused';
  return now >= clock.warnAt ? 'warning' : 'on_time';
}

/** Whole working days after the due date up to `at` (0 while late only within the due day or a weekend). */
export function overdueWorkingDays(dueAt: Date, at: Date, cal: WorkCalendar): number {
  if (at <= dueAt) return 0;
  return cal.workingDaysBetween(shanghaiDateOf(dueAt), shanghaiDateOf(at));
}
