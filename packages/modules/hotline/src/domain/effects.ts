import type { ActionType, ActorRole, OrderState } from './order-types.js';
import type { SlaClock } from './sla.js';

/**
 * What a use-case must do after a transition, as data, so the domain stays free of I/O and the
 * use-case can run all of it in the transaction that stores the new snapshot.
 *
 * Timers are durable jobs keyed (order id, timer): scheduling replaces a pending one of the same
 * kind. When 'warning' fires the job applies `urge`, when 'overdue' fires it applies `supervise`
 * (both as role 'system') and re-evaluates the unit's card; a refusal (ACTION_NOT_ALLOWED because
 * the order moved on) means the timer is stale and is dropped.
 */
export type TimerKind = 'warning' | 'overdue';

export type Recipient =
  | { kind: 'unit'; unitId: string }
  | { kind: 'role'; role: Extract<ActorRole, 'hotline_agent' | 'supervisor'> }
  /** The caller, through the channel they used, honouring 保密 requests. */
  | { kind: 'caller' };

/** Notification templates; `repeat_reopen` tells supervisors an order keeps failing 回访. */
export type NotifyTopic = ActionType | 'repeat_reopen';

export interface OrderEventPayload {
  orderId: string;
  action: ActionType | 'register';
  from: OrderState | null;
  to: OrderState;
  /** ISO instant: events are JSON in the outbox. */
  at: string;
  actorRole: ActorRole;
  actorUnitId: string | null;
  assignedUnitId: string | null;
}

export type Effect =
  | { kind: 'schedule_timer'; timer: TimerKind; at: Date }
  | { kind: 'cancel_timers' }
  | { kind: 'notify'; recipient: Recipient; topic: NotifyTopic }
  | { kind: 'emit_event'; name: OrderEventName; payload: OrderEventPayload };

/** Outbox event names, past tense, one per action plus registration. */
export const ORDER_EVENTS = {
  register: 'hotline.order.registered',
  dispatch: 'hotline.order.dispatched',
  sign: 'hotline.order.signed',
  return: 'hotline.order.returned',
  approve_return: 'hotline.order.return_approved',
  reject_return: 'hotline.order.return_rejected',
  reassign: 'hotline.order.reassigned',
  add_co_handler: 'hotline.order.co_handler_added',
  request_extension: 'hotline.order.extension_requested',
  approve_extension: 'hotline.order.extension_approved',
  reject_extension: 'hotline.order.extension_rejected',
  reply: 'hotline.order.replied',
  review: 'hotline.order.reviewed',
  callback: 'hotline.order.called_back',
  close: 'hotline.order.closed',
  suspend: 'hotline.order.suspended',
  resume: 'hotline.order.resumed',
  urge: 'hotline.order.urged',
  supervise: 'hotline.order.supervised',
  answer_directly: 'hotline.order.answered_directly',
  merge: 'hotline.order.merged',
  reopen: 'hotline.order.reopened',
} as const satisfies Record<ActionType | 'register', string>;

export type OrderEventName = (typeof ORDER_EVENTS)[keyof typeof ORDER_EVENTS];

/** (Re)arm both deadline timers for a clock; nothing for orders without a deadline. */
export function scheduleTimers(sla: SlaClock | null): Effect[] {
  if (sla === null) return [];
  return [
    { kind: 'schedule_timer', timer: 'warning', at: sla.warnAt },
    { kind: 'schedule_timer', timer: 'overdue', at: sla.dueAt },
  ];
}

export function notifyUnit(unitId: string, topic: NotifyTopic): Effect {
  return { kind: 'notify', recipient: { kind: 'unit', unitId }, topic };
}

export function notifyRole(role: 'hotline_agent' | 'supervisor', topic: NotifyTopic): Effect {
  return { kind: 'notify', recipient: { kind: 'role', role }, topic };
}

export function notifyCaller(topic: NotifyTopic): Effect {
  return { kind: 'notify', recipient: { kind: 'caller' }, topic };
}
