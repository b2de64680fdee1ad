import { describe, expect, it } from 'vitest';
import { transition } from './state-machine.js';
import { AGENT, apply, CO, CO_UNIT, ctxFor, MAIN, MAIN_UNIT, newOrder, orderIn, OTHER, sh, START, SYSTEM } from './test-orders.js';

describe('dispatch 派单', () => {
  it('assigns the main unit and 协办 units and notifies each of them', () => {
    const result = transition(
      newOrder(),
      { type: 'dispatch', unitId: MAIN, coHandlerUnitIds: [CO], note: '按权责清单 R1' },
      ctxFor(SYSTEM),
    );
    if (!result.ok) throw new Error(result.code);
    expect(result.next).toMatchObject({ state: 'dispatched', assignedUnitId: MAIN, coHandlers: [{ unitId: CO, status: 'pending' }] });
    expect(result.next.timeline.at(-1)).toMatchObject({ note: '按权责清单 R1', details: { unitId: MAIN, coHandlerUnitIds: CO } });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: MAIN }, topic: 'dispatch' });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: CO }, topic: 'add_co_handler' });
  });

  it('needs a unit and refuses the main unit again as 协办', () => {
    expect(transition(newOrder(), { type: 'dispatch', unitId: ' ' }, ctxFor(AGENT))).toMatchObject({ code: 'UNIT_REQUIRED' });
    expect(transition(newOrder(), { type: 'dispatch', unitId: MAIN, coHandlerUnitIds: [MAIN] }, ctxFor(AGENT))).toMatchObject({
      code: 'ALREADY_HANDLING',
    });
    expect(transition(newOrder(), { type: 'dispatch', unitId: MAIN, coHandlerUnitIds: [CO, CO] }, ctxFor(AGENT))).toMatchObject({
      code: 'ALREADY_HANDLING',
    });
  });

  it('keeps the deadline that started at registration', () => {
    const registered = newOrder();
    const dispatched = apply(registered, { type: 'dispatch', unitId: MAIN }, AGENT, sh('2025-09-23T15:00:00'));
    expect(dispatched.sla).toEqual(registered.sla);
  });
});

describe('退单 review', () => {
  it('approve_return hands the order to another unit with a fresh deadline', () => {
    const returned = orderIn('returned');
    const later = sh('2025-09-26T10:00:00');
    const result = transition(returned, { type: 'approve_return', unitId: OTHER }, ctxFor(AGENT, later));
    if (!result.ok) throw new Error(result.code);
    expect(result.next).toMatchObject({ state: 'dispatched', assignedUnitId: OTHER, signedAt: null });
    expect(result.next.counters.reassigns).toBe(1);
    // 15 working days from Fri 2025-09-26 cross 国庆 (10-01..08 off, 09-28 and 10-11 worked).
    expect(result.next.sla?.dueAt).toEqual(sh('2025-10-23T18:00:00'));
    expect(result.effects).toContainEqual({ kind: 'schedule_timer', timer: 'overdue', at: sh('2025-10-23T18:00:00') });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: OTHER }, topic: 'dispatch' });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: MAIN }, topic: 'approve_return' });
    expect(result.next.timeline.at(-1)).toMatchObject({ internal: true, details: { unitId: OTHER, fromUnitId: MAIN } });
  });

  it('approve_return cannot send it back to the unit that returned it', () => {
    expect(transition(orderIn('returned'), { type: 'approve_return', unitId: MAIN }, ctxFor(AGENT))).toMatchObject({ code: 'SAME_UNIT' });
    expect(transition(orderIn('returned'), { type: 'approve_return', unitId: '' }, ctxFor(AGENT))).toMatchObject({ code: 'UNIT_REQUIRED' });
  });

  it('reject_return sends it back to the same unit, which must sign again, deadline unchanged', () => {
    const returned = orderIn('returned');
    expect(transition(returned, { type: 'reject_return', reason: ' ' }, ctxFor(AGENT))).toMatchObject({ code: 'REASON_REQUIRED' });
    const result = transition(returned, { type: 'reject_return', reason: '占道经营属城管职责' }, ctxFor(AGENT));
    if (!result.ok) throw new Error(result.code);
    expect(result.next).toMatchObject({ state: 'dispatched', assignedUnitId: MAIN, sla: returned.sla });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: MAIN }, topic: 'reject_return' });
  });
});

