import { describe, expect, it } from 'vitest';
import { transition } from './state-machine.js';
import { AGENT, apply, ctxFor, MAIN, MAIN_UNIT, newOrder, orderIn, sh, START, SUPERVISOR, SYSTEM } from './test-orders.js';
import type { OrderSnapshot } from './order.js';

const requestDays = (o: OrderSnapshot, days: number) => apply(o, { type: 'request_extension', days, reason: '需现场勘查' }, MAIN_UNIT);

describe('extension decisions 延期审批', () => {
  it('moves the due date by the granted working days and re-arms the timers', () => {
    const order = requestDays(orderIn('in_progress'), 3);
    // registered Mon 2025-09-22 10:00 as 投诉: 15 working days across 国庆 → Fri 10-17 18:00
    expect(order.sla?.dueAt).toEqual(sh('2025-10-17T18:00:00'));
    const result = transition(order, { type: 'approve_extension' }, ctxFor(AGENT, sh('2025-10-10T09:30:00')));
    if (!result.ok) throw new Error(result.code);
    expect(result.next.sla?.dueAt).toEqual(sh('2025-10-22T18:00:00'));
    expect(result.next).toMatchObject({ pendingExtension: null, extensionsGranted: 1 });
    expect(result.effects).toContainEqual({ kind: 'schedule_timer', timer: 'overdue', at: sh('2025-10-22T18:00:00') });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: MAIN }, topic: 'approve_extension' });
    expect(result.next.timeline.at(-1)).toMatchObject({ internal: true, details: { days: 3 } });
  });

  it('counts a 调休 Saturday as a working day (咨询 due 国庆 2025)', () => {
    const consult = newOrder('consultation', 'normal', sh('2025-09-29T10:00:00'));
    expect(consult.sla?.dueAt).toEqual(sh('2025-10-09T18:00:00'));
    const dispatched = apply(consult, { type: 'dispatch', unitId: MAIN }, AGENT);
    const pending = requestDays(apply(dispatched, { type: 'sign' }, MAIN_UNIT), 2);
    expect(apply(pending, { type: 'approve_extension' }, SUPERVISOR).sla?.dueAt).toEqual(sh('2025-10-11T18:00:00'));
  });

  it('may grant fewer days than asked, never more, and needs a pending request', () => {
    const order = requestDays(orderIn('in_progress'), 3);
    expect(apply(order, { type: 'approve_extension', days: 1 }, AGENT).sla?.dueAt).toEqual(sh('2025-10-20T18:00:00'));
    expect(transition(order, { type: 'approve_extension', days: 4 }, ctxFor(AGENT))).toMatchObject({ code: 'INVALID_EXTENSION' });
    expect(transition(orderIn('in_progress'), { type: 'approve_extension' }, ctxFor(AGENT))).toMatchObject({
      code: 'NO_PENDING_EXTENSION',
    });
    expect(transition(order, { type: 'approve_extension' }, ctxFor(MAIN_UNIT))).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
  });

  it('rejecting needs a reason and leaves the deadline alone', () => {
    const order = requestDays(orderIn('in_progress'), 3);
    expect(transition(order, { type: 'reject_extension', reason: '' }, ctxFor(AGENT))).toMatchObject({ code: 'REASON_REQUIRED' });
    const rejected = apply(order, { type: 'reject_extension', reason: '可在时限内办结' }, AGENT);
    expect(rejected).toMatchObject({ pendingExtension: null, extensionsGranted: 0, sla: order.sla });
    expect(transition(rejected, { type: 'reject_extension', reason: 'x' }, ctxFor(AGENT))).toMatchObject({ code: 'NO_PENDING_EXTENSION' });
  });

  it('throws when the use-case forgot the calendar (a programming error, not a user error)', () => {
    const order = requestDays(orderIn('in_progress'), 3);
    expect(() => transition(order, { type: 'approve_extension' }, { actorRole: 'hotline_agent', now: START })).toThrow(TypeError);
  });
});

