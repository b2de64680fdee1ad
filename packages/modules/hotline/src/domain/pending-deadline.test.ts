import { describe, expect, it } from 'vitest';
import { holidaySeedRows, WorkCalendar } from '@yiwang/platform';
import type { OrderState } from './order-types.js';
import { settlePendingDeadline } from './pending-deadline.js';
import { startSla } from './sla.js';
import { calendar, orderIn, sh } from './test-orders.js';

/** An order as intake stores it when the year's schedule is missing: everything but the clock. */
const savedWithoutDeadline = (state: OrderState, type: Parameters<typeof orderIn>[1] = 'complaint') => ({
  ...orderIn(state, type),
  sla: null,
});

const seed = holidaySeedRows();
const without2025 = new WorkCalendar({ days: seed.days, years: seed.years.filter((y) => y !== 2025) });

describe('deadlines of orders saved before their year was published', () => {
  it('counts from registration once the year is there, and arms both timers of a running order', () => {
    const o = savedWithoutDeadline('dispatched');
    const r = settlePendingDeadline(o, calendar);
    const expected = startSla('complaint', 'normal', o.registeredAt, calendar)!;
    expect(r).toEqual({
      kind: 'settled',
      sla: expected,
      effects: [
        { kind: 'schedule_timer', timer: 'warning', at: expected.warnAt },
        { kind: 'schedule_timer', timer: 'overdue', at: expected.dueAt },
      ],
    });
    // 15 working days from 2025-09-22 skip the 国庆 week: due on 10-17 at 18:00
    expect(expected.dueAt).toEqual(sh('2025-10-17T18:00:00'));
  });

  it('stays pending while the deadline still reaches into an unpublished year', () => {
    expect(settlePendingDeadline(savedWithoutDeadline('dispatched'), without2025)).toEqual({ kind: 'still_pending' });
  });

  it('records the deadline of a suspended, answered or closed order without arming timers', () => {
    for (const state of ['suspended', 'reviewed', 'closed', 'answered_directly', 'merged'] as const) {
      const r = settlePendingDeadline(savedWithoutDeadline(state), calendar);
      expect(r.kind, state).toBe('settled');
      if (r.kind === 'settled') {
        expect(r.sla, state).not.toBeNull();
        expect(r.effects, state).toEqual([]);
      }
    }
    for (const state of ['registered', 'returned', 'in_progress', 'replied', 'reopened'] as const) {
      const r = settlePendingDeadline(savedWithoutDeadline(state), calendar);
      expect(r.kind === 'settled' && r.effects.length, state).toBe(2);
    }
  });

  it('settles a 表扬 with no deadline at all, and leaves an order that already has a clock alone', () => {
    expect(settlePendingDeadline(savedWithoutDeadline('registered', 'praise'), calendar)).toEqual({
      kind: 'settled',
      sla: null,
      effects: [],
    });
    expect(settlePendingDeadline(orderIn('dispatched'), calendar)).toEqual({ kind: 'already_set' });
  });
});
