import { describe, expect, it } from 'vitest';
import { ACTION_ROLES } from './actions.js';
import { ORDER_EVENTS } from './effects.js';
import type { OrderSnapshot } from './order.js';
import { ACTION_TYPES, ACTOR_ROLES, ORDER_STATES, type ActionType, type OrderState } from './order-types.js';
import { ALLOWED_ACTIONS, availableActions, transition } from './state-machine.js';
import type { Action } from './actions.js';
import {
  AGENT,
  apply,
  CO,
  CO_UNIT,
  ctxFor,
  MAIN,
  MAIN_UNIT,
  orderIn,
  SAMPLE_ACTIONS,
  START,
  SUPERVISOR,
  SYSTEM,
  type Who,
} from './test-orders.js';

interface Case {
  state: OrderState;
  action: Action;
  who: Who;
  to: OrderState;
  /** Extra set-up on top of the plain order in `state` (a 协办 unit, a pending 延期). */
  prepare?: (o: OrderSnapshot) => OrderSnapshot;
  label?: string;
}

const withCo = (o: OrderSnapshot): OrderSnapshot => apply(o, { type: 'add_co_handler', unitId: CO }, AGENT);
const withSignedCo = (o: OrderSnapshot): OrderSnapshot => apply(withCo(o), { type: 'sign' }, CO_UNIT);
const withExtension = (o: OrderSnapshot): OrderSnapshot =>
  apply(o, { type: 'request_extension', days: 3, reason: '需要现场勘查' }, MAIN_UNIT);
const S = SAMPLE_ACTIONS;

