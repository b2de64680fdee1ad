import { CalendarYearMissingError, type WorkCalendar } from '@yiwang/platform';
import {
  DEFAULT_SLA_POLICY,
  transition,
  type Action,
  type ActorRole,
  type Effect,
  type OrderSnapshot,
  type SlaPolicy,
  type TimerKind,
} from '../domain/index.js';

export interface Who {
  role: ActorRole;
  unitId?: string;
}

/** The state machine refused a step the story wanted: a bug in the builder's plot, not in the order. */
export class SeedStoryError extends Error {}

export interface PendingTimer {
  timer: TimerKind;
  at: Date;
}

/**
 * Replays an order's life through the real state machine, with the durable 催办/督办 timers the
 * running system would fire on the way (urge at the warning, supervise at the deadline, dropped
 * when the order moved on), up to `end`: whatever lies later simply has not happened yet.
 */
export class OrderSim {
  private timers = new Map<TimerKind, Date>();
  private stopped = false;
  last: Date;

  constructor(
    public order: OrderSnapshot,
    effects: readonly Effect[],
    private readonly cal: WorkCalendar,
    private readonly end: Date,
    private readonly sla: SlaPolicy = DEFAULT_SLA_POLICY,
  ) {
    this.last = order.registeredAt;
    this.track(effects);
  }

  get done(): boolean {
    return this.stopped;
  }

  /** Applies the action at `at` (never before the previous one); false once the story has reached `end`. */
  act(action: Action, who: Who, at: Date): boolean {
    if (this.stopped) return false;
    const when = at < this.last ? this.last : at;
    if (when > this.end) {
      this.stopped = true;
      return false;
    }
    this.fireTimers(when);
    try {
      const r = transition(this.order, action, this.ctx(who, when));
      if (!r.ok) throw new SeedStoryError(`seed lifecycle: ${action.type} refused in ${this.order.state}: ${r.code} ${r.message}`);
      this.order = r.next;
      this.track(r.effects);
    } catch (err) {
      // a deadline reaching into a year without a published holiday schedule: the story ends here
      if (!(err instanceof CalendarYearMissingError)) throw err;
      this.stopped = true;
      return false;
    }
    this.last = when;
    return true;
  }

  /** Fires the timers due by `end` and returns the ones still pending after it. */
  finish(): PendingTimer[] {
    this.fireTimers(this.end);
    return [...this.timers].map(([timer, at]) => ({ timer, at })).sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  private ctx(who: Who, now: Date) {
    return {
      actorRole: who.role,
      ...(who.unitId === undefined ? {} : { actorUnitId: who.unitId }),
      now,
      calendar: this.cal,
      sla: this.sla,
    };
  }

  private track(effects: readonly Effect[]) {
    for (const e of effects) {
      if (e.kind === 'schedule_timer') this.timers.set(e.timer, e.at);
      else if (e.kind === 'cancel_timers') this.timers.clear();
    }
  }

  private fireTimers(until: Date) {
    for (;;) {
      const due = [...this.timers].filter(([, at]) => at <= until).sort((a, b) => a[1].getTime() - b[1].getTime())[0];
      if (!due) return;
      const [timer, at] = due;
      this.timers.delete(timer);
      const when = at < this.last ? this.last : at;
      // exactly what runOrderTimer does: a refusal means the timer is stale and is dropped
      const r = transition(this.order, { type: timer === 'warning' ? 'urge' : 'supervise' }, this.ctx({ role: 'system' }, when));
      if (!r.ok) continue;
      this.order = r.next;
      this.last = when;
      this.track(r.effects);
    }
  }
}

/**
 * The same calendar with its day lookups memoised: the builder computes millions of deadlines over
 * the same few hundred days. Methods called on the result (even from inside addWorkingHours) hit the cache.
 */
export function memoCalendar(cal: WorkCalendar): WorkCalendar {
  const working = new Map<string, boolean>();
  const added = new Map<string, string>();
  const memo = Object.create(cal) as WorkCalendar;
  memo.isWorkingDay = (date: string) => {
    let w = working.get(date);
    if (w === undefined) working.set(date, (w = cal.isWorkingDay(date)));
    return w;
  };
  memo.addWorkingDays = (start: string, n: number) => {
    const key = `${start}+${n}`;
    let d = added.get(key);
    if (d === undefined) added.set(key, (d = cal.addWorkingDays(start, n)));
    return d;
  };
  return memo;
}