describe('suspend 挂起 / resume 恢复', () => {
  it('needs a reason, stops the timers and tells the unit and the caller', () => {
    const order = orderIn('in_progress');
    expect(transition(order, { type: 'suspend', reason: ' ' }, ctxFor(AGENT))).toMatchObject({ code: 'REASON_REQUIRED' });
    const result = transition(order, { type: 'suspend', reason: '等待司法鉴定' }, ctxFor(SUPERVISOR, sh('2025-09-30T15:00:00')));
    if (!result.ok) throw new Error(result.code);
    expect(result.next).toMatchObject({ state: 'suspended', suspendedAt: sh('2025-09-30T15:00:00') });
    expect(result.effects).toContainEqual({ kind: 'cancel_timers' });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'caller' }, topic: 'suspend' });
  });

  it('gives back exactly the office time spent suspended, across 国庆', () => {
    const suspended = apply(orderIn('in_progress'), { type: 'suspend', reason: '等待鉴定' }, AGENT, sh('2025-09-30T15:00:00'));
    const result = transition(suspended, { type: 'resume' }, ctxFor(AGENT, sh('2025-10-09T11:00:00')));
    if (!result.ok) throw new Error(result.code);
    // 3 h on 09-30 + 2 h on 10-09 (10-01..08 are off): due 10-17 18:00 → 10-20 14:00, warning 10-14 16:24 → 10-15 12:24
    expect(result.next.sla?.dueAt).toEqual(sh('2025-10-20T14:00:00'));
    expect(result.next.sla?.warnAt).toEqual(sh('2025-10-15T12:24:00'));
    expect(result.next).toMatchObject({ state: 'in_progress', suspendedAt: null });
    expect(result.effects).toContainEqual({ kind: 'schedule_timer', timer: 'warning', at: sh('2025-10-15T12:24:00') });
  });

  it('cannot launder an order that was already overdue', () => {
    const suspended = apply(orderIn('in_progress'), { type: 'suspend', reason: '等待' }, AGENT, sh('2025-10-20T10:00:00'));
    const resumed = apply(suspended, { type: 'resume' }, AGENT, sh('2025-10-24T10:00:00'));
    expect(resumed.sla).toEqual(suspended.sla);
  });

  it('is the hotline’s decision, not the unit’s', () => {
    expect(transition(orderIn('in_progress'), { type: 'suspend', reason: '等待' }, ctxFor(MAIN_UNIT))).toMatchObject({
      code: 'ROLE_NOT_ALLOWED',
    });
    expect(transition(orderIn('dispatched'), { type: 'suspend', reason: '等待' }, ctxFor(AGENT))).toMatchObject({
      code: 'ACTION_NOT_ALLOWED',
    });
  });
});

describe('urge 催办 / supervise 督办', () => {
  it('goes to whoever holds the order and counts', () => {
    const atUnit = transition(orderIn('dispatched'), { type: 'urge', note: '请尽快签收' }, ctxFor(AGENT));
    if (!atUnit.ok) throw new Error(atUnit.code);
    expect(atUnit.next.counters.urges).toBe(1);
    expect(atUnit.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: MAIN }, topic: 'urge' });
    const atHotline = transition(orderIn('returned'), { type: 'urge' }, ctxFor(SYSTEM));
    expect(atHotline.ok && atHotline.effects).toContainEqual({
      kind: 'notify',
      recipient: { kind: 'role', role: 'hotline_agent' },
      topic: 'urge',
    });
  });

  it('a 督办 raised by the overdue timer also reaches the supervisors', () => {
    const bySystem = transition(orderIn('in_progress'), { type: 'supervise' }, ctxFor(SYSTEM));
    if (!bySystem.ok) throw new Error(bySystem.code);
    expect(bySystem.next.counters.supervisions).toBe(1);
    expect(bySystem.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: MAIN }, topic: 'supervise' });
    expect(bySystem.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'role', role: 'supervisor' }, topic: 'supervise' });
    const bySupervisor = transition(orderIn('in_progress'), { type: 'supervise' }, ctxFor(SUPERVISOR));
    expect(bySupervisor.ok && bySupervisor.effects.filter((e) => e.kind === 'notify')).toHaveLength(1);
    expect(transition(orderIn('in_progress'), { type: 'supervise' }, ctxFor(AGENT))).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
  });
});
