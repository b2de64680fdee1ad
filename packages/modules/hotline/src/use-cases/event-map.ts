import type { EventMap, EventMapQuery } from '@yiwang/contracts';
import { scopeFilter, type Actor } from '@yiwang/platform';
import { CLOSED_STATES } from '../domain/event-status.js';
import type { HotlineDeps } from '../deps.js';
import { mapPoints } from '../repo/event-map.js';
import { iq } from '../repo/intake-tables.js';

/** A browser draws this many points smoothly; beyond it the newest are shown and the answer says so. */
export const MAP_POINT_LIMIT = 5000;
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** H5 event map: orders and events with coordinates in the caller's scope, open ones unless asked otherwise. */
export async function eventMap(deps: HotlineDeps, actor: Actor, q: EventMapQuery): Promise<EventMap> {
  const { rows, total } = await mapPoints(
    iq(deps.db),
    scopeFilter(actor),
    { status: q.status ?? 'open', state: q.state, categoryCode: q.categoryCode, channel: q.channel, sourceId: q.sourceId },
    CLOSED_STATES,
    MAP_POINT_LIMIT,
  );
  return {
    points: rows.map((r) => ({
      id: r.id,
      orderNo: r.order_no,
      title: r.title,
      lat: Number(r.lat),
      lng: Number(r.lng),
      state: r.state,
      overdue: Boolean(r.past_due) && !CLOSED_STATES.includes(r.state as never),
      categoryCode: r.category_code,
      channel: r.channel,
      sourceId: r.source_id,
      sourceName: r.source_name,
      divisionCode: r.division_code,
      unitId: r.unit_id,
      address: r.address,
      createdAt: iso(r.created_at)!,
      dueAt: iso(r.due_at),
    })),
    total,
    truncated: total > rows.length,
  };
}
