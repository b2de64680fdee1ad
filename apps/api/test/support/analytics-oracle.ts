import { sql } from 'kysely';
import type { TestApp } from '../harness.js';

/**
 * The dashboard's figures recomputed in plain TypeScript from the raw work_order and order_event rows,
 * written from the definitions in docs/analytics.md and not from the server's SQL, so the rollups
 * (and the answer-from-orders path) are checked against an independent reading of the same orders.
 */
export interface RawOrder {
  id: string;
  day: string;
  createdAt: Date;
  division: string | null;
  category: string | null;
  channel: string;
  type: string;
  unitId: string | null;
  coUnits: string[];
  state: string;
  dueAt: Date | null;
  replyAt: Date | null;
  closedAt: Date | null;
  returns: number;
  lat: number | null;
  lng: number | null;
  callbackResults: string[];
}

const shanghaiDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);

export async function loadRawOrders(t: TestApp): Promise<RawOrder[]> {
  const db = t.rt.database.db;
  const rows = (
    await sql<any>`SELECT id, created_at, division_code, category_code, channel, type, unit_id, co_units, state, due_at,
      snapshot, lat, lng FROM hotline.work_order`.execute(db)
  ).rows;
  const events = (
    await sql<{ order_id: string; details: any }>`SELECT order_id, details FROM hotline.order_event WHERE action = 'callback'`.execute(db)
  ).rows;
  return rows.map((r) => {
    const snap = r.snapshot ?? {};
    return {
      id: r.id,
      day: shanghaiDay(new Date(r.created_at)),
      createdAt: new Date(r.created_at),
      division: r.division_code,
      category: r.category_code,
      channel: r.channel,
      type: r.type,
      unitId: r.unit_id,
      coUnits: r.co_units ?? [],
      state: r.state,
      dueAt: r.due_at ? new Date(r.due_at) : null,
      replyAt: snap.reply?.at ? new Date(snap.reply.at) : null,
      closedAt: snap.closedAt ? new Date(snap.closedAt) : null,
      returns: snap.counters?.returns ?? 0,
      lat: r.lat,
      lng: r.lng,
      callbackResults: events.filter((e) => e.order_id === r.id).map((e) => e.details?.result),
    };
  });
}

export interface OracleFilter {
  from: string;
  to: string;
  divisionPrefix?: string | null;
  categoryPrefix?: string | null;
  unitId?: string | null;
}

const count = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

export function oracle(orders: RawOrder[], f: OracleFilter, now = new Date()) {
  const picked = orders.filter(
    (o) =>
      o.day >= f.from &&
      o.day <= f.to &&
      (!f.divisionPrefix || (o.division ?? '').startsWith(f.divisionPrefix)) &&
      (!f.categoryPrefix || o.category === f.categoryPrefix || (o.category ?? '').startsWith(`${f.categoryPrefix}.`)) &&
      (!f.unitId || o.unitId === f.unitId || o.coUnits.includes(f.unitId)),
  );
  const totals = {
    received: 0,
    closed: 0,
    onTime: 0,
    onTimeBase: 0,
    callbacks: 0,
    satisfied: 0,
    answered: 0,
    calledBack: 0,
    dispatched: 0,
    returned: 0,
    handlingSeconds: 0,
  };
  const byChannel = new Map<string, number>();
  const byType = new Map<string, number>();
  const byTopCategory = new Map<string, number>();
  const byCounty = new Map<string, number>();
  const byTown = new Map<string, number>();
  const byDay = new Map<string, number>();
  const unitReceived = new Map<string, number>();
  const heat = new Map<string, number>();
  for (const o of picked) {
    const closed = o.state === 'closed';
    const answered = closed && o.replyAt !== null;
    const finished = o.replyAt ?? o.closedAt;
    totals.received++;
    if (closed) totals.closed++;
    if (closed && o.dueAt && finished && finished <= o.dueAt) totals.onTime++;
    const openLate = !['closed', 'merged', 'answered_directly'].includes(o.state) && o.dueAt !== null && o.dueAt < now;
    if ((closed && o.dueAt) || openLate) totals.onTimeBase++;
    totals.callbacks += o.callbackResults.length;
    totals.satisfied += o.callbackResults.filter((r) => r === 'satisfied' || r === 'basically_satisfied').length;
    if (answered) {
      totals.answered++;
      totals.handlingSeconds += Math.max(0, Math.floor((o.replyAt!.getTime() - o.createdAt.getTime()) / 1000));
      if (o.callbackResults.length > 0) totals.calledBack++;
    }
    if (o.unitId) {
      totals.dispatched++;
      count(unitReceived, o.unitId);
    }
    if (o.returns > 0) totals.returned++;
    count(byChannel, o.channel);
    count(byType, o.type);
    count(byTopCategory, (o.category ?? '').split('.')[0]!);
    count(byCounty, o.division ? o.division.slice(0, 6).padEnd(12, '0') : '');
    count(byTown, o.division ? o.division.slice(0, 9).padEnd(12, '0') : '');
    count(byDay, o.day);
    if (o.lat !== null && o.lng !== null) count(heat, `${Math.floor(o.lat / 0.02)}:${Math.floor(o.lng / 0.02)}`);
  }
  const { handlingSeconds, ...counts } = totals;
  // mean hours to the final answer, to one decimal as the API rounds it
  const avgHandlingHours = totals.answered ? Math.round((handlingSeconds / totals.answered / 3600) * 10) / 10 : null;
  return {
    ids: picked.map((o) => o.id),
    totals: counts,
    avgHandlingHours,
    byChannel,
    byType,
    byTopCategory,
    byCounty,
    byTown,
    byDay,
    unitReceived,
    heat,
  };
}

/** An API list of {key, count} as a map, for comparison with the oracle's. */
export const asMap = (items: Array<{ key: string; count: number }>) => new Map(items.map((i) => [i.key, i.count]));
