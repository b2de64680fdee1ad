import { ACTION_ROLES, INTERNAL_ACTIONS, type Action, type ActionOf } from './actions.js';
import { ORDER_EVENTS, type Effect } from './effects.js';
import type { OrderSnapshot, TimelineEntry } from './order.js';
import { ACTION_LABELS, ORDER_STATE_LABELS, type ActionType, type ActorRole, type OrderState } from './order-types.js';
import {
  fail,
  isFailure,
  makeEnv,
  type Env,
  type Step,
  type TransitionContext,
  type TransitionFailure,
  type TransitionResult,
} from './transition-kit.js';
import { addCoHandler, answerDirectly, approveReturn, dispatch, merge, reassign, rejectReturn } from './transitions-dispatch.js';
import { callback, close, reopen, review } from './transitions-closing.js';
import { approveExtension, rejectExtension, resume, supervise, suspend, urge } from './transitions-oversight.js';
import { reply, requestExtension, returnOrder, sign } from './transitions-unit.js';

/**
 * The work-order lifecycle (H3) as one table: which actions each state accepts. `transition`
 * refuses everything else with ACTION_NOT_ALLOWED before looking at the actor or the payload, so
 * the table alone answers "can this ever happen here". A handler may still refuse a permitted
 * action for who is asking (NOT_ASSIGNED_UNIT, ROLE_NOT_ALLOWED) or for its payload.
 *
 *   registered ─dispatch→ dispatched ─sign→ in_progress ─reply→ replied ─review(accept)→ reviewed ─callback→ closed
 *   registered ─answer_directly→ answered_directly ─callback/close→ closed
 *   dispatched ─return→ returned ─approve_return→ dispatched (new unit) | ─reject_return→ dispatched (same unit)
 *   in_progress ─suspend→ suspended ─resume→ in_progress;  replied ─review(send_back)→ in_progress
 *   reviewed|answered_directly ─callback(unsatisfied)→ reopened ─dispatch→ dispatched;  closed ─reopen→ reopened
 *   registered|dispatched ─merge→ merged (terminal; a dispatched order only until the unit signs)
 */
export const ALLOWED_ACTIONS: Readonly<Record<OrderState, readonly ActionType[]>> = {
  registered: ['dispatch', 'answer_directly', 'merge', 'close', 'urge', 'supervise'],
  answered_directly: ['callback', 'close'],
  dispatched: ['sign', 'return', 'reassign', 'add_co_handler', 'merge', 'urge', 'supervise'],
  returned: ['approve_return', 'reject_return', 'urge', 'supervise'],
  // 'sign' here is a 协办 unit signing its part; the main unit signed on the way in.
  in_progress: [
    'sign',
    'reply',
    'reassign',
    'add_co_handler',
    'request_extension',
    'approve_extension',
    'reject_extension',
    'suspend',
    'urge',
    'supervise',
  ],
  suspended: ['resume', 'supervise'],
  replied: ['review', 'urge', 'supervise'],
  reviewed: ['callback', 'close'],
  closed: ['reopen'],
  reopened: ['dispatch', 'answer_directly', 'urge', 'supervise'],
  merged: [],
};

type Handler<T extends ActionType> = (order: OrderSnapshot, action: ActionOf<T>, env: Env) => Step | TransitionFailure;

const HANDLERS: { [T in ActionType]: Handler<T> } = {
  dispatch,
  sign,
  return: returnOrder,
  approve_return: approveReturn,
  reject_return: rejectReturn,
  reassign,
  add_co_handler: addCoHandler,
  request_extension: requestExtension,
  approve_extension: approveExtension,
  reject_extension: rejectExtension,
  reply,
  review,
  callback,
  close,
  suspend,
  resume,
  urge,
  supervise,
  answer_directly: answerDirectly,
  merge,
  reopen,
};

function runHandler<T extends ActionType>(order: OrderSnapshot, action: ActionOf<T>, env: Env): Step | TransitionFailure {
  const handler: Handler<T> = HANDLERS[action.type as T];
  return handler(order, action, env);
}

/** Pure: the input snapshot is never mutated; a refusal leaves nothing to store. */
export function transition(order: OrderSnapshot, action: Action, ctx: TransitionContext): TransitionResult {
  const allowed: readonly ActionType[] | undefined = ALLOWED_ACTIONS[order.state];
  if (allowed === undefined || !allowed.includes(action.type)) {
    const state = ORDER_STATE_LABELS[order.state]?.zh ?? String(order.state);
    return fail('ACTION_NOT_ALLOWED', `「${state}」状态不能${ACTION_LABELS[action.type]?.zh ?? String(action.type)}`);
  }
  if (!ACTION_ROLES[action.type].includes(ctx.actorRole)) {
    return fail('ROLE_NOT_ALLOWED', `当前角色不能${ACTION_LABELS[action.type].zh}`);
  }
  const step = runHandler(order, action, makeEnv(ctx));
  if (isFailure(step)) return step;

  const actor = ctx.actorUnitId === undefined ? { role: ctx.actorRole } : { role: ctx.actorRole, unitId: ctx.actorUnitId };
  const entry: TimelineEntry = {
    at: ctx.now,
    action: action.type,
    actor,
    from: order.state,
    to: step.to,
    ...(step.note === undefined ? {} : { note: step.note }),
    ...((step.internal ?? INTERNAL_ACTIONS.has(action.type)) ? { internal: true } : {}),
    ...(step.details === undefined || Object.keys(step.details).length === 0 ? {} : { details: step.details }),
  };
  const next: OrderSnapshot = { ...order, ...step.patch, state: step.to, timeline: [...order.timeline, entry] };
  const event: Effect = {
    kind: 'emit_event',
    name: ORDER_EVENTS[action.type],
    payload: {
      orderId: order.id,
      action: action.type,
      from: order.state,
      to: step.to,
      at: ctx.now.toISOString(),
      actorRole: ctx.actorRole,
      actorUnitId: ctx.actorUnitId ?? null,
      assignedUnitId: next.assignedUnitId,
    },
  };
  return { ok: true, next, effects: [...(step.effects ?? []), event] };
}

/**
 * What the actor may offer in the UI for this order (state, role and, for units, being the main or a
 * 协办 unit). Payload rules still apply on submit; the server never trusts this list.
 */
export function availableActions(order: OrderSnapshot, actor: { role: ActorRole; unitId?: string }): ActionType[] {
  const involved =
    actor.unitId !== undefined && (actor.unitId === order.assignedUnitId || order.coHandlers.some((p) => p.unitId === actor.unitId));
  return (ALLOWED_ACTIONS[order.state] ?? []).filter(
    (type) => ACTION_ROLES[type].includes(actor.role) && (actor.role !== 'handling_unit' || involved),
  );
}
