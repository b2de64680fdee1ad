import type { ActionOf } from './actions.js';
import { notifyCaller, notifyRole, notifyUnit, scheduleTimers, type Effect } from './effects.js';
import type { OrderSnapshot } from './order.js';
import { extendSla, resumeSla } from './sla.js';
import { fail, holderUnitId, meaningful, type Env, type Step, type TransitionFailure } from './transition-kit.js';

/** Hotline and supervisor control of a running order: 延期 decisions, 挂起/恢复, 催办, 督办. */

type Outcome = Step | TransitionFailure;

export function approveExtension(order: OrderSnapshot, a: ActionOf<'approve_extension'>, env: Env): Outcome {
  const pending = order.pendingExtension;
  if (pending === null || order.sla === null) return fail('NO_PENDING_EXTENSION', '没有待审核的延期申请');
  const days = a.days ?? pending.days;
  if (!Number.isInteger(days) || days < 1 || days > pending.days) {
    return fail('INVALID_EXTENSION', `批准天数须为 1 至 ${pending.days} 个工作日`);
  }
  const sla = extendSla(order.sla, days, env.ctx.now, env.calendar(), env.sla);
  return {
    to: order.state,
    patch: { sla, pendingExtension: null, extensionsGranted: order.extensionsGranted + 1 },
    effects: [notifyUnit(pending.unitId, 'approve_extension'), ...scheduleTimers(sla)],
    note: meaningful(a.note) ?? undefined,
    details: { days, dueAt: sla.dueAt.toISOString() },
  };
}

export function rejectExtension(order: OrderSnapshot, a: ActionOf<'reject_extension'>, _env: Env): Outcome {
  const pending = order.pendingExtension;
  if (pending === null) return fail('NO_PENDING_EXTENSION', '没有待审核的延期申请');
  const reason = meaningful(a.reason);
  if (reason === null) return fail('REASON_REQUIRED', '驳回延期须说明理由');
  return { to: order.state, patch: { pendingExtension: null }, effects: [notifyUnit(pending.unitId, 'reject_extension')], note: reason };
}

/** 挂起 stops the clock, so it is the hotline's decision and needs a reason on the record. */
export function suspend(order: OrderSnapshot, a: ActionOf<'suspend'>, env: Env): Outcome {
  const reason = meaningful(a.reason);
  if (reason === null) return fail('REASON_REQUIRED', '挂起须说明理由');
  const unit = order.assignedUnitId;
  return {
    to: 'suspended',
    patch: { suspendedAt: env.ctx.now },
    effects: [{ kind: 'cancel_timers' }, ...(unit === null ? [] : [notifyUnit(unit, 'suspend')]), notifyCaller('suspend')],
    note: reason,
  };
}

export function resume(order: OrderSnapshot, a: ActionOf<'resume'>, env: Env): Outcome {
  const since = order.suspendedAt ?? env.ctx.now;
  const sla = order.sla === null ? null : resumeSla(order.sla, since, env.ctx.now, env.calendar(), env.sla);
  const unit = order.assignedUnitId;
  return {
    to: 'in_progress',
    patch: { sla, suspendedAt: null },
    effects: [...(unit === null ? [] : [notifyUnit(unit, 'resume')]), ...scheduleTimers(sla)],
    note: meaningful(a.note) ?? undefined,
    details: sla === null ? {} : { dueAt: sla.dueAt.toISOString() },
  };
}

/** 催办 and 督办 go to whoever holds the order now: the unit, or the hotline's own queue. */
function toHolder(order: OrderSnapshot, topic: 'urge' | 'supervise'): Effect {
  const unit = holderUnitId(order);
  return unit === null ? notifyRole('hotline_agent', topic) : notifyUnit(unit, topic);
}

export function urge(order: OrderSnapshot, a: ActionOf<'urge'>, _env: Env): Outcome {
  return {
    to: order.state,
    patch: { counters: { ...order.counters, urges: order.counters.urges + 1 } },
    effects: [toHolder(order, 'urge')],
    note: meaningful(a.note) ?? undefined,
  };
}

/** A 督办 raised by the overdue timer also lands on the supervisors' desk. */
export function supervise(order: OrderSnapshot, a: ActionOf<'supervise'>, env: Env): Outcome {
  const effects = [toHolder(order, 'supervise')];
  if (env.ctx.actorRole === 'system') effects.push(notifyRole('supervisor', 'supervise'));
  return {
    to: order.state,
    patch: { counters: { ...order.counters, supervisions: order.counters.supervisions + 1 } },
    effects,
    note: meaningful(a.note) ?? undefined,
  };
}
