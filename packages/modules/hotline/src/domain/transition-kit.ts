import type { WorkCalendar } from '@yiwang/platform';
import type { Effect } from './effects.js';
import type { OrderSnapshot } from './order.js';
import type { ActorRole, OrderState } from './order-types.js';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from './sla.js';

/** Shared types and helpers of the per-action handlers; `transition` in state-machine.ts is the entry point. */

export interface WorkflowPolicy {
  /** Natural days after closing during which a supervisor may reopen (重启) an order. */
  reopenWindowDays: number;
  /** From this many 重办 rounds on, each further reopen also notifies supervisors. */
  escalateAfterReopens: number;
}

export const DEFAULT_WORKFLOW_POLICY: WorkflowPolicy = { reopenWindowDays: 30, escalateAfterReopens: 2 };

export interface TransitionContext {
  actorRole: ActorRole;
  /** Required for handling units: the unit the acting staff member belongs to. */
  actorUnitId?: string;
  now: Date;
  /** Needed by actions that move deadlines (改派, 延期, 恢复, 重办); they throw without it. */
  calendar?: WorkCalendar;
  sla?: SlaPolicy;
  workflow?: WorkflowPolicy;
}

export type TransitionErrorCode =
  | 'ACTION_NOT_ALLOWED'
  | 'ROLE_NOT_ALLOWED'
  | 'NOT_ASSIGNED_UNIT'
  | 'REASON_REQUIRED'
  | 'CONTENT_REQUIRED'
  | 'ARTICLE_REQUIRED'
  | 'UNIT_REQUIRED'
  | 'SAME_UNIT'
  | 'ALREADY_HANDLING'
  | 'CO_HANDLERS_PENDING'
  | 'EXTENSION_PENDING'
  | 'NO_PENDING_EXTENSION'
  | 'INVALID_EXTENSION'
  | 'INVALID_MERGE_TARGET'
  | 'REOPEN_WINDOW_PASSED';

export interface TransitionFailure {
  ok: false;
  code: TransitionErrorCode;
  message: string;
}

export interface TransitionSuccess {
  ok: true;
  next: OrderSnapshot;
  effects: Effect[];
}

export type TransitionResult = TransitionSuccess | TransitionFailure;

/** What a handler decides; the core adds the state, the timeline entry and the outbox event. */
export interface Step {
  to: OrderState;
  patch?: Partial<Omit<OrderSnapshot, 'id' | 'state' | 'timeline'>>;
  effects?: Effect[];
  note?: string;
  /** Overrides the action's default visibility (a 协办 part is internal, the main reply is not). */
  internal?: boolean;
  details?: Record<string, string | number>;
}

export interface Env {
  ctx: TransitionContext;
  sla: SlaPolicy;
  workflow: WorkflowPolicy;
  /** The calendar, or a programming error: the API always loads it before deadline actions. */
  calendar(): WorkCalendar;
}

export function makeEnv(ctx: TransitionContext): Env {
  return {
    ctx,
    sla: ctx.sla ?? DEFAULT_SLA_POLICY,
    workflow: ctx.workflow ?? DEFAULT_WORKFLOW_POLICY,
    calendar() {
      if (!ctx.calendar) throw new TypeError('this transition moves a deadline and needs ctx.calendar');
      return ctx.calendar;
    },
  };
}

export function fail(code: TransitionErrorCode, message: string): TransitionFailure {
  return { ok: false, code, message };
}

export function isFailure(x: Step | TransitionFailure): x is TransitionFailure {
  return 'ok' in x;
}

/** The trimmed text, or null when there is nothing meaningful in it. */
export function meaningful(text: string | undefined | null): string | null {
  const t = typeof text === 'string' ? text.trim() : '';
  return t === '' ? null : t;
}

/** Guards the unit-only actions: the acting staff member must belong to the 主办 unit. */
export function actingMainUnit(order: OrderSnapshot, ctx: TransitionContext): { unitId: string } | TransitionFailure {
  const unitId = ctx.actorUnitId;
  if (unitId === undefined || unitId !== order.assignedUnitId) return fail('NOT_ASSIGNED_UNIT', '只有主办单位可以执行此操作');
  return { unitId };
}

/** Who is expected to move the order now: the unit while it handles it, the hotline otherwise. */
export function holderUnitId(order: OrderSnapshot): string | null {
  const withUnit = order.state === 'dispatched' || order.state === 'in_progress' || order.state === 'suspended';
  return withUnit ? order.assignedUnitId : null;
}
