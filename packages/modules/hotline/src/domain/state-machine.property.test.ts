import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from './actions.js';
import { createOrder, type OrderSnapshot } from './order.js';
import { ACTION_TYPES, ACTOR_ROLES, ORDER_STATES, ORDER_TYPES, URGENCIES, type ActorRole, type OrderState } from './order-types.js';
import { availableActions, transition } from './state-machine.js';
import { AGENT, calendar, CO, MAIN, OTHER, SAMPLE_ACTIONS, sh } from './test-orders.js';

// Payload variants beyond the samples: blank reasons, 回访 outcomes, review send-back, over-long 延期.
const VARIANTS: readonly Action[] = [
  ...Object.values(SAMPLE_ACTIONS),
  { type: 'return', reason: '  ' },
  { type: 'reply', content: '' },
  { type: 'review', outcome: 'send_back', note: '答复不完整' },
  { type: 'review', outcome: 'send_back' },
  { type: 'callback', result: 'unsatisfied', note: '仍未解决' },
  { type: 'callback', result: 'basically_satisfied' },
  { type: 'request_extension', days: 99, reason: '太久' },
  { type: 'approve_extension', days: 1 },
  { type: 'dispatch', unitId: OTHER, coHandlerUnitIds: [CO] },
  { type: 'approve_return', unitId: MAIN },
  { type: 'reopen', reason: '' },
  { type: 'merge', intoOrderId: 'order-1' },
];
const UNITS = [MAIN, OTHER, CO, undefined] as const;
const KNOWN_CODES = new Set([
  'ACTION_NOT_ALLOWED',
  'ROLE_NOT_ALLOWED',
  'NOT_ASSIGNED_UNIT',
  'REASON_REQUIRED',
  'CONTENT_REQUIRED',
  'ARTICLE_REQUIRED',
  'UNIT_REQUIRED',
  'SAME_UNIT',
  'ALREADY_HANDLING',
  'CO_HANDLERS_PENDING',
  'EXTENSION_PENDING',
  'NO_PENDING_EXTENSION',
  'INVALID_EXTENSION',
  'INVALID_MERGE_TARGET',
  'REOPEN_WINDOW_PASSED',
]);
const WITH_UNIT: readonly OrderState[] = ['dispatched', 'returned', 'in_progress', 'suspended', 'replied'];

interface StepInput {
  guided: boolean;
  pick: number;
  role: ActorRole;
  unit: (typeof UNITS)[number];
  minutes: number;
}

const stepArb: fc.Arbitrary<StepInput> = fc.record({
  guided: fc.boolean(),
  pick: fc.nat(),
  role: fc.constantFrom(...ACTOR_ROLES),
  unit: fc.constantFrom(...UNITS),
  minutes: fc.integer({ min: 0, max: 48 * 60 }),
});

const runArb = fc.record({
  type: fc.constantFrom(...ORDER_TYPES),
  urgency: fc.constantFrom(...URGENCIES),
  startMinutes: fc.integer({ min: 0, max: 150 * 24 * 60 }),
  steps: fc.array(stepArb, { minLength: 10, maxLength: 60 }),
});

/** The actions worth trying: mostly what the UI would offer, sometimes anything at all. */
function choose(order: OrderSnapshot, step: StepInput): Action {
  const offered = availableActions(order, { role: step.role, ...(step.unit === undefined ? {} : { unitId: step.unit }) });
  const pool = step.guided && offered.length > 0 ? VARIANTS.filter((v) => offered.includes(v.type)) : VARIANTS;
  return pool[step.pick % pool.length] ?? SAMPLE_ACTIONS.urge;
}

function checkInvariants(o: OrderSnapshot): void {
  expect(ORDER_STATES).toContain(o.state);
  if (WITH_UNIT.includes(o.state)) expect(o.assignedUnitId).not.toBeNull();
  expect(o.suspendedAt !== null).toBe(o.state === 'suspended');
  expect(o.closedAt !== null).toBe(o.state === 'closed');
  expect(o.mergedInto !== null).toBe(o.state === 'merged');
  if (o.state === 'answered_directly') expect(o.reply?.articleId).toBeTruthy();
  if (o.sla) expect(o.sla.dueAt.getTime()).toBeGreaterThan(o.sla.startAt.getTime());
  for (const part of o.coHandlers) expect(part.unitId).not.toBe(o.assignedUnitId);
}

describe('random action sequences', () => {
  it('never leave the known states, and closed or merged orders only move by the allowed path', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        let now = new Date(sh('2025-06-01T08:00:00').getTime() + run.startMinutes * 60_000);
        let order = createOrder({ id: 'order-1', type: run.type, urgency: run.urgency }, { actor: AGENT, now, calendar }).order;
        let successes = 0;
        for (const step of run.steps) {
          now = new Date(now.getTime() + step.minutes * 60_000);
          const action = choose(order, step);
          const ctx = { actorRole: step.role, now, calendar, ...(step.unit === undefined ? {} : { actorUnitId: step.unit }) };
          const result = transition(order, action, ctx);
          if (!result.ok) {
            expect(KNOWN_CODES).toContain(result.code);
            expect(result.message.length).toBeGreaterThan(0);
            continue;
          }
          if (order.state === 'merged') throw new Error('a merged order moved');
          if (order.state === 'closed') {
            expect([action.type, step.role, result.next.state]).toEqual(['reopen', 'supervisor', 'reopened']);
          }
          if (result.next.state === 'closed' && order.state !== 'closed') expect(result.next.closedAt).toEqual(now);
          order = result.next;
          successes += 1;
          checkInvariants(order);
        }
        expect(order.timeline).toHaveLength(1 + successes);
        expect(order.timeline.every((e, i) => i === 0 || e.from === order.timeline[i - 1]?.to)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches every state, so the property above is not vacuous', () => {
    const seen = new Set<OrderState>();
    const seenActions = new Set<string>();
    fc.assert(
      fc.property(runArb, (run) => {
        let now = sh('2025-06-02T09:00:00');
        let order = createOrder({ id: 'order-1', type: run.type, urgency: run.urgency }, { actor: AGENT, now, calendar }).order;
        for (const step of run.steps) {
          now = new Date(now.getTime() + step.minutes * 60_000);
          const result = transition(order, choose(order, { ...step, guided: true }), {
            actorRole: step.role,
            now,
            calendar,
            ...(step.unit === undefined ? {} : { actorUnitId: step.unit }),
          });
          if (result.ok) {
            order = result.next;
            seen.add(order.state);
            seenActions.add(order.timeline.at(-1)?.action ?? '');
          }
        }
      }),
      { numRuns: 400, seed: 4 },
    );
    expect([...seen].sort()).toEqual([...ORDER_STATES].sort());
    expect(ACTION_TYPES.filter((a) => !seenActions.has(a))).toEqual([]);
  });
});
