import type { ActionOf } from './actions.js';
import { notifyCaller, notifyUnit, scheduleTimers } from './effects.js';
import type { CoHandlerPart, OrderSnapshot } from './order.js';
import { startSla } from './sla.js';
import { fail, meaningful, type Env, type Step, type TransitionFailure } from './transition-kit.js';

/** Hotline actions that decide where an order goes: 派单, 退单 review, 改派, 协办, 直接答复, 合并. */

type Outcome = Step | TransitionFailure;

export function dispatch(order: OrderSnapshot, a: ActionOf<'dispatch'>, _env: Env): Outcome {
  const unitId = meaningful(a.unitId);
  if (unitId === null) return fail('UNIT_REQUIRED', '派单须指定承办单位');
  const coIds: string[] = [];
  for (const raw of a.coHandlerUnitIds ?? []) {
    const id = meaningful(raw);
    if (id === null) return fail('UNIT_REQUIRED', '协办单位不能为空');
    if (id === unitId || coIds.includes(id)) return fail('ALREADY_HANDLING', `单位 ${id} 重复指定`);
    coIds.push(id);
  }
  return {
    to: 'dispatched',
    patch: {
      assignedUnitId: unitId,
      signedAt: null,
      coHandlers: coIds.map((id): CoHandlerPart => ({ unitId: id, status: 'pending', reply: null })),
      reply: null,
      pendingExtension: null,
    },
    effects: [notifyUnit(unitId, 'dispatch'), ...coIds.map((id) => notifyUnit(id, 'add_co_handler'))],
    note: meaningful(a.note) ?? undefined,
    details: { unitId, ...(coIds.length > 0 ? { coHandlerUnitIds: coIds.join(',') } : {}) },
  };
}

/**
 * 改派 (after an accepted 退单 or directly): the new unit gets a fresh deadline from now, because
 * holding it to the time the wrong unit used up would punish it for the misroute.
 */
function handOver(order: OrderSnapshot, unitId: string, env: Env, note: string | undefined): Step {
  const sla = startSla(order.type, order.urgency, env.ctx.now, env.calendar(), env.sla);
  const previous = order.assignedUnitId;
  return {
    to: 'dispatched',
    patch: {
      assignedUnitId: unitId,
      signedAt: null,
      sla,
      coHandlers: order.coHandlers.filter((p) => p.unitId !== unitId),
      pendingExtension: null,
      counters: { ...order.counters, reassigns: order.counters.reassigns + 1 },
    },
    effects: [
      notifyUnit(unitId, 'dispatch'),
      ...(previous === null ? [] : [notifyUnit(previous, order.state === 'returned' ? 'approve_return' : 'reassign')]),
      ...scheduleTimers(sla),
    ],
    note,
    details: { unitId, ...(previous !== null ? { fromUnitId: previous } : {}) },
  };
}

export function approveReturn(order: OrderSnapshot, a: ActionOf<'approve_return'>, env: Env): Outcome {
  const unitId = meaningful(a.unitId);
  if (unitId === null) return fail('UNIT_REQUIRED', '同意退单须指定改派单位');
  if (unitId === order.assignedUnitId) return fail('SAME_UNIT', '不能改派给退单的单位');
  return handOver(order, unitId, env, meaningful(a.note) ?? undefined);
}

export function rejectReturn(order: OrderSnapshot, a: ActionOf<'reject_return'>, _env: Env): Outcome {
  const reason = meaningful(a.reason);
  if (reason === null) return fail('REASON_REQUIRED', '驳回退单须说明理由');
  if (order.assignedUnitId === null) return fail('UNIT_REQUIRED', '工单没有主办单位');
  return { to: 'dispatched', patch: { signedAt: null }, effects: [notifyUnit(order.assignedUnitId, 'reject_return')], note: reason };
}

export function reassign(order: OrderSnapshot, a: ActionOf<'reassign'>, env: Env): Outcome {
  const unitId = meaningful(a.unitId);
  if (unitId === null) return fail('UNIT_REQUIRED', '改派须指定承办单位');
  const reason = meaningful(a.reason);
  if (reason === null) return fail('REASON_REQUIRED', '改派须说明理由');
  if (unitId === order.assignedUnitId) return fail('SAME_UNIT', '工单已在该单位');
  return handOver(order, unitId, env, reason);
}

export function addCoHandler(order: OrderSnapshot, a: ActionOf<'add_co_handler'>, _env: Env): Outcome {
  const unitId = meaningful(a.unitId);
  if (unitId === null) return fail('UNIT_REQUIRED', '须指定协办单位');
  if (unitId === order.assignedUnitId || order.coHandlers.some((p) => p.unitId === unitId)) {
    return fail('ALREADY_HANDLING', `单位 ${unitId} 已在办理此工单`);
  }
  return {
    to: order.state,
    patch: { coHandlers: [...order.coHandlers, { unitId, status: 'pending', reply: null }] },
    effects: [notifyUnit(unitId, 'add_co_handler')],
    note: meaningful(a.note) ?? undefined,
    details: { unitId },
  };
}

export function answerDirectly(order: OrderSnapshot, a: ActionOf<'answer_directly'>, env: Env): Outcome {
  const articleId = meaningful(a.articleId);
  if (articleId === null) return fail('ARTICLE_REQUIRED', '直接答复须引用知识库文章');
  const content = meaningful(a.answer);
  return {
    to: 'answered_directly',
    patch: { reply: { content, unitId: null, articleId, at: env.ctx.now } },
    effects: [{ kind: 'cancel_timers' }, notifyCaller('answer_directly')],
    note: content ?? undefined,
    details: { articleId, ...(a.citation ? { articleTitle: a.citation.title, articleVersion: a.citation.version } : {}) },
  };
}

/**
 * 合并 a duplicate into the order that carries the matter. A dispatched duplicate (auto-dispatched at
 * intake, not yet signed) is withdrawn from its units, which are told so.
 */
export function merge(order: OrderSnapshot, a: ActionOf<'merge'>, _env: Env): Outcome {
  const into = meaningful(a.intoOrderId);
  if (into === null || into === order.id) return fail('INVALID_MERGE_TARGET', '须合并到另一张工单');
  const units = order.state === 'dispatched' ? [order.assignedUnitId, ...order.coHandlers.map((p) => p.unitId)] : [];
  return {
    to: 'merged',
    patch: { mergedInto: into },
    effects: [{ kind: 'cancel_timers' }, notifyCaller('merge'), ...units.flatMap((u) => (u === null ? [] : [notifyUnit(u, 'merge')]))],
    details: { intoOrderId: into },
  };
}
