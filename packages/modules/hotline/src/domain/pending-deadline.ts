import type { WorkCalendar } from '@yiwang/platform';
import { scheduleTimers, type Effect } from './effects.js';
import type { OrderSnapshot } from './order.js';
import { DEFAULT_SLA_POLICY, startSla, type SlaClock, type SlaPolicy } from './sla.js';
import { ALLOWED_ACTIONS } from './state-machine.js';

/**
 * An order saved while the holiday schedule of its deadline year was missing (deadlinePending) gets
 * its deadline once the year is published: counted from registration, as if the schedule had been
 * there all along, so a late publication cannot buy the unit extra time.
 */
export type PendingDeadline =
  /** still not computable: the deadline reaches into another unpublished year */
  | { kind: 'still_pending' }
  /** the order already has a clock (reopened after publication): only the flag is stale */
  | { kind: 'already_set' }
  | { kind: 'settled'; sla: SlaClock | null; effects: Effect[] };

export function settlePendingDeadline(order: OrderSnapshot, cal: WorkCalendar, policy: SlaPolicy = DEFAULT_SLA_POLICY): PendingDeadline {
  if (order.sla !== null) return { kind: 'already_set' };
  let sla: SlaClock | null;
  try {
    sla = startSla(order.type, order.urgency, order.registeredAt, cal, policy);
  } catch (err) {
    if ((err as { code?: string }).code === 'CALENDAR_YEAR_MISSING') return { kind: 'still_pending' };
    throw err;
  }
  // timers run only where 催办 can still happen; a suspended order re-arms them when it resumes
  const running = (ALLOWED_ACTIONS[order.state] ?? []).includes('urge');
  return { kind: 'settled', sla, effects: running ? scheduleTimers(sla) : [] };
}
