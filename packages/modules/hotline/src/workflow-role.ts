import { ACTION_ROLES, type ActionType, type ActorRole } from './domain/index.js';

const HOTLINE_ROLES = ['hotline_agent', 'supervisor', 'handling_unit'] as const;

/**
 * The workflow role a staff member acts in: the first of their roles the action accepts, else any
 * hotline role they hold (so the state machine answers ROLE_NOT_ALLOWED), else none.
 */
export function workflowRole(roles: readonly string[], type?: ActionType): ActorRole | null {
  const held = HOTLINE_ROLES.filter((r) => roles.includes(r));
  return (type ? held.find((r) => ACTION_ROLES[type].includes(r)) : undefined) ?? held[0] ?? null;
}
