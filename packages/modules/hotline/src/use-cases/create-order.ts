import type { CreateOrderBody, WorkOrder } from '@yiwang/contracts';
import { divisionExists } from '@yiwang/identity';
import {
  AppError,
  isValidDivisionCode,
  maskName,
  maskPhone,
  mutate,
  newId,
  normalizePhone,
  shanghaiDateOf,
  type Actor,
  type Idempotency,
  type RequestMeta,
} from '@yiwang/platform';
import { createOrder, DEFAULT_SLA_POLICY, transition, type Effect, type OrderSnapshot, type SlaPolicy } from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import { isActiveCategory } from '../repo/categories.js';
import * as orders from '../repo/orders.js';
import { hot } from '../repo/tables.js';
import { encodeSnapshot } from '../snapshot-codec.js';
import { classifyOrder } from './classify-order.js';
import { getOrder } from './get-order.js';
import { appendTimeline, applyEffects } from './order-effects.js';
import { routeOrder } from './route-order.js';

const NO_DEADLINE_POLICY: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  workingDays: { consultation: null, help: null, suggestion: null, complaint: null, report: null, praise: null },
};

const trimmed = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s.trim());

/**
 * H1 intake by a hotline agent: validate, classify (or leave it to triage), route through the
 * 权责清单 and dispatch, then store the order, its timeline, timers, audit and events in one transaction.
 */
export async function createWorkOrder(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  input: CreateOrderBody,
  idem?: Idempotency,
): Promise<WorkOrder> {
  const body = trimmed(input.body);
  if (body === null) throw new AppError('VALIDATION_FAILED', { field: 'body' });
  if ((input.lat === undefined) !== (input.lng === undefined)) throw new AppError('VALIDATION_FAILED', { field: 'lat/lng' });
  const divisionCode = input.divisionCode ?? null;
  if (divisionCode !== null && !(isValidDivisionCode(divisionCode) && (await divisionExists(deps.db, divisionCode)))) {
    throw new AppError('INVALID_DIVISION_CODE');
  }
  const phone = trimmed(input.callerPhone);
  const normalizedPhone = phone === null ? null : normalizePhone(phone);
  if (phone !== null && normalizedPhone === null) throw new AppError('INVALID_PHONE');
  if (input.categoryCode !== undefined && !(await isActiveCategory(hot(deps.db), input.categoryCode))) {
    throw new AppError('VALIDATION_FAILED', { field: 'categoryCode', reason: 'unknown category' });
  }
  const title = trimmed(input.title);
  const classified = await classifyOrder(deps, { title, body, categoryCode: input.categoryCode ?? null });
  const routed =
    classified.categoryCode === null
      ? null
      : await routeOrder(deps, { categoryCode: classified.categoryCode, divisionCode, text: `${title ?? ''} ${body}` });

  const id = newId();
  const now = new Date();
  const calendar = deps.calendar.current();
  const register = (sla?: SlaPolicy) => {
    const created = createOrder(
      { id, type: input.type, urgency: input.urgency ?? 'normal' },
      { actor: { role: 'hotline_agent' }, now, calendar, ...(sla ? { sla } : {}) },
    );
    let order: OrderSnapshot = created.order;
    const effects: Effect[] = [...created.effects];
    if (routed) {
      const dispatched = transition(
        order,
        { type: 'dispatch', unitId: routed.unitId, note: routed.explanation.why },
        { actorRole: 'system', now, calendar, ...(sla ? { sla } : {}) },
      );
      if (!dispatched.ok) throw new AppError(dispatched.code, { message: dispatched.message });
      order = dispatched.next;
      effects.push(...dispatched.effects);
    }
    return { order, effects };
  };
  // A call is never lost to a missing holiday schedule: it is saved without a deadline and flagged
  // (deadlinePending); settle-pending-deadlines.ts sets it once an admin publishes the year.
  let deadlinePending = false;
  let built: ReturnType<typeof register>;
  try {
    built = register();
  } catch (err) {
    if ((err as { code?: string }).code !== 'CALENDAR_YEAR_MISSING') throw err;
    deadlinePending = true;
    built = register(NO_DEADLINE_POLICY);
  }
  const { order, effects } = built;
  const name = trimmed(input.callerName);

  const stored = await mutate(
    deps.db,
    meta,
    async (tx) => {
      const orderNo = await orders.nextOrderNo(hot(tx), shanghaiDateOf(now));
      await orders.insertOrder(hot(tx), {
        id,
        order_no: orderNo,
        channel: input.channel,
        type: input.type,
        urgency: input.urgency ?? 'normal',
        title,
        body,
        category_code: classified.categoryCode,
        triage: classified.categoryCode === null,
        deadline_pending: deadlinePending,
        division_code: divisionCode,
        address: trimmed(input.address),
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        caller_name_enc: name === null ? null : deps.cipher.encrypt(name),
        caller_name_masked: name === null ? null : maskName(name),
        caller_phone_enc: normalizedPhone === null ? null : deps.cipher.encrypt(normalizedPhone),
        caller_phone_masked: normalizedPhone === null ? null : maskPhone(normalizedPhone),
        confidential: input.confidential ?? false,
        state: order.state,
        unit_id: order.assignedUnitId,
        co_units: order.coHandlers.map((c) => c.unitId),
        due_at: order.sla?.dueAt ?? null,
        warn_at: order.sla?.warnAt ?? null,
        snapshot: encodeSnapshot(order),
        classification: classified.classification,
        routing: routed ? { ...routed.explanation, unitId: routed.unitId, unitName: routed.unitName } : null,
        created_by: actor.id,
      });
      await appendTimeline(tx, id, actor.id, order.timeline);
      const events = await applyEffects(tx, id, effects);
      return {
        result: { id },
        audit: {
          action: 'hotline.order.create',
          resourceType: 'work_order',
          resourceId: id,
          divisionCode: divisionCode ?? undefined,
          departmentId: order.assignedUnitId ?? undefined,
          details: { orderNo, type: input.type, state: order.state, categoryCode: classified.categoryCode, unitId: order.assignedUnitId },
        },
        events,
      };
    },
    idem,
  );
  // a retry with the same Idempotency-Key gets the first order's id back and reads it like the first call did
  return getOrder(deps, actor, stored.id);
}
