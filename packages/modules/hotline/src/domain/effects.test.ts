import { describe, expect, it } from 'vitest';
import { notifyCaller, notifyRole, notifyUnit, ORDER_EVENTS, scheduleTimers } from './effects.js';
import { sh } from './test-orders.js';

describe('effects', () => {
  it('arms both deadline timers for a clock and none without one', () => {
    const sla = { startAt: sh('2025-09-22T10:00:00'), warnAt: sh('2025-10-14T16:24:00'), dueAt: sh('2025-10-17T18:00:00') };
    expect(scheduleTimers(sla)).toEqual([
      { kind: 'schedule_timer', timer: 'warning', at: sla.warnAt },
      { kind: 'schedule_timer', timer: 'overdue', at: sla.dueAt },
    ]);
    expect(scheduleTimers(null)).toEqual([]);
  });

  it('builds notifications for units, roles and the caller', () => {
    expect(notifyUnit('u1', 'dispatch')).toEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: 'u1' }, topic: 'dispatch' });
    expect(notifyRole('supervisor', 'repeat_reopen')).toMatchObject({ recipient: { kind: 'role', role: 'supervisor' } });
    expect(notifyCaller('close')).toMatchObject({ recipient: { kind: 'caller' } });
  });

  it('names every outbox event under hotline.order and never twice', () => {
    const names = Object.values(ORDER_EVENTS);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^hotline\.order\.[a-z_]+$/);
  });
});