/** Every allowed (state, action) pair with the state it must lead to; a test checks it matches ALLOWED_ACTIONS. */
const ALLOWED_CASES: Case[] = [
  { state: 'registered', action: S.dispatch, who: AGENT, to: 'dispatched' },
  { state: 'registered', action: S.answer_directly, who: AGENT, to: 'answered_directly' },
  { state: 'registered', action: S.merge, who: AGENT, to: 'merged' },
  { state: 'registered', action: S.close, who: AGENT, to: 'closed' },
  { state: 'registered', action: S.urge, who: SYSTEM, to: 'registered' },
  { state: 'registered', action: S.supervise, who: SUPERVISOR, to: 'registered' },
  { state: 'answered_directly', action: S.callback, who: AGENT, to: 'closed' },
  {
    state: 'answered_directly',
    action: { type: 'callback', result: 'unsatisfied', note: '答复未解决问题' },
    who: AGENT,
    to: 'reopened',
    label: 'unsatisfied',
  },
  { state: 'answered_directly', action: { type: 'close' }, who: AGENT, to: 'closed' },
  { state: 'dispatched', action: S.sign, who: MAIN_UNIT, to: 'in_progress' },
  { state: 'dispatched', action: S.sign, who: CO_UNIT, to: 'dispatched', prepare: withCo, label: '协办 part' },
  { state: 'dispatched', action: S.return, who: MAIN_UNIT, to: 'returned' },
  { state: 'dispatched', action: S.reassign, who: AGENT, to: 'dispatched' },
  { state: 'dispatched', action: S.add_co_handler, who: AGENT, to: 'dispatched' },
  { state: 'dispatched', action: S.merge, who: AGENT, to: 'merged' },
  { state: 'dispatched', action: S.urge, who: AGENT, to: 'dispatched' },
  { state: 'dispatched', action: S.supervise, who: SYSTEM, to: 'dispatched' },
  { state: 'returned', action: S.approve_return, who: AGENT, to: 'dispatched' },
  { state: 'returned', action: S.reject_return, who: AGENT, to: 'dispatched' },
  { state: 'returned', action: S.urge, who: SUPERVISOR, to: 'returned' },
  { state: 'returned', action: S.supervise, who: SUPERVISOR, to: 'returned' },
  { state: 'in_progress', action: S.sign, who: CO_UNIT, to: 'in_progress', prepare: withCo, label: '协办 part' },
  { state: 'in_progress', action: S.reply, who: MAIN_UNIT, to: 'replied' },
  { state: 'in_progress', action: S.reply, who: CO_UNIT, to: 'in_progress', prepare: withSignedCo, label: '协办 part' },
  { state: 'in_progress', action: S.reassign, who: SUPERVISOR, to: 'dispatched' },
  { state: 'in_progress', action: S.add_co_handler, who: AGENT, to: 'in_progress' },
  { state: 'in_progress', action: S.request_extension, who: MAIN_UNIT, to: 'in_progress' },
  { state: 'in_progress', action: S.approve_extension, who: AGENT, to: 'in_progress', prepare: withExtension },
  { state: 'in_progress', action: S.reject_extension, who: SUPERVISOR, to: 'in_progress', prepare: withExtension },
  { state: 'in_progress', action: S.suspend, who: AGENT, to: 'suspended' },
  { state: 'in_progress', action: S.urge, who: AGENT, to: 'in_progress' },
  { state: 'in_progress', action: S.supervise, who: SUPERVISOR, to: 'in_progress' },
  { state: 'suspended', action: S.resume, who: AGENT, to: 'in_progress' },
  { state: 'suspended', action: S.supervise, who: SUPERVISOR, to: 'suspended' },
  { state: 'replied', action: S.review, who: AGENT, to: 'reviewed' },
  {
    state: 'replied',
    action: { type: 'review', outcome: 'send_back', note: '答复未回应诉求' },
    who: AGENT,
    to: 'in_progress',
    label: 'send back',
  },
  { state: 'replied', action: S.urge, who: SYSTEM, to: 'replied' },
  { state: 'replied', action: S.supervise, who: SYSTEM, to: 'replied' },
  { state: 'reviewed', action: S.callback, who: AGENT, to: 'closed' },
  { state: 'reviewed', action: { type: 'callback', result: 'basically_satisfied' }, who: AGENT, to: 'closed', label: 'basically' },
  {
    state: 'reviewed',
    action: { type: 'callback', result: 'unsatisfied', note: '问题仍未解决' },
    who: AGENT,
    to: 'reopened',
    label: 'unsatisfied → 重办',
  },
  { state: 'reviewed', action: S.close, who: AGENT, to: 'closed' },
  { state: 'closed', action: S.reopen, who: SUPERVISOR, to: 'reopened' },
  { state: 'reopened', action: S.dispatch, who: AGENT, to: 'dispatched' },
  { state: 'reopened', action: S.answer_directly, who: AGENT, to: 'answered_directly' },
  { state: 'reopened', action: S.urge, who: SYSTEM, to: 'reopened' },
  { state: 'reopened', action: S.supervise, who: SYSTEM, to: 'reopened' },
];

const pairKey = (state: OrderState, action: ActionType): string => `${state} × ${action}`;
const allowedPairs = new Set(ORDER_STATES.flatMap((s) => ALLOWED_ACTIONS[s].map((a) => pairKey(s, a))));
const FORBIDDEN = ORDER_STATES.flatMap((state) =>
  ACTION_TYPES.filter((a) => !allowedPairs.has(pairKey(state, a))).map((a) => ({ state, a })),
);

