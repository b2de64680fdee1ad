import { cancelJobs, scheduleJob, type EventInput, type Tx } from '@yiwang/platform';
import type { Effect, TimelineEntry } from '../domain/index.js';
import { HOTLINE_EVENTS, TIMER_QUEUE } from '../events.js';
import * as orders from '../repo/orders.js';
import { hot, type OrderEventRow } from '../repo/tables.js';

/** Shared by intake, actions and timers: the parts of one stored transition besides the order row. */

export const timerKey = (orderId: string, timer: 'warning' | 'overdue') => `order:${orderId}:${timer === 'warning' ? 'warn' : 'overdue'}`;

/** Runs the domain's effects in the caller's transaction; returns the outbox events to publish with the audit record. */
export async function applyEffects(tx: Tx, orderId: string, effects: readonly Effect[]): Promise<EventInput[]> {
  const events: EventInput[] = [];
  for (const e of effects) {
    if (e.kind === 'schedule_timer') {
      await scheduleJob(tx, {
        queue: TIMER_QUEUE,
        payload: { orderId, timer: e.timer },
        runAt: e.at,
        singletonKey: timerKey(orderId, e.timer),
      });
    } else if (e.kind === 'cancel_timers') {
      await cancelJobs(tx, TIMER_QUEUE, timerKey(orderId, 'warning'));
      await cancelJobs(tx, TIMER_QUEUE, timerKey(orderId, 'overdue'));
    } else if (e.kind === 'notify') {
      events.push({ topic: HOTLINE_EVENTS.notify, key: orderId, payload: { orderId, recipient: e.recipient, topic: e.topic } });
    } else {
      events.push({ topic: e.name, key: orderId, payload: { ...e.payload } });
    }
  }
  return events;
}

/** One timeline entry as its order_event row; lines of the system carry no staff id. */
export function timelineRow(orderId: string, seq: number, t: TimelineEntry, actorId: string | null): OrderEventRow {
  return {
    order_id: orderId,
    seq,
    at: t.at,
    action: t.action,
    actor_id: t.actor.role === 'system' ? null : actorId,
    actor_role: t.actor.role,
    actor_unit_id: t.actor.unitId ?? null,
    from_state: t.from,
    to_state: t.to,
    note: t.note ?? null,
    details: t.details ?? null,
    internal: t.internal ?? false,
  };
}

/** Appends timeline entries as order_event rows after the order's last one. */
export async function appendTimeline(tx: Tx, orderId: string, actorId: string | null, entries: readonly TimelineEntry[]) {
  let seq = await orders.lastEventSeq(hot(tx), orderId);
  for (const t of entries) await orders.insertEvent(hot(tx), timelineRow(orderId, ++seq, t, actorId));
}
