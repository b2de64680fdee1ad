import { describe, expect, it } from 'vitest';
import { createOrder } from './order.js';
import { DEFAULT_SLA_POLICY } from './sla.js';
import { AGENT, calendar, sh } from './test-orders.js';

describe('createOrder', () => {
  it('registers the order with its deadline running from registration', () => {
    const now = sh('2025-01-24T10:00:00');
    const { order, effects } = createOrder({ id: 'o-1', type: 'consultation', urgency: 'normal' }, { actor: AGENT, now, calendar });
    expect(order).toMatchObject({ id: 'o-1', state: 'registered', registeredAt: now, assignedUnitId: null, coHandlers: [] });
    expect(order.sla).toMatchObject({ startAt: now, dueAt: sh('2025-01-27T18:00:00') }); // 春节 调休 Sunday 01-26 counts
    expect(order.counters).toEqual({ returns: 0, reassigns: 0, reopens: 0, urges: 0, supervisions: 0 });
    expect(order.timeline).toEqual([{ at: now, action: 'register', actor: AGENT, from: null, to: 'registered' }]);
    expect(effects[0]).toMatchObject({ kind: 'emit_event', name: 'hotline.order.registered', payload: { orderId: 'o-1', from: null } });
    expect(effects.filter((e) => e.kind === 'schedule_timer')).toHaveLength(2);
  });

  it('gives 表扬 no deadline and no timers', () => {
    const { order, effects } = createOrder(
      { id: 'o-2', type: 'praise', urgency: 'normal' },
      { actor: AGENT, now: sh('2025-03-03T10:00:00'), calendar },
    );
    expect(order.sla).toBeNull();
    expect(effects.map((e) => e.kind)).toEqual(['emit_event']);
  });

  it('honours a regional SLA policy', () => {
    const sla = { ...DEFAULT_SLA_POLICY, workingDays: { ...DEFAULT_SLA_POLICY.workingDays, consultation: 1 } };
    const { order } = createOrder(
      { id: 'o-3', type: 'consultation', urgency: 'normal' },
      { actor: AGENT, now: sh('2025-03-03T10:00:00'), calendar, sla },
    );
    expect(order.sla?.dueAt).toEqual(sh('2025-03-04T18:00:00'));
  });
});
