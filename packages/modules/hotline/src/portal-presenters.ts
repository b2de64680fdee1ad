import type { PortalOrder, PortalOrderSummary, PortalTimelineLine } from '@yiwang/contracts';
import type { OrderRow } from './repo/orders.js';
import type { OrderEventRow } from './repo/tables.js';

/**
 * What a citizen sees of their own order: no internal lines, no staff, units by name only. Notes are
 * shown only where they are addressed to the citizen (the answer, the reason for closing or
 * pausing, the 回访 record); a dispatch note explains routing rules and stays with the staff.
 */
const NOTES_FOR_CITIZEN: ReadonlySet<string> = new Set(['reply', 'answer_directly', 'close', 'callback', 'suspend']);

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** Unit ids the public view must name: the 主办 unit and every unit on a visible line. */
export function unitIdsToName(rows: readonly OrderRow[], events: readonly OrderEventRow[] = []): string[] {
  const ids = new Set<string>();
  for (const r of rows) if (r.unit_id) ids.add(r.unit_id);
  for (const e of events) {
    if (e.internal) continue;
    const unit = str((e.details as Record<string, unknown> | null)?.unitId) ?? e.actor_unit_id;
    if (unit) ids.add(unit);
  }
  return [...ids];
}

export const presentPortalSummary = (o: OrderRow, names: ReadonlyMap<string, string>): PortalOrderSummary => ({
  id: o.id,
  orderNo: o.order_no,
  channel: o.channel,
  type: o.type,
  title: o.title,
  state: o.state,
  unitName: o.unit_id ? (names.get(o.unit_id) ?? null) : null,
  dueAt: iso(o.due_at),
  createdAt: iso(o.created_at)!,
});

function presentLine(e: OrderEventRow, names: ReadonlyMap<string, string>): PortalTimelineLine {
  const details = (e.details ?? {}) as Record<string, unknown>;
  const unit = str(details.unitId) ?? e.actor_unit_id;
  const articleId = str(details.articleId);
  const articleTitle = str(details.articleTitle);
  return {
    at: iso(e.at)!,
    action: e.action,
    state: e.to_state,
    note: NOTES_FOR_CITIZEN.has(e.action) ? e.note : null,
    unitName: unit ? (names.get(unit) ?? null) : null,
    article:
      e.action === 'answer_directly' && articleId && articleTitle
        ? { id: articleId, title: articleTitle, version: typeof details.articleVersion === 'number' ? details.articleVersion : null }
        : null,
  };
}

export const presentPortalOrder = (o: OrderRow, events: readonly OrderEventRow[], names: ReadonlyMap<string, string>): PortalOrder => ({
  ...presentPortalSummary(o, names),
  body: o.body,
  divisionCode: o.division_code,
  address: o.address,
  lat: o.lat,
  lng: o.lng,
  timeline: events.filter((e) => !e.internal).map((e) => presentLine(e, names)),
});
