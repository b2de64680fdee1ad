import type { AttachmentView, Category, DuplicateSuggestion, RoutingRuleView, WorkOrder, WorkOrderSummary } from '@yiwang/contracts';
import type { Actor } from '@yiwang/platform';
import { availableActions, REPEAT_CALLER_WINDOW_DAYS, type OrderSnapshot } from './domain/index.js';
import type { AttachmentMeta } from './repo/attachments.js';
import type { CategoryRow, OrderEventRow } from './repo/tables.js';
import type { OrderRow } from './repo/orders.js';
import type { RuleRow } from './repo/rules.js';
import { workflowRole } from './workflow-role.js';

// API shapes are built here on purpose, never straight from rows: columns can change freely.
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export const presentOrderSummary = (o: OrderRow): WorkOrderSummary => ({
  id: o.id,
  orderNo: o.order_no,
  channel: o.channel,
  type: o.type,
  urgency: o.urgency,
  title: o.title,
  categoryCode: o.category_code,
  triage: o.triage,
  deadlinePending: o.deadline_pending,
  divisionCode: o.division_code,
  state: o.state,
  unitId: o.unit_id,
  coUnitIds: o.co_units,
  dueAt: iso(o.due_at),
  warnAt: iso(o.warn_at),
  createdAt: iso(o.created_at)!,
  version: o.version,
});

/**
 * The full order for one viewer: caller details are only ever masked, and withheld entirely from
 * anyone but the hotline when the caller asked for 保密; internal timeline lines are staff-only.
 * `duplicates` are the intake's near-duplicate suggestions as they stand now, within the viewer's scope.
 */
export function presentOrder(
  o: OrderRow,
  events: readonly OrderEventRow[],
  snapshot: OrderSnapshot,
  viewer: Actor,
  duplicates: readonly DuplicateSuggestion[] = [],
  attachments: readonly AttachmentMeta[] = [],
): WorkOrder {
  const hotlineStaff = viewer.kind === 'staff' && viewer.roles.some((r) => r === 'hotline_agent' || r === 'supervisor');
  const showCaller = !o.confidential || hotlineStaff;
  const role = viewer.kind === 'staff' ? workflowRole(viewer.roles) : null;
  const actions = role
    ? availableActions(snapshot, role === 'handling_unit' && viewer.departmentId ? { role, unitId: viewer.departmentId } : { role })
    : [];
  return {
    ...presentOrderSummary(o),
    body: o.body,
    address: o.address,
    lat: o.lat,
    lng: o.lng,
    callerName: showCaller ? o.caller_name_masked : null,
    callerPhone: showCaller ? o.caller_phone_masked : null,
    confidential: o.confidential,
    classification: o.classification ?? null,
    routing: (o.routing as WorkOrder['routing']) ?? null,
    availableActions: actions,
    timeline: events
      .filter((e) => viewer.kind === 'staff' || !e.internal)
      .map((e) => ({
        seq: e.seq,
        at: iso(e.at)!,
        action: e.action,
        actorRole: e.actor_role,
        fromState: e.from_state,
        toState: e.to_state,
        note: e.note,
        details: e.details ?? null,
        internal: e.internal,
      })),
    duplicates: [...duplicates],
    repeatCaller: o.repeat_calls > 0 ? { count: o.repeat_calls, windowDays: REPEAT_CALLER_WINDOW_DAYS } : null,
    mergedInto: snapshot.mergedInto,
    attachments: attachments.map(presentAttachment),
  };
}

/** Inline images are served by the order's attachment route (same scope as the order); references keep their address. */
export const presentAttachment = (a: AttachmentMeta): AttachmentView => ({
  id: a.id,
  type: a.content_type ?? 'link',
  size: a.size_bytes,
  url: a.external_url ?? `/api/hotline/orders/${a.order_id}/attachments/${a.id}`,
});

export const presentCategory = (c: CategoryRow & { active: boolean }): Category => ({
  code: c.code,
  name: c.name,
  parentCode: c.parent_code,
  active: c.active,
});

export const presentRule = (r: RuleRow): RoutingRuleView => ({
  id: r.id,
  categoryPrefix: r.category_prefix,
  divisionPrefix: r.division_prefix,
  keywords: r.keywords,
  unitId: r.unit_id,
  priority: r.priority,
  active: r.active,
  note: r.note,
  version: r.version,
});