describe('reassign 改派', () => {
  it('needs a reason and another unit', () => {
    const order = orderIn('in_progress');
    expect(transition(order, { type: 'reassign', unitId: OTHER, reason: '' }, ctxFor(AGENT))).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(transition(order, { type: 'reassign', unitId: MAIN, reason: '派错' }, ctxFor(AGENT))).toMatchObject({ code: 'SAME_UNIT' });
  });

  it('withdraws a signed order, drops its pending 延期 and tells the old unit', () => {
    const order = apply(orderIn('in_progress'), { type: 'request_extension', days: 2, reason: '需勘查' }, MAIN_UNIT);
    const result = transition(order, { type: 'reassign', unitId: OTHER, reason: '派错单位' }, ctxFor(AGENT));
    if (!result.ok) throw new Error(result.code);
    expect(result.next).toMatchObject({ state: 'dispatched', assignedUnitId: OTHER, signedAt: null, pendingExtension: null });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: MAIN }, topic: 'reassign' });
  });

  it('promotes a 协办 unit to main and removes its part', () => {
    const order = apply(orderIn('dispatched'), { type: 'add_co_handler', unitId: CO }, AGENT);
    const next = apply(order, { type: 'reassign', unitId: CO, reason: '应由市场监管局主办' }, AGENT);
    expect(next).toMatchObject({ assignedUnitId: CO, coHandlers: [] });
  });
});

describe('add_co_handler 协办', () => {
  it('adds a pending part once', () => {
    const order = apply(orderIn('in_progress'), { type: 'add_co_handler', unitId: CO }, AGENT);
    expect(order.coHandlers).toEqual([{ unitId: CO, status: 'pending', reply: null }]);
    expect(transition(order, { type: 'add_co_handler', unitId: CO }, ctxFor(AGENT))).toMatchObject({ code: 'ALREADY_HANDLING' });
    expect(transition(order, { type: 'add_co_handler', unitId: MAIN }, ctxFor(AGENT))).toMatchObject({ code: 'ALREADY_HANDLING' });
    expect(transition(order, { type: 'add_co_handler', unitId: '' }, ctxFor(AGENT))).toMatchObject({ code: 'UNIT_REQUIRED' });
    expect(transition(order, { type: 'add_co_handler', unitId: OTHER }, ctxFor(CO_UNIT))).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
  });
});

describe('answer_directly 直接答复', () => {
  it('must cite a knowledge-base article', () => {
    expect(transition(newOrder(), { type: 'answer_directly', articleId: ' ' }, ctxFor(AGENT))).toMatchObject({
      ok: false,
      code: 'ARTICLE_REQUIRED',
    });
  });

  it('stores the citation, stops the timers and tells the caller', () => {
    const result = transition(
      newOrder('consultation'),
      { type: 'answer_directly', articleId: 'kb-7', answer: '社保卡补办流程…' },
      ctxFor(AGENT),
    );
    if (!result.ok) throw new Error(result.code);
    expect(result.next.reply).toEqual({ content: '社保卡补办流程…', unitId: null, articleId: 'kb-7', at: START });
    expect(result.effects).toContainEqual({ kind: 'cancel_timers' });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'caller' }, topic: 'answer_directly' });
  });

  it('keeps the cited title and version on the public timeline line, so a later edit cannot change what was said', () => {
    const citation = { title: '社会保障卡补领办理指南', version: 3 };
    const result = transition(newOrder('consultation'), { type: 'answer_directly', articleId: 'kb-7', citation }, ctxFor(AGENT));
    if (!result.ok) throw new Error(result.code);
    expect(result.next.timeline.at(-1)).toMatchObject({
      action: 'answer_directly',
      details: { articleId: 'kb-7', articleTitle: '社会保障卡补领办理指南', articleVersion: 3 },
    });
    expect(result.next.timeline.at(-1)?.internal).toBeUndefined();
  });
});

describe('merge 合并', () => {
  it('folds a duplicate into another order, never into itself', () => {
    expect(transition(newOrder(), { type: 'merge', intoOrderId: 'order-1' }, ctxFor(AGENT))).toMatchObject({
      code: 'INVALID_MERGE_TARGET',
    });
    expect(transition(newOrder(), { type: 'merge', intoOrderId: '' }, ctxFor(AGENT))).toMatchObject({ code: 'INVALID_MERGE_TARGET' });
    const merged = apply(newOrder(), { type: 'merge', intoOrderId: 'order-9' }, AGENT);
    expect(merged).toMatchObject({ state: 'merged', mergedInto: 'order-9' });
    expect(merged.timeline.at(-1)?.details).toEqual({ intoOrderId: 'order-9' });
  });

  it('withdraws a dispatched duplicate from its units before they sign, and not after', () => {
    const dispatched = apply(orderIn('dispatched'), { type: 'add_co_handler', unitId: CO }, AGENT);
    const r = transition(dispatched, { type: 'merge', intoOrderId: 'order-9' }, ctxFor(AGENT));
    if (!r.ok) throw new Error(r.message);
    expect(r.next.state).toBe('merged');
    expect(r.effects).toContainEqual({ kind: 'cancel_timers' });
    for (const unitId of [MAIN, CO])
      expect(r.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId }, topic: 'merge' });
    const signed = transition(orderIn('in_progress'), { type: 'merge', intoOrderId: 'order-9' }, ctxFor(AGENT));
    expect(signed).toMatchObject({ ok: false, code: 'ACTION_NOT_ALLOWED' });
  });
});
