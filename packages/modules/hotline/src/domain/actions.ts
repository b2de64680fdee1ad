import type { ActionType, ActorRole, ReviewOutcome, Satisfaction } from './order-types.js';

/**
 * Action payloads. Free text (reasons, replies) is checked by the state machine after trimming,
 * because an API schema can require a string but not a meaningful one.
 */
export type Action =
  | { type: 'dispatch'; unitId: string; coHandlerUnitIds?: readonly string[]; note?: string }
  | { type: 'sign' }
  | { type: 'return'; reason: string }
  /** 退单 accepted: 改派 to another unit at once, with a fresh deadline. */
  | { type: 'approve_return'; unitId: string; note?: string }
  /** 退单 rejected: back to the same unit, which must sign again; the deadline keeps running. */
  | { type: 'reject_return'; reason: string }
  | { type: 'reassign'; unitId: string; reason: string }
  | { type: 'add_co_handler'; unitId: string; note?: string }
  | { type: 'request_extension'; days: number; reason: string }
  /** `days` may grant less than requested; omitted grants the request. */
  | { type: 'approve_extension'; days?: number; note?: string }
  | { type: 'reject_extension'; reason: string }
  | { type: 'reply'; content: string }
  | { type: 'review'; outcome: ReviewOutcome; note?: string }
  | { type: 'callback'; result: Satisfaction; note?: string }
  | { type: 'close'; reason?: string }
  | { type: 'suspend'; reason: string }
  | { type: 'resume'; note?: string }
  | { type: 'urge'; note?: string }
  | { type: 'supervise'; note?: string }
  /** `citation` is the cited article as the knowledge base holds it now; the timeline keeps it. */
  | { type: 'answer_directly'; articleId: string; answer?: string; citation?: { title: string; version: number } }
  | { type: 'merge'; intoOrderId: string }
  | { type: 'reopen'; reason: string };

export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

/**
 * Who may take each action. Units act on their own orders only (checked per action); 挂起 and
 * 延期 decisions stay with the hotline so a unit cannot stop its own clock.
 */
export const ACTION_ROLES: Readonly<Record<ActionType, readonly ActorRole[]>> = {
  dispatch: ['hotline_agent', 'system'],
  sign: ['handling_unit'],
  return: ['handling_unit'],
  approve_return: ['hotline_agent'],
  reject_return: ['hotline_agent'],
  reassign: ['hotline_agent', 'supervisor'],
  add_co_handler: ['hotline_agent', 'supervisor'],
  request_extension: ['handling_unit'],
  approve_extension: ['hotline_agent', 'supervisor'],
  reject_extension: ['hotline_agent', 'supervisor'],
  reply: ['handling_unit'],
  review: ['hotline_agent'],
  callback: ['hotline_agent'],
  close: ['hotline_agent'],
  suspend: ['hotline_agent', 'supervisor'],
  resume: ['hotline_agent', 'supervisor'],
  urge: ['hotline_agent', 'supervisor', 'system'],
  supervise: ['supervisor', 'system'],
  answer_directly: ['hotline_agent'],
  merge: ['hotline_agent'],
  reopen: ['supervisor'],
};

/**
 * Timeline lines hidden from the caller and Open311 updates: internal negotiation between the
 * hotline and units. Dispatch, replies, suspension and closing are what a caller may follow.
 */
export const INTERNAL_ACTIONS: ReadonlySet<ActionType> = new Set<ActionType>([
  'return',
  'approve_return',
  'reject_return',
  'add_co_handler',
  'request_extension',
  'approve_extension',
  'reject_extension',
  'review',
  'urge',
  'supervise',
]);
