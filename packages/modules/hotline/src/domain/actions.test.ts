import { describe, expect, it } from 'vitest';
import { ACTION_ROLES, INTERNAL_ACTIONS } from './actions.js';
import { ACTION_TYPES, ACTOR_ROLES } from './order-types.js';

describe('action roles', () => {
  it('names only known roles and gives every action someone to take it', () => {
    for (const action of ACTION_TYPES) {
      expect(ACTION_ROLES[action].length).toBeGreaterThan(0);
      for (const role of ACTION_ROLES[action]) expect(ACTOR_ROLES).toContain(role);
    }
  });

  it('keeps the clock-stopping decisions away from handling units', () => {
    for (const action of ['suspend', 'resume', 'approve_extension', 'reject_extension', 'approve_return', 'close'] as const) {
      expect(ACTION_ROLES[action]).not.toContain('handling_unit');
    }
    expect(ACTION_ROLES.reopen).toEqual(['supervisor']);
  });

  it('shows callers their order’s public steps only', () => {
    for (const visible of ['dispatch', 'sign', 'reply', 'close', 'suspend', 'answer_directly'] as const) {
      expect(INTERNAL_ACTIONS.has(visible)).toBe(false);
    }
    expect(INTERNAL_ACTIONS.has('return')).toBe(true);
    expect(INTERNAL_ACTIONS.has('supervise')).toBe(true);
  });
});