describe('the transition table', () => {
  it('has a success case for every allowed pair and no case for a forbidden one', () => {
    expect(new Set(ALLOWED_CASES.map((c) => pairKey(c.state, c.action.type)))).toEqual(allowedPairs);
  });

  it('lists each allowed action once per state, and only known actions', () => {
    for (const state of ORDER_STATES) {
      const listed = ALLOWED_ACTIONS[state];
      expect(new Set(listed).size).toBe(listed.length);
      for (const a of listed) expect(ACTION_TYPES).toContain(a);
    }
  });

  it.each(ALLOWED_CASES.map((c) => [`${c.state} ─${c.action.type}${c.label ? ` (${c.label})` : ''}→ ${c.to}`, c] as const))(
    '%s',
    (_name, c) => {
      const base = orderIn(c.state);
      const order = c.prepare ? c.prepare(base) : base;
      const frozen = structuredClone(order);
      const now = new Date(START.getTime() + 3_600_000);
      const result = transition(order, c.action, ctxFor(c.who, now));
      if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
      expect(result.next.state).toBe(c.to);
      expect(order).toEqual(frozen);
      expect(result.next.timeline).toHaveLength(order.timeline.length + 1);
      expect(result.next.timeline.at(-1)).toMatchObject({
        at: now,
        action: c.action.type,
        from: c.state,
        to: c.to,
        actor: { role: c.who.role },
      });
      expect(result.effects.at(-1)).toMatchObject({
        kind: 'emit_event',
        name: ORDER_EVENTS[c.action.type],
        payload: { orderId: order.id, from: c.state, to: c.to, at: now.toISOString() },
      });
    },
  );

  it.each(FORBIDDEN.map(({ state, a }) => [pairKey(state, a), state, a] as const))(
    '%s is ACTION_NOT_ALLOWED for every role',
    (_n, state, a) => {
      const order = orderIn(state);
      for (const role of ACTOR_ROLES) {
        const result = transition(order, SAMPLE_ACTIONS[a], ctxFor({ role, unitId: MAIN }));
        expect(result).toMatchObject({ ok: false, code: 'ACTION_NOT_ALLOWED' });
      }
    },
  );
});

describe('transition guards', () => {
  it('refuses roles that do not own the action, before reading the payload', () => {
    const order = orderIn('in_progress');
    expect(transition(order, S.suspend, ctxFor(MAIN_UNIT))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    expect(transition(orderIn('replied'), S.review, ctxFor(MAIN_UNIT))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    expect(transition(orderIn('registered'), S.dispatch, ctxFor(MAIN_UNIT))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    expect(transition(orderIn('closed'), S.reopen, ctxFor(AGENT))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
  });

  it('refuses a snapshot in a state it does not know (bad row) instead of crashing', () => {
    const order = { ...orderIn('registered'), state: 'lost' as OrderState };
    expect(transition(order, S.dispatch, ctxFor(AGENT))).toMatchObject({ ok: false, code: 'ACTION_NOT_ALLOWED' });
  });

  it('marks internal negotiation on the timeline and keeps public steps visible', () => {
    const returned = orderIn('returned');
    expect(returned.timeline.at(-1)).toMatchObject({ action: 'return', internal: true, note: '不属于本单位职责' });
    expect(orderIn('dispatched').timeline.at(-1)).not.toHaveProperty('internal');
    expect(orderIn('dispatched').timeline.at(-1)).toMatchObject({ actor: { role: 'hotline_agent' }, details: { unitId: MAIN } });
  });

  it('records the acting unit on the timeline and in the event', () => {
    const result = transition(orderIn('dispatched'), S.sign, ctxFor(MAIN_UNIT));
    expect(result.ok && result.next.timeline.at(-1)?.actor).toEqual({ role: 'handling_unit', unitId: MAIN });
    expect(result.ok && result.effects.at(-1)).toMatchObject({ payload: { actorUnitId: MAIN, assignedUnitId: MAIN } });
  });

  it('gives every action at least one role and a distinct event name', () => {
    for (const a of ACTION_TYPES) expect(ACTION_ROLES[a].length).toBeGreaterThan(0);
    expect(new Set(Object.values(ORDER_EVENTS)).size).toBe(ACTION_TYPES.length + 1);
  });
});

describe('availableActions', () => {
  it('offers each actor only what it could do now', () => {
    const order = withCo(orderIn('in_progress'));
    expect(availableActions(order, MAIN_UNIT)).toEqual(['sign', 'reply', 'request_extension']);
    expect(availableActions(order, CO_UNIT)).toEqual(['sign', 'reply', 'request_extension']);
    expect(availableActions(order, { role: 'handling_unit', unitId: 'someone-else' })).toEqual([]);
    expect(availableActions(order, AGENT)).toEqual([
      'reassign',
      'add_co_handler',
      'approve_extension',
      'reject_extension',
      'suspend',
      'urge',
    ]);
    expect(availableActions(orderIn('merged'), SUPERVISOR)).toEqual([]);
    expect(availableActions(orderIn('closed'), SUPERVISOR)).toEqual(['reopen']);
  });
});
