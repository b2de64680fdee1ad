import { describe, expect, it } from 'vitest';
import { transition } from './state-machine.js';
import type { OrderSnapshot } from './order.js';
import { AGENT, apply, ctxFor, MAIN, MAIN_UNIT, newOrder, orderIn, sh, START, SUPERVISOR } from './test-orders.js';

const unsatisfied = { type: 'callback' as const, result: 'unsatisfied' as const, note: '路灯仍然不亮' };

/** One 重办 round: back to the same unit, signed, answered, accepted. */
function redo(o: OrderSnapshot): OrderSnapshot {
  const dispatched = apply(o, { type: 'dispatch', unitId: o.assignedUnitId ?? MAIN }, AGENT);
  const replied = apply(apply(dispatched, { type: 'sign' }, MAIN_UNIT), { type: 'reply', content: '已再次维修' }, MAIN_UNIT);
  return apply(replied, { type: 'review', outcome: 'accept' }, AGENT);
}

describe('review 审核', () => {
  it('accepting stops the deadline timers: the unit has answered', () => {
    const result = transition(orderIn('replied'), { type: 'review', outcome: 'accept' }, ctxFor(AGENT));
    expect(result.ok && result.effects).toContainEqual({ kind: 'cancel_timers' });
  });

  it('sending back needs a reason, clears the answer and tells the unit', () => {
    const order = orderIn('replied');
    expect(transition(order, { type: 'review', outcome: 'send_back' }, ctxFor(AGENT))).toMatchObject({ code: 'REASON_REQUIRED' });
    const result = transition(order, { type: 'review', outcome: 'send_back', note: '未答复赔偿诉求' }, ctxFor(AGENT));
    if (!result.ok) throw new Error(result.code);
    expect(result.next).toMatchObject({ state: 'in_progress', reply: null, sla: order.sla });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: MAIN }, topic: 'review' });
    expect(apply(result.next, { type: 'reply', content: '补充答复' }, MAIN_UNIT).state).toBe('replied');
  });
});

describe('callback 回访', () => {
  it('satisfied or basically satisfied closes the order with the result', () => {
    const closed = apply(orderIn('reviewed'), { type: 'callback', result: 'basically_satisfied' }, AGENT);
    expect(closed).toMatchObject({ state: 'closed', satisfaction: 'basically_satisfied', closedAt: START });
    expect(closed.timeline.at(-1)?.details).toEqual({ result: 'basically_satisfied' });
  });

  it('unsatisfied needs the caller’s words and reopens (重办) with a fresh deadline', () => {
    const order = orderIn('reviewed');
    expect(transition(order, { type: 'callback', result: 'unsatisfied' }, ctxFor(AGENT))).toMatchObject({ code: 'REASON_REQUIRED' });
    const at = sh('2025-09-29T16:00:00');
    const result = transition(order, unsatisfied, ctxFor(AGENT, at));
    if (!result.ok) throw new Error(result.code);
    expect(result.next).toMatchObject({
      state: 'reopened',
      satisfaction: 'unsatisfied',
      assignedUnitId: MAIN,
      reply: null,
      signedAt: null,
      counters: { reopens: 1 },
    });
    // 投诉 15 working days from Mon 2025-09-29: 09-30, then 10-09 … → Mon 10-27
    expect(result.next.sla).toMatchObject({ startAt: at, dueAt: sh('2025-10-27T18:00:00') });
    expect(result.effects).toContainEqual({ kind: 'schedule_timer', timer: 'overdue', at: sh('2025-10-27T18:00:00') });
    expect(result.effects).not.toContainEqual(expect.objectContaining({ topic: 'repeat_reopen' }));
  });

  it('counts 重办 rounds and escalates to supervisors from the second one', () => {
    const round1 = apply(orderIn('reviewed'), unsatisfied, AGENT);
    const result = transition(redo(round1), unsatisfied, ctxFor(AGENT));
    if (!result.ok) throw new Error(result.code);
    expect(result.next.counters.reopens).toBe(2);
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'role', role: 'supervisor' }, topic: 'repeat_reopen' });
    const closed = apply(redo(result.next), { type: 'callback', result: 'satisfied' }, AGENT);
    expect(closed).toMatchObject({ state: 'closed', satisfaction: 'satisfied', counters: { reopens: 2 } });
  });

  it('a direct answer can be called back and reopened too', () => {
    const reopened = apply(orderIn('answered_directly'), unsatisfied, AGENT);
    expect(reopened).toMatchObject({ state: 'reopened', assignedUnitId: null, reply: null });
    expect(apply(reopened, { type: 'dispatch', unitId: MAIN }, AGENT).state).toBe('dispatched');
  });
});

describe('close 办结', () => {
  it('needs a reason except after a direct answer', () => {
    expect(transition(newOrder('praise'), { type: 'close' }, ctxFor(AGENT))).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(transition(orderIn('reviewed'), { type: 'close', reason: ' ' }, ctxFor(AGENT))).toMatchObject({ code: 'REASON_REQUIRED' });
    const result = transition(orderIn('answered_directly'), { type: 'close' }, ctxFor(AGENT));
    if (!result.ok) throw new Error(result.code);
    expect(result.next).toMatchObject({ state: 'closed', closedAt: START });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'caller' }, topic: 'close' });
  });

  it('表扬 has no deadline and is closed once passed on', () => {
    const praise = newOrder('praise');
    expect(praise.sla).toBeNull();
    expect(apply(praise, { type: 'close', reason: '已转达被表扬单位' }, AGENT).state).toBe('closed');
  });
});

describe('reopen 重启 (closed is terminal but for this)', () => {
  const closed = orderIn('closed');
  const days = (n: number) => new Date(START.getTime() + n * 86_400_000);

  it('is for supervisors, with a reason, within the window', () => {
    expect(transition(closed, { type: 'reopen', reason: '再次投诉' }, ctxFor(AGENT))).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
    expect(transition(closed, { type: 'reopen', reason: '' }, ctxFor(SUPERVISOR))).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(transition(closed, { type: 'reopen', reason: '再次投诉' }, ctxFor(SUPERVISOR, days(30)))).toMatchObject({ ok: true });
    expect(transition(closed, { type: 'reopen', reason: '再次投诉' }, ctxFor(SUPERVISOR, days(30.01)))).toMatchObject({
      code: 'REOPEN_WINDOW_PASSED',
    });
    const shortWindow = { ...ctxFor(SUPERVISOR, days(8)), workflow: { reopenWindowDays: 7, escalateAfterReopens: 2 } };
    expect(transition(closed, { type: 'reopen', reason: '再次投诉' }, shortWindow)).toMatchObject({ code: 'REOPEN_WINDOW_PASSED' });
  });

  it('clears the closing and starts a new round with a fresh deadline', () => {
    const at = sh('2025-10-09T09:00:00');
    const reopened = apply(closed, { type: 'reopen', reason: '督查发现问题反弹' }, SUPERVISOR, at);
    expect(reopened).toMatchObject({ state: 'reopened', closedAt: null, satisfaction: null, counters: { reopens: 1 } });
    expect(reopened.sla?.startAt).toEqual(at);
  });

  it('a merged order never moves again', () => {
    const merged = orderIn('merged');
    expect(transition(merged, { type: 'reopen', reason: 'x' }, ctxFor(SUPERVISOR))).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
  });
});
