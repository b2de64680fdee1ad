import type { ActionOf } from './actions.js';
import { notifyRole, notifyUnit } from './effects.js';
import type { CoHandlerPart, OrderSnapshot } from './order.js';
import { actingMainUnit, fail, meaningful, type Env, type Step, type TransitionFailure } from './transition-kit.js';

/** Actions of handling units: 签收, 退单, 申请延期, 答复. 协办 units sign and answer only their part. */

type Outcome = Step | TransitionFailure;

function coPart(order: OrderSnapshot, unitId: string | undefined): CoHandlerPart | undefined {
  return unitId === undefined ? undefined : order.coHandlers.find((p) => p.unitId === unitId);
}

function updatePart(order: OrderSnapshot, unitId: string, change: Partial<CoHandlerPart>): CoHandlerPart[] {
  return order.coHandlers.map((p) => (p.unitId === unitId ? { ...p, ...change } : p));
}

export function sign(order: OrderSnapshot, _a: ActionOf<'sign'>, env: Env): Outcome {
  const unitId = env.ctx.actorUnitId;
  if (unitId !== undefined && unitId === order.assignedUnitId) {
    if (order.state !== 'dispatched') return fail('ACTION_NOT_ALLOWED', '主办单位已签收');
    return { to: 'in_progress', patch: { signedAt: env.ctx.now }, details: { unitId } };
  }
  const part = coPart(order, unitId);
  if (part === undefined || unitId === undefined) return fail('NOT_ASSIGNED_UNIT', '只有主办或协办单位可以签收');
  if (part.status !== 'pending') return fail('ACTION_NOT_ALLOWED', '协办部分已签收');
  return {
    to: order.state,
    patch: { coHandlers: updatePart(order, unitId, { status: 'signed' }) },
    internal: true,
    details: { coHandlerUnitId: unitId },
  };
}

/** 退单 happens before 签收 only: signing is the unit accepting that the order is its own. */
export function returnOrder(order: OrderSnapshot, a: ActionOf<'return'>, env: Env): Outcome {
  const main = actingMainUnit(order, env.ctx);
  if ('ok' in main) return main;
  const reason = meaningful(a.reason);
  if (reason === null) return fail('REASON_REQUIRED', '退单须说明理由');
  return {
    to: 'returned',
    patch: { counters: { ...order.counters, returns: order.counters.returns + 1 } },
    effects: [notifyRole('hotline_agent', 'return')],
    note: reason,
  };
}

export function requestExtension(order: OrderSnapshot, a: ActionOf<'request_extension'>, env: Env): Outcome {
  const main = actingMainUnit(order, env.ctx);
  if ('ok' in main) return main;
  const reason = meaningful(a.reason);
  if (reason === null) return fail('REASON_REQUIRED', '申请延期须说明理由');
  if (order.sla === null) return fail('INVALID_EXTENSION', '此工单没有办理时限');
  if (order.pendingExtension !== null) return fail('EXTENSION_PENDING', '已有待审核的延期申请');
  if (order.extensionsGranted >= env.sla.maxExtensions) {
    return fail('INVALID_EXTENSION', `延期次数已达上限 ${env.sla.maxExtensions} 次`);
  }
  if (!Number.isInteger(a.days) || a.days < 1 || a.days > env.sla.maxExtensionDays) {
    return fail('INVALID_EXTENSION', `延期天数须为 1 至 ${env.sla.maxExtensionDays} 个工作日`);
  }
  return {
    to: 'in_progress',
    patch: { pendingExtension: { unitId: main.unitId, days: a.days, reason, requestedAt: env.ctx.now } },
    effects: [notifyRole('hotline_agent', 'request_extension')],
    note: reason,
    details: { days: a.days },
  };
}

/** The main unit answers for all: its reply waits until every 协办 part is in. */
export function reply(order: OrderSnapshot, a: ActionOf<'reply'>, env: Env): Outcome {
  const unitId = env.ctx.actorUnitId;
  const content = meaningful(a.content);
  if (unitId !== undefined && unitId === order.assignedUnitId) {
    if (content === null) return fail('CONTENT_REQUIRED', '答复内容不能为空');
    const waiting = order.coHandlers.filter((p) => p.status !== 'replied').map((p) => p.unitId);
    if (waiting.length > 0) return fail('CO_HANDLERS_PENDING', `协办单位尚未答复：${waiting.join('、')}`);
    return {
      to: 'replied',
      patch: { reply: { content, unitId, articleId: null, at: env.ctx.now }, pendingExtension: null },
      effects: [notifyRole('hotline_agent', 'reply')],
      note: content,
    };
  }
  const part = coPart(order, unitId);
  if (part === undefined || unitId === undefined) return fail('NOT_ASSIGNED_UNIT', '只有主办或协办单位可以答复');
  if (part.status !== 'signed') return fail('ACTION_NOT_ALLOWED', part.status === 'pending' ? '协办单位须先签收' : '协办部分已答复');
  if (content === null) return fail('CONTENT_REQUIRED', '答复内容不能为空');
  return {
    to: order.state,
    patch: { coHandlers: updatePart(order, unitId, { status: 'replied', reply: content }) },
    effects: order.assignedUnitId === null ? [] : [notifyUnit(order.assignedUnitId, 'reply')],
    note: content,
    internal: true,
    details: { coHandlerUnitId: unitId },
  };
}
