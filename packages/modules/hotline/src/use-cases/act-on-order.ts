import type { OrderActionBody, WorkOrder } from '@yiwang/contracts';
import { activeUnitNames } from '@yiwang/identity';
import { AppError, mutate, scopeFilter, type Actor, type RequestMeta, type Tx } from '@yiwang/platform';
import { transition, type Action, type ActorRole, type TransitionSuccess } from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import * as orders from '../repo/orders.js';
import { hot } from '../repo/tables.js';
import { decodeSnapshot, encodeSnapshot } from '../snapshot-codec.js';
import { workflowRole } from '../workflow-role.js';
import { buildAction, targetUnits } from './build-action.js';
import { withCitation } from './cite-article.js';
import { applyDeskPlan, planDeskAction, withDeskDetails } from './desk-actions.js';
import { getOrder } from './get-order.js';
import { appendTimeline, applyEffects } from './order-effects.js';

/**
 * One workflow action (H3): load the order in the caller's scope, let the state machine decide, then
 * store the new state, the timeline line, timers, audit and events in one transaction.
 */
export async function actOnOrder(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  id: string,
  body: OrderActionBody,
): Promise<WorkOrder> {
  const row = await orders.findOrder(hot(deps.db), scopeFilter(actor), id);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.version !== body.version) throw new AppError('CONFLICT');
  const plan = await planDeskAction(deps, actor, row, body);
  const action = await withCitation(deps, buildAction(plan.body));
  const units = targetUnits(plan.body);
  const live = await activeUnitNames(deps.db, units);
  if (units.some((u) => !live.has(u))) throw new AppError('VALIDATION_FAILED', { field: 'unitId', reason: 'unknown unit' });
  const role = workflowRole(actor.roles, action.type);
  if (role === null) throw new AppError('ROLE_NOT_ALLOWED');
  const decided = decide(row, action, role, role === 'handling_unit' ? (actor.departmentId ?? undefined) : undefined, deps);
  const result = withDeskDetails(decided, plan);
  await mutate(deps.db, meta, async (tx) => {
    const stored = await store(tx, row, result, actor.id, body.version);
    const more = await applyDeskPlan(tx, row, plan, actor);
    return { result: undefined, audit: [stored.audit, ...more], events: stored.events };
  });
  return getOrder(deps, actor, id);
}

export function decide(
  row: orders.OrderRow,
  action: Action,
  role: ActorRole,
  unitId: string | undefined,
  deps: HotlineDeps,
): TransitionSuccess {
  const snapshot = decodeSnapshot(row.snapshot as Record<string, unknown>);
  const r = transition(snapshot, action, {
    actorRole: role,
    ...(unitId === undefined ? {} : { actorUnitId: unitId }),
    now: new Date(),
    calendar: deps.calendar.current(),
  });
  if (!r.ok) throw new AppError(r.code, { message: r.message });
  return r;
}

/** Writes one decided transition; a stale version rolls it all back as 409 CONFLICT. */
export async function store(tx: Tx, row: orders.OrderRow, r: TransitionSuccess, actorId: string | null, version: number) {
  const next = r.next;
  const saved = await orders.updateOrderWorkflow(hot(tx), row.id, version, {
    state: next.state,
    unit_id: next.assignedUnitId,
    co_units: next.coHandlers.map((c) => c.unitId),
    due_at: next.sla?.dueAt ?? null,
    warn_at: next.sla?.warnAt ?? null,
    snapshot: encodeSnapshot(next),
  });
  if (!saved) throw new AppError('CONFLICT');
  await appendTimeline(tx, row.id, actorId, next.timeline);
  const events = await applyEffects(tx, row.id, r.effects);
  const line = next.timeline.at(-1);
  return {
    audit: {
      action: `hotline.order.${line?.action ?? 'act'}`,
      resourceType: 'work_order',
      resourceId: row.id,
      divisionCode: row.division_code,
      departmentId: next.assignedUnitId,
      details: { orderNo: row.order_no, from: row.state, to: next.state, note: line?.note ?? null, ...(line?.details ?? {}) },
    },
    events,
  };
}
