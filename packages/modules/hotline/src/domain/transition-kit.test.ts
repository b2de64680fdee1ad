import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICY } from './sla.js';
import { actingMainUnit, DEFAULT_WORKFLOW_POLICY, holderUnitId, makeEnv, meaningful } from './transition-kit.js';
import { calendar, ctxFor, MAIN, MAIN_UNIT, orderIn, OTHER_UNIT, START } from './test-orders.js';

describe('transition kit', () => {
  it('treats blank text as missing', () => {
    expect(meaningful('  退单理由 \n')).toBe('退单理由');
    expect(meaningful(' \t ')).toBeNull();
    expect(meaningful(undefined)).toBeNull();
    expect(meaningful(null)).toBeNull();
  });

  it('fills policy defaults and insists on a calendar only when asked for one', () => {
    const env = makeEnv({ actorRole: 'system', now: START });
    expect(env.sla).toBe(DEFAULT_SLA_POLICY);
    expect(env.workflow).toBe(DEFAULT_WORKFLOW_POLICY);
    expect(() => env.calendar()).toThrow(TypeError);
    expect(makeEnv(ctxFor(MAIN_UNIT)).calendar()).toBe(calendar);
  });

  it('recognises staff of the main unit only', () => {
    const order = orderIn('in_progress');
    expect(actingMainUnit(order, ctxFor(MAIN_UNIT))).toEqual({ unitId: MAIN });
    expect(actingMainUnit(order, ctxFor(OTHER_UNIT))).toMatchObject({ ok: false, code: 'NOT_ASSIGNED_UNIT' });
  });

  it('knows who holds an order: the unit while handling, the hotline otherwise', () => {
    expect(holderUnitId(orderIn('dispatched'))).toBe(MAIN);
    expect(holderUnitId(orderIn('suspended'))).toBe(MAIN);
    expect(holderUnitId(orderIn('returned'))).toBeNull();
    expect(holderUnitId(orderIn('replied'))).toBeNull();
  });
});
