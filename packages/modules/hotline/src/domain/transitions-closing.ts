import type { ActionOf } from './actions.js';
import { notifyCaller, notifyRole, notifyUnit, scheduleTimers, type Effect } from './effects.js';
import type { OrderSnapshot } from './order.js';
import { startSla } from './sla.js';
import { fail, meaningful, type Env, type Step, type TransitionFailure } from './transition-kit.js';

/** The end of an order's life: 审核, 回访, 办结, and the two ways back (重办, supervisor reopen). */

type Outcome = Step | TransitionFailure;

const DAY_MS = 86_400_000;

export function review(order: OrderSnapshot, a: ActionOf<'review'>, _env: Env): Outcome {
  const note = meaningful(a.note);
  if (a.outcome === 'accept') {
    // The unit's answer is in and accepted: its deadline is met, nothing left to warn about.
    return { to: 'reviewed', effects: [{ kind: 'cancel_timers' }], note: note ?? undefined, details: { outcome: 'accept' } };
  }
  if (note === null) return fail('REASON_REQUIRED', '退回答复须说明理由');
  const unit = order.assignedUnitId;
  return {
    to: 'in_progress',
    patch: { reply: null },
    effects: unit === null ? [] : [notifyUnit(unit, 'review')],
    note,
    details: { outcome: 'send_back' },
  };
}

/**
 * 重办 state: a fresh deadline from now, the previous 主办 unit kept as the default dispatch
 * target, and a round counter; from `escalateAfterReopens` rounds on supervisors are told too.
 */
function reopenStep(order: OrderSnapshot, env: Env, extra: Partial<OrderSnapshot>, note: string): Step {
  const sla = startSla(order.type, order.urgency, env.ctx.now, env.calendar(), env.sla);
  const reopens = order.counters.reopens + 1;
  const effects: Effect[] = [notifyRole('hotline_agent', 'reopen'), ...scheduleTimers(sla)];
  if (reopens >= env.workflow.escalateAfterReopens) effects.push(notifyRole('supervisor', 'repeat_reopen'));
  return {
    to: 'reopened',
    patch: {
      ...extra,
      sla,
      signedAt: null,
      reply: null,
      pendingExtension: null,
      closedAt: null,
      counters: { ...order.counters, reopens },
    },
    effects,
    note,
    details: { round: reopens },
  };
}

export function callback(order: OrderSnapshot, a: ActionOf<'callback'>, env: Env): Outcome {
  const note = meaningful(a.note);
  if (a.result !== 'unsatisfied') {
    return {
      to: 'closed',
      patch: { satisfaction: a.result, closedAt: env.ctx.now },
      effects: [{ kind: 'cancel_timers' }],
      note: note ?? undefined,
      details: { result: a.result },
    };
  }
  if (note === null) return fail('REASON_REQUIRED', '不满意须记录市民意见');
  const step = reopenStep(order, env, { satisfaction: 'unsatisfied' }, note);
  return { ...step, details: { ...step.details, result: a.result } };
}

/**
 * 办结 without a 回访: a direct answer needs no reason; closing a registered order (表扬 passed on,
 * an invalid call) or a reviewed one (caller unreachable, declined the callback) must say why.
 */
export function close(order: OrderSnapshot, a: ActionOf<'close'>, env: Env): Outcome {
  const reason = meaningful(a.reason);
  if (reason === null && order.state !== 'answered_directly') return fail('REASON_REQUIRED', '办结须说明理由');
  return {
    to: 'closed',
    patch: { closedAt: env.ctx.now },
    effects: [{ kind: 'cancel_timers' }, notifyCaller('close')],
    note: reason ?? undefined,
  };
}

/** Closed is terminal but for this: a supervisor, within the window, with a reason. */
export function reopen(order: OrderSnapshot, a: ActionOf<'reopen'>, env: Env): Outcome {
  const reason = meaningful(a.reason);
  if (reason === null) return fail('REASON_REQUIRED', '重启工单须说明理由');
  const closedAt = order.closedAt ?? order.registeredAt;
  if (env.ctx.now.getTime() - closedAt.getTime() > env.workflow.reopenWindowDays * DAY_MS) {
    return fail('REOPEN_WINDOW_PASSED', `办结已超过 ${env.workflow.reopenWindowDays} 天，不能重启`);
  }
  return reopenStep(order, env, { satisfaction: null }, reason);
}
