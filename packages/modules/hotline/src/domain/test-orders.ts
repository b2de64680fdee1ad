import { holidaySeedRows, WorkCalendar } from '@yiwang/platform';
import type { Action } from './actions.js';
import { createOrder, type OrderSnapshot } from './order.js';
import type { ActionType, ActorRole, OrderState, OrderType, Urgency } from './order-types.js';
import { transition } from './state-machine.js';
import type { TransitionContext, TransitionResult } from './transition-kit.js';

/** Test support: orders driven into each state through real transitions, never hand-built. */

export const calendar = new WorkCalendar(holidaySeedRows());

export const MAIN = 'unit-rongcheng-cgj';
export const OTHER = 'unit-jiedong-cgj';
export const CO = 'unit-rongcheng-sjj';

/** Shanghai wall-clock time as an instant. */
export const sh = (local: string): Date => new Date(`${local}+08:00`);

export const START = sh('2025-09-22T10:00:00');

export interface Who {
  role: ActorRole;
  unitId?: string;
}

export const AGENT: Who = { role: 'hotline_agent' };
export const SUPERVISOR: Who = { role: 'supervisor' };
export const SYSTEM: Who = { role: 'system' };
export const MAIN_UNIT: Who = { role: 'handling_unit', unitId: MAIN };
export const OTHER_UNIT: Who = { role: 'handling_unit', unitId: OTHER };
export const CO_UNIT: Who = { role: 'handling_unit', unitId: CO };

export function ctxFor(who: Who, now: Date = START): TransitionContext {
  return { actorRole: who.role, ...(who.unitId === undefined ? {} : { actorUnitId: who.unitId }), now, calendar };
}

export function newOrder(type: OrderType = 'complaint', urgency: Urgency = 'normal', now: Date = START): OrderSnapshot {
  return createOrder({ id: 'order-1', type, urgency }, { actor: AGENT, now, calendar }).order;
}

/** Applies an action that must succeed; a refusal is a broken fixture, so it throws. */
export function apply(order: OrderSnapshot, action: Action, who: Who, now: Date = START): OrderSnapshot {
  const result: TransitionResult = transition(order, action, ctxFor(who, now));
  if (!result.ok) throw new Error(`fixture step ${action.type} failed: ${result.code} ${result.message}`);
  return result.next;
}

/** Drives a fresh order along the main path (or the branch) that ends in `state`. */
function driveTo(state: OrderState, o: OrderSnapshot): OrderSnapshot {
  switch (state) {
    case 'registered':
      return o;
    case 'dispatched':
      return apply(o, { type: 'dispatch', unitId: MAIN }, AGENT);
    case 'returned':
      return apply(driveTo('dispatched', o), { type: 'return', reason: '不属于本单位职责' }, MAIN_UNIT);
    case 'in_progress':
      return apply(driveTo('dispatched', o), { type: 'sign' }, MAIN_UNIT);
    case 'suspended':
      return apply(driveTo('in_progress', o), { type: 'suspend', reason: '等待司法鉴定结果' }, AGENT);
    case 'replied':
      return apply(driveTo('in_progress', o), { type: 'reply', content: '已安排执法队员现场处置' }, MAIN_UNIT);
    case 'reviewed':
      return apply(driveTo('replied', o), { type: 'review', outcome: 'accept' }, AGENT);
    case 'closed':
      return apply(driveTo('reviewed', o), { type: 'callback', result: 'satisfied' }, AGENT);
    case 'reopened':
      return apply(driveTo('reviewed', o), { type: 'callback', result: 'unsatisfied', note: '问题仍未解决' }, AGENT);
    case 'answered_directly':
      return apply(o, { type: 'answer_directly', articleId: 'kb-42' }, AGENT);
    case 'merged':
      return apply(o, { type: 'merge', intoOrderId: 'order-0' }, AGENT);
  }
}

export function orderIn(state: OrderState, type: OrderType = 'complaint'): OrderSnapshot {
  return driveTo(state, newOrder(type));
}

/** One well-formed payload per action, for tables that must cover every action type. */
export const SAMPLE_ACTIONS: Readonly<Record<ActionType, Action>> = {
  dispatch: { type: 'dispatch', unitId: MAIN },
  sign: { type: 'sign' },
  return: { type: 'return', reason: '不属于本单位职责' },
  approve_return: { type: 'approve_return', unitId: OTHER },
  reject_return: { type: 'reject_return', reason: '属于本单位职责' },
  reassign: { type: 'reassign', unitId: OTHER, reason: '派错单位' },
  add_co_handler: { type: 'add_co_handler', unitId: CO },
  request_extension: { type: 'request_extension', days: 3, reason: '需要现场勘查' },
  approve_extension: { type: 'approve_extension' },
  reject_extension: { type: 'reject_extension', reason: '理由不充分' },
  reply: { type: 'reply', content: '已处理' },
  review: { type: 'review', outcome: 'accept' },
  callback: { type: 'callback', result: 'satisfied' },
  close: { type: 'close', reason: '来电人无法联系' },
  suspend: { type: 'suspend', reason: '等待鉴定' },
  resume: { type: 'resume' },
  urge: { type: 'urge' },
  supervise: { type: 'supervise' },
  answer_directly: { type: 'answer_directly', articleId: 'kb-42' },
  merge: { type: 'merge', intoOrderId: 'order-0' },
  reopen: { type: 'reopen', reason: '市民再次反映' },
};
