import { describe, expect, it } from 'vitest';
import { transition } from './state-machine.js';
import { AGENT, apply, CO, CO_UNIT, ctxFor, MAIN, MAIN_UNIT, orderIn, OTHER_UNIT, START } from './test-orders.js';

const withCo = (state: 'dispatched' | 'in_progress') => apply(orderIn(state), { type: 'add_co_handler', unitId: CO }, AGENT);

describe('sign 签收', () => {
  it('only the assigned unit starts handling', () => {
    const order = orderIn('dispatched');
    expect(transition(order, { type: 'sign' }, ctxFor(OTHER_UNIT))).toMatchObject({ code: 'NOT_ASSIGNED_UNIT' });
    expect(transition(order, { type: 'sign' }, { actorRole: 'handling_unit', now: START })).toMatchObject({ code: 'NOT_ASSIGNED_UNIT' });
    const signed = apply(order, { type: 'sign' }, MAIN_UNIT);
    expect(signed).toMatchObject({ state: 'in_progress', signedAt: START });
  });

  it('a 协办 unit signs its part once; the main unit cannot sign twice', () => {
    const order = withCo('in_progress');
    const coSigned = apply(order, { type: 'sign' }, CO_UNIT);
    expect(coSigned.coHandlers).toEqual([{ unitId: CO, status: 'signed', reply: null }]);
    expect(coSigned.state).toBe('in_progress');
    expect(transition(coSigned, { type: 'sign' }, ctxFor(CO_UNIT))).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
    expect(transition(coSigned, { type: 'sign' }, ctxFor(MAIN_UNIT))).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
  });
});

describe('return 退单', () => {
  it('needs a reason that is more than whitespace', () => {
    expect(transition(orderIn('dispatched'), { type: 'return', reason: ' \n ' }, ctxFor(MAIN_UNIT))).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
  });

  it('is for the main unit only, and goes to the hotline for review', () => {
    const order = withCo('dispatched');
    expect(transition(order, { type: 'return', reason: '非本单位' }, ctxFor(CO_UNIT))).toMatchObject({ code: 'NOT_ASSIGNED_UNIT' });
    const result = transition(order, { type: 'return', reason: '非本单位职责' }, ctxFor(MAIN_UNIT));
    if (!result.ok) throw new Error(result.code);
    expect(result.next).toMatchObject({ state: 'returned', assignedUnitId: MAIN, counters: { returns: 1 } });
    expect(result.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'role', role: 'hotline_agent' }, topic: 'return' });
  });

  it('is not possible once signed: signing accepts the order', () => {
    expect(transition(orderIn('in_progress'), { type: 'return', reason: '非本单位' }, ctxFor(MAIN_UNIT))).toMatchObject({
      code: 'ACTION_NOT_ALLOWED',
    });
  });
});

describe('request_extension 延期申请', () => {
  const ask = (days: number) => ({ type: 'request_extension' as const, days, reason: '需要协调多部门' });

  it('records one pending request of 1..maxExtensionDays working days', () => {
    const order = orderIn('in_progress');
    expect(transition(order, ask(0), ctxFor(MAIN_UNIT))).toMatchObject({ code: 'INVALID_EXTENSION' });
    expect(transition(order, ask(11), ctxFor(MAIN_UNIT))).toMatchObject({ code: 'INVALID_EXTENSION' });
    expect(transition(order, ask(2.5), ctxFor(MAIN_UNIT))).toMatchObject({ code: 'INVALID_EXTENSION' });
    expect(transition(order, { ...ask(3), reason: '' }, ctxFor(MAIN_UNIT))).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(transition(order, ask(3), ctxFor(CO_UNIT))).toMatchObject({ code: 'NOT_ASSIGNED_UNIT' });
    const pending = apply(order, ask(3), MAIN_UNIT);
    expect(pending.pendingExtension).toEqual({ unitId: MAIN, days: 3, reason: '需要协调多部门', requestedAt: START });
    expect(pending.sla).toEqual(order.sla);
    expect(transition(pending, ask(2), ctxFor(MAIN_UNIT))).toMatchObject({ code: 'EXTENSION_PENDING' });
  });

  it('stops after maxExtensions granted extensions', () => {
    let order = orderIn('in_progress');
    for (let i = 0; i < 2; i++) {
      order = apply(apply(order, ask(1), MAIN_UNIT), { type: 'approve_extension' }, AGENT);
    }
    expect(order.extensionsGranted).toBe(2);
    expect(transition(order, ask(1), ctxFor(MAIN_UNIT))).toMatchObject({ code: 'INVALID_EXTENSION' });
  });

  it('is meaningless for an order without a deadline (表扬)', () => {
    expect(transition(orderIn('in_progress', 'praise'), ask(1), ctxFor(MAIN_UNIT))).toMatchObject({ code: 'INVALID_EXTENSION' });
  });
});

describe('reply 答复', () => {
  it('needs content and the main unit', () => {
    const order = orderIn('in_progress');
    expect(transition(order, { type: 'reply', content: '  ' }, ctxFor(MAIN_UNIT))).toMatchObject({ code: 'CONTENT_REQUIRED' });
    expect(transition(order, { type: 'reply', content: '已处理' }, ctxFor(OTHER_UNIT))).toMatchObject({ code: 'NOT_ASSIGNED_UNIT' });
  });

  it('waits for every 协办 part, which must be signed before it is answered', () => {
    const order = withCo('in_progress');
    expect(transition(order, { type: 'reply', content: '已处理' }, ctxFor(MAIN_UNIT))).toMatchObject({ code: 'CO_HANDLERS_PENDING' });
    expect(transition(order, { type: 'reply', content: '协办意见' }, ctxFor(CO_UNIT))).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });

    const coSigned = apply(order, { type: 'sign' }, CO_UNIT);
    expect(transition(coSigned, { type: 'reply', content: '' }, ctxFor(CO_UNIT))).toMatchObject({ code: 'CONTENT_REQUIRED' });
    const coReplied = transition(coSigned, { type: 'reply', content: '已核查证照' }, ctxFor(CO_UNIT));
    if (!coReplied.ok) throw new Error(coReplied.code);
    expect(coReplied.next.coHandlers).toEqual([{ unitId: CO, status: 'replied', reply: '已核查证照' }]);
    expect(coReplied.next.timeline.at(-1)).toMatchObject({ action: 'reply', internal: true }); // a part, not the answer
    expect(coReplied.effects).toContainEqual({ kind: 'notify', recipient: { kind: 'unit', unitId: MAIN }, topic: 'reply' });
    expect(transition(coReplied.next, { type: 'reply', content: '再答' }, ctxFor(CO_UNIT))).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });

    const replied = apply(coReplied.next, { type: 'reply', content: '综合答复' }, MAIN_UNIT);
    expect(replied).toMatchObject({ state: 'replied', reply: { content: '综合答复', unitId: MAIN, articleId: null } });
    expect(replied.timeline.at(-1)).not.toHaveProperty('internal');
  });

  it('drops a pending 延期 request that no longer matters', () => {
    const pending = apply(orderIn('in_progress'), { type: 'request_extension', days: 2, reason: '勘查' }, MAIN_UNIT);
    expect(apply(pending, { type: 'reply', content: '已处理' }, MAIN_UNIT).pendingExtension).toBeNull();
  });
});
