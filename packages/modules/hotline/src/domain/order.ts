import type { WorkCalendar } from '@yiwang/platform';
import { ORDER_EVENTS, scheduleTimers, type Effect } from './effects.js';
import type { ActionType, ActorRole, Channel, OrderState, OrderType, Satisfaction, Urgency } from './order-types.js';
import { DEFAULT_SLA_POLICY, startSla, type SlaClock, type SlaPolicy } from './sla.js';

/**
 * H1 intake fields. They live on the order row next to the snapshot; the state machine never reads
 * them, so editing a title or a category cannot change what an order may do next.
 */
export interface OrderIntake {
  channel: Channel;
  type: OrderType;
  urgency: Urgency;
  title: string | null;
  text: string;
  categoryCode: string | null;
  location: { address: string | null; divisionCode: string | null; lng: number | null; lat: number | null };
  attachmentIds: readonly string[];
  caller: { name: string | null; phone: string | null; confidential: boolean } | null;
  /** Earlier orders the caller refers to (repeat calls); duplicates are handled by `merge`. */
  relatedOrderIds: readonly string[];
}

export interface Actor {
  role: ActorRole;
  unitId?: string;
}

/** One line of the order's history; `internal` lines are hidden from the caller and Open311. */
export interface TimelineEntry {
  at: Date;
  action: ActionType | 'register';
  actor: Actor;
  from: OrderState | null;
  to: OrderState;
  note?: string;
  internal?: boolean;
  /** Structured extras the timeline view shows: target unit, days, article, 回访 result. */
  details?: Readonly<Record<string, string | number>>;
}

/** A 协办 unit's part: it signs and answers its part; the main unit's reply waits for every part. */
export interface CoHandlerPart {
  unitId: string;
  status: 'pending' | 'signed' | 'replied';
  reply: string | null;
}

export interface ExtensionRequest {
  unitId: string;
  days: number;
  reason: string;
  requestedAt: Date;
}

export interface OrderReply {
  /** Null when a direct answer only cites its article (the agent read it out on the call). */
  content: string | null;
  /** The answering unit; null for a direct answer by the hotline. */
  unitId: string | null;
  /** The knowledge-base article a direct answer cites. */
  articleId: string | null;
  at: Date;
}

export interface OrderCounters {
  returns: number;
  reassigns: number;
  /** 重办 rounds: unsatisfied 回访 and supervisor reopens. */
  reopens: number;
  urges: number;
  supervisions: number;
}

/** The workflow part of a work order: everything `transition` reads and writes. */
export interface OrderSnapshot {
  id: string;
  type: OrderType;
  urgency: Urgency;
  state: OrderState;
  registeredAt: Date;
  /** Null for types without a deadline (表扬). */
  sla: SlaClock | null;
  /** The 主办 unit; kept after a reopen so the hotline can dispatch it back there by default. */
  assignedUnitId: string | null;
  signedAt: Date | null;
  coHandlers: readonly CoHandlerPart[];
  pendingExtension: ExtensionRequest | null;
  extensionsGranted: number;
  suspendedAt: Date | null;
  reply: OrderReply | null;
  satisfaction: Satisfaction | null;
  mergedInto: string | null;
  closedAt: Date | null;
  counters: OrderCounters;
  timeline: readonly TimelineEntry[];
}

export interface NewOrder {
  id: string;
  type: OrderType;
  urgency: Urgency;
}

export interface CreateContext {
  actor: Actor;
  now: Date;
  calendar: WorkCalendar;
  sla?: SlaPolicy;
}

/** A registered order with its deadline running from `now` (the SLA counts from registration). */
export function createOrder(input: NewOrder, ctx: CreateContext): { order: OrderSnapshot; effects: Effect[] } {
  const sla = startSla(input.type, input.urgency, ctx.now, ctx.calendar, ctx.sla ?? DEFAULT_SLA_POLICY);
  const order: OrderSnapshot = {
    id: input.id,
    type: input.type,
    urgency: input.urgency,
    state: 'registered',
    registeredAt: ctx.now,
    sla,
    assignedUnitId: null,
    signedAt: null,
    coHandlers: [],
    pendingExtension: null,
    extensionsGranted: 0,
    suspendedAt: null,
    reply: null,
    satisfaction: null,
    mergedInto: null,
    closedAt: null,
    counters: { returns: 0, reassigns: 0, reopens: 0, urges: 0, supervisions: 0 },
    timeline: [{ at: ctx.now, action: 'register', actor: ctx.actor, from: null, to: 'registered' }],
  };
  const event: Effect = {
    kind: 'emit_event',
    name: ORDER_EVENTS.register,
    payload: {
      orderId: order.id,
      action: 'register',
      from: null,
      to: 'registered',
      at: ctx.now.toISOString(),
      actorRole: ctx.actor.role,
      actorUnitId: ctx.actor.unitId ?? null,
      assignedUnitId: null,
    },
  };
  // Timers start at registration: an order left undispatched must warn the hotline too.
  return { order, effects: [event, ...scheduleTimers(sla)] };
}
