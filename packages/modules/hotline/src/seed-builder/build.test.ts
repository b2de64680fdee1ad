import { describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '@yiwang/platform';
import { route, type TimelineEntry } from '../domain/index.js';
import { buildOrders, type SeedOrder } from './build.js';
import { replayTimeline } from './replay.js';
import { calendar, testCity } from './test-city.js';

const TO = new Date('2026-06-01T00:00:00+08:00');
const FROM = new Date('2025-06-01T00:00:00+08:00');
const options = { seed: 11, count: 4000, from: FROM, to: TO, city: testCity(), calendar };
const orders: SeedOrder[] = [...buildOrders(options)];

/** Shanghai wall-clock minutes of the instant and whether its day is a working day. */
function inOfficeHours(at: Date): boolean {
  const minutes = (((at.getTime() / 60_000 + 8 * 60) % 1440) + 1440) % 1440;
  return calendar.isWorkingDay(shanghaiDateOf(at)) && minutes >= 9 * 60 && minutes <= 18 * 60;
}

describe('buildOrders', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = [...buildOrders({ ...options, count: 300 })];
    const twice = [...buildOrders({ ...options, count: 300 })];
    expect(JSON.stringify(twice)).toBe(JSON.stringify(again));
    const other = [...buildOrders({ ...options, count: 300, seed: 12 })];
    expect(other.map((o) => o.body)).not.toEqual(again.map((o) => o.body));
  });

  it('builds exactly `count` orders inside the range, numbered per Shanghai day in time order', () => {
    expect(orders).toHaveLength(4000);
    expect(new Set(orders.map((o) => o.id)).size).toBe(4000);
    expect(new Set(orders.map((o) => o.orderNo)).size).toBe(4000);
    for (const [i, o] of orders.entries()) {
      expect(o.createdAt >= FROM && o.createdAt < TO).toBe(true);
      expect(o.orderNo.slice(6, 14)).toBe(shanghaiDateOf(o.createdAt).replace(/-/g, ''));
      const prev = orders[i - 1];
      if (prev && prev.orderNo.slice(6, 14) === o.orderNo.slice(6, 14)) {
        expect(Number(o.orderNo.slice(15))).toBe(Number(prev.orderNo.slice(15)) + 1);
        expect(o.createdAt >= prev.createdAt).toBe(true);
      }
    }
  });

  it('writes every history so that the state machine accepts it step by step and ends in the stored state', () => {
    for (const o of orders) {
      const replayed = replayTimeline(o.id, o.type, o.urgency, o.order.timeline, calendar);
      if (!replayed.ok) throw new Error(`${o.orderNo} step ${replayed.step}: ${replayed.problem}`);
      expect(replayed.order).toEqual(o.order);
      expect(o.version).toBe(o.order.timeline.length - (o.routing ? 1 : 0));
      expect(o.updatedAt).toEqual(o.order.timeline.at(-1)!.at);
    }
  });

  it('keeps time moving forward, inside the range, with units acting in office hours on working days', () => {
    let unitSteps = 0;
    for (const o of orders) {
      const times = o.order.timeline.map((e: TimelineEntry) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)!).toBeLessThanOrEqual(TO.getTime());
      for (const e of o.order.timeline.filter((x) => x.actor.role === 'handling_unit')) {
        unitSteps++;
        expect(inOfficeHours(e.at), `${o.orderNo} ${e.action} at ${e.at.toISOString()}`).toBe(true);
      }
    }
    expect(unitSteps).toBeGreaterThan(orders.length);
  });

  it('dispatches at intake to the unit the 权责清单 chooses, and explains why', () => {
    const city = testCity();
    const auto = orders.filter((o) => o.routing !== null);
    expect(auto.length).toBeGreaterThan(orders.length * 0.6);
    for (const o of auto) {
      const chosen = route(
        { categoryCode: o.categoryCode, divisionCode: o.divisionCode, text: `${o.title ?? ''} ${o.body}` },
        city.rules,
        city.fallback,
      );
      const dispatch = o.order.timeline[1]!;
      expect(dispatch).toMatchObject({ action: 'dispatch', actor: { role: 'system' }, details: { unitId: chosen.unitId } });
      expect(o.routing).toMatchObject({ unitId: chosen.unitId, unitName: city.unitNames[chosen.unitId] });
      expect(String(o.routing!.why)).toContain(city.unitNames[chosen.unitId]!);
    }
  });

  it('leaves only future 催办/督办 timers pending, matching the running deadline', () => {
    const open = orders.filter((o) => o.timers.length > 0);
    expect(open.length).toBeGreaterThan(0);
    for (const o of open) {
      for (const t of o.timers) {
        expect(t.at > TO).toBe(true);
        expect(t.at).toEqual(t.timer === 'warning' ? o.order.sla!.warnAt : o.order.sla!.dueAt);
      }
    }
    const closed = orders.filter((o) => o.order.state === 'closed' || o.order.state === 'merged');
    expect(closed.every((o) => o.timers.length === 0)).toBe(true);
  });

  it('covers the whole lifecycle: returns, reassignments, extensions, overdue orders, 重办 and reopens', () => {
    const actions = new Set(orders.flatMap((o) => o.order.timeline.map((e) => e.action)));
    for (const a of ['dispatch', 'sign', 'return', 'approve_return', 'reject_return', 'reassign', 'add_co_handler', 'request_extension']) {
      expect(actions, a).toContain(a);
    }
    for (const a of ['approve_extension', 'reply', 'review', 'callback', 'close', 'urge', 'supervise', 'answer_directly', 'merge']) {
      expect(actions, a).toContain(a);
    }
    const states = new Set(orders.map((o) => o.order.state));
    expect([...states]).toEqual(expect.arrayContaining(['closed', 'in_progress', 'dispatched', 'merged']));
    const overdue = orders.filter((o) => o.order.counters.supervisions > 0);
    expect(overdue.length / orders.length).toBeGreaterThan(0.03);
    expect(orders.some((o) => o.order.counters.reopens > 0)).toBe(true);
    // most of the year is long done: the open orders are the recent ones and the stuck ones
    expect(orders.filter((o) => o.order.state === 'closed').length / orders.length).toBeGreaterThan(0.85);
  });

  it('sends calls without a confident category to triage and keeps the unfinished ones there', () => {
    const triaged = orders.filter((o) => o.classification.source === 'triage' && o.anomaly === null);
    expect(triaged.length).toBeGreaterThan(0);
    for (const o of triaged) {
      const handled = o.order.state !== 'registered';
      expect(o.triage).toBe(!handled);
      expect(o.categoryCode === null).toBe(!handled);
      expect(o.routing).toBeNull();
    }
  });
});
