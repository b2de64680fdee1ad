import type { OrderActionBody } from '@yiwang/contracts';
import { AppError } from '@yiwang/platform';
import type { Action } from '../domain/index.js';

const need = <T>(v: T | undefined, field: string): T => {
  if (v === undefined) throw new AppError('VALIDATION_FAILED', { field });
  return v;
};
const opt = <K extends string, V>(key: K, v: V | undefined) => (v === undefined ? {} : ({ [key]: v } as { [P in K]: V }));

/**
 * The domain action from the one closed request shape. Empty free text is passed on, so the state
 * machine answers with its own codes (REASON_REQUIRED, UNIT_REQUIRED); only enumerations and
 * numbers the domain cannot do without are required here.
 */
export function buildAction(b: OrderActionBody): Action {
  switch (b.type) {
    case 'dispatch':
      return { type: b.type, unitId: b.unitId ?? '', ...opt('coHandlerUnitIds', b.coHandlerUnitIds), ...opt('note', b.note) };
    case 'sign':
      return { type: b.type };
    case 'return':
    case 'reject_return':
    case 'reject_extension':
    case 'suspend':
    case 'reopen':
      return { type: b.type, reason: b.reason ?? '' };
    case 'approve_return':
      return { type: b.type, unitId: b.unitId ?? '', ...opt('note', b.note) };
    case 'reassign':
      return { type: b.type, unitId: b.unitId ?? '', reason: b.reason ?? '' };
    case 'add_co_handler':
      return { type: b.type, unitId: b.unitId ?? '', ...opt('note', b.note) };
    case 'request_extension':
      return { type: b.type, days: need(b.days, 'days'), reason: b.reason ?? '' };
    case 'approve_extension':
      return { type: b.type, ...opt('days', b.days), ...opt('note', b.note) };
    case 'reply':
      return { type: b.type, content: b.content ?? '' };
    case 'review':
      return { type: b.type, outcome: need(b.outcome, 'outcome'), ...opt('note', b.note) };
    case 'callback':
      return { type: b.type, result: need(b.result, 'result'), ...opt('note', b.note) };
    case 'close':
      return { type: b.type, ...opt('reason', b.reason) };
    case 'resume':
    case 'urge':
    case 'supervise':
      return { type: b.type, ...opt('note', b.note) };
    case 'answer_directly':
      return { type: b.type, articleId: b.articleId ?? '', ...opt('answer', b.answer) };
    case 'merge':
      return { type: b.type, intoOrderId: need(b.intoOrderId, 'intoOrderId') };
  }
}

/** Units an action hands work to; they must be active departments. */
export function targetUnits(b: OrderActionBody): string[] {
  return [...(b.unitId ? [b.unitId] : []), ...(b.coHandlerUnitIds ?? [])];
}
