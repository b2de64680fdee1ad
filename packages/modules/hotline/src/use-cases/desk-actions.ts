import type { OrderActionBody } from '@yiwang/contracts';
import { activeUnitNames } from '@yiwang/identity';
import { AppError, scopeFilter, type Actor, type AuditInput, type Tx } from '@yiwang/platform';
import {
  CLOSED_STATES,
  explainCategoryRouting,
  explainManualDispatch,
  type ManualDispatchAction,
  type OrderState,
  type TransitionSuccess,
} from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import { activeCategoryNames } from '../repo/categories.js';
import * as desk from '../repo/desk-orders.js';
import * as orders from '../repo/orders.js';
import { hot } from '../repo/tables.js';
import { workflowRole } from '../workflow-role.js';
import { appendTimeline } from './order-effects.js';
import { routeOrder } from './route-order.js';

/**
 * The desk's part of a workflow action (H1, H2): a category a person sets while dispatching (and the
 * unit the 权责清单 picks for it), the "why did it go there" of a manual dispatch, and the checks and
 * second timeline line of a merge. Planned before the transaction, written inside it.
 */
export interface DeskPlan {
  /** the request with the unit filled in when the person gave only a category */
  body: OrderActionBody;
  category: { code: string; name: string } | null;
  /** the order's new dispatch explanation */
  routing: Record<string, unknown> | null;
  mergeTarget: orders.OrderRow | null;
}

const DISPATCHING = new Set<string>(['dispatch', 'reassign', 'approve_return']);

export async function planDeskAction(deps: HotlineDeps, actor: Actor, row: orders.OrderRow, body: OrderActionBody): Promise<DeskPlan> {
  const none: DeskPlan = { body, category: null, routing: null, mergeTarget: null };
  if (body.categoryCode !== undefined && !DISPATCHING.has(body.type)) {
    throw new AppError('VALIDATION_FAILED', { field: 'categoryCode', reason: 'only with dispatch, reassign or approve_return' });
  }
  if (body.type === 'merge') return { ...none, mergeTarget: await mergeTarget(deps, actor, row, body.intoOrderId) };
  if (!DISPATCHING.has(body.type)) return none;
  let category: DeskPlan['category'] = null;
  if (body.categoryCode !== undefined) {
    const name = (await activeCategoryNames(hot(deps.db), [body.categoryCode])).get(body.categoryCode);
    if (name === undefined) throw new AppError('VALIDATION_FAILED', { field: 'categoryCode', reason: 'unknown category' });
    category = { code: body.categoryCode, name };
  }
  const suggestion = await routeOrder(deps, {
    categoryCode: category?.code ?? row.category_code,
    divisionCode: row.division_code,
    text: `${row.title ?? ''} ${row.body}`,
  });
  if (body.unitId === undefined) {
    // only a category: the 权责清单 picks the unit; with neither, the state machine answers UNIT_REQUIRED
    if (category === null || suggestion === null) return { ...none, category };
    const why = explainCategoryRouting(actor.displayName, category.name, suggestion.explanation.why, row.triage);
    const routing = { ...suggestion.explanation, unitId: suggestion.unitId, unitName: suggestion.unitName, why };
    return { ...none, body: { ...body, unitId: suggestion.unitId }, category, routing };
  }
  const names = await activeUnitNames(deps.db, row.unit_id ? [body.unitId, row.unit_id] : [body.unitId]);
  const routing = explainManualDispatch({
    action: body.type as ManualDispatchAction,
    actorId: actor.id,
    actorName: actor.displayName,
    unitId: body.unitId,
    unitName: names.get(body.unitId) ?? body.unitId,
    fromUnitName: body.type !== 'dispatch' && row.unit_id ? (names.get(row.unit_id) ?? null) : null,
    suggested: suggestion && {
      unitId: suggestion.unitId,
      unitName: suggestion.unitName,
      ...(suggestion.explanation.ruleId ? { ruleId: suggestion.explanation.ruleId } : {}),
      why: suggestion.explanation.why,
    },
  });
  return { ...none, category, routing: { ...routing } };
}

/** The target must exist for this actor, be another order, and still be open. */
async function mergeTarget(deps: HotlineDeps, actor: Actor, row: orders.OrderRow, intoId: string | undefined) {
  if (intoId === undefined) return null;
  if (intoId === row.id) throw new AppError('INVALID_MERGE_TARGET', { reason: 'same order' });
  const target = await orders.findOrder(hot(deps.db), scopeFilter(actor), intoId);
  if (!target) throw new AppError('INVALID_MERGE_TARGET', { reason: 'no such order' });
  if ((CLOSED_STATES as readonly string[]).includes(target.state)) throw new AppError('MERGE_TARGET_NOT_OPEN');
  return target;
}

/** The decided transition with the explanation (and merge target number) on its timeline line. */
export function withDeskDetails(r: TransitionSuccess, plan: DeskPlan): TransitionSuccess {
  const last = r.next.timeline.at(-1);
  const extra = {
    ...(plan.routing ? { why: String(plan.routing.why) } : {}),
    ...(plan.category ? { categoryCode: plan.category.code } : {}),
    ...(plan.mergeTarget ? { intoOrderNo: plan.mergeTarget.order_no } : {}),
  };
  if (!last || Object.keys(extra).length === 0) return r;
  const line = { ...last, details: { ...(last.details ?? {}), ...extra } };
  return { ...r, next: { ...r.next, timeline: [...r.next.timeline.slice(0, -1), line] } };
}

/** Writes the desk's rows in the action's transaction; returns the extra audit records. */
export async function applyDeskPlan(tx: Tx, row: orders.OrderRow, plan: DeskPlan, actor: Actor): Promise<AuditInput[]> {
  const changed = plan.category !== null && plan.category.code !== row.category_code;
  if (plan.routing || plan.category) {
    await desk.updateOrderDesk(hot(tx), row.id, {
      ...(plan.category ? { category_code: plan.category.code, triage: false } : {}),
      ...(plan.routing ? { routing: plan.routing } : {}),
    });
  }
  if (changed) {
    const seen = (row.classification ?? {}) as { modelVersion?: number | null; suggestions?: Array<{ categoryCode: string }> };
    await desk.insertCorrection(hot(tx), {
      order_id: row.id,
      title: row.title,
      body: row.body,
      model_version: seen.modelVersion ?? null,
      suggested_code: seen.suggestions?.[0]?.categoryCode ?? null,
      chosen_code: plan.category!.code,
      source: row.triage ? 'triage' : plan.body.type,
      actor_id: actor.id,
    });
  }
  const target = plan.mergeTarget;
  if (!target) return [];
  await desk.lockOrder(hot(tx), target.id);
  await appendTimeline(tx, target.id, actor.id, [
    {
      at: new Date(),
      action: 'merge',
      actor: { role: workflowRole(actor.roles, 'merge') ?? 'hotline_agent' },
      from: target.state as OrderState,
      to: target.state as OrderState,
      note: `重复工单 ${row.order_no} 已合并至本工单`,
      details: { fromOrderId: row.id, fromOrderNo: row.order_no },
      internal: true,
    },
  ]);
  return [
    {
      action: 'hotline.order.merge_in',
      resourceType: 'work_order',
      resourceId: target.id,
      divisionCode: target.division_code,
      departmentId: target.unit_id,
      details: { orderNo: target.order_no, fromOrderId: row.id, fromOrderNo: row.order_no },
    },
  ];
}
