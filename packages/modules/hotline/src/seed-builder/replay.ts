import type { WorkCalendar } from '@yiwang/platform';
import { createOrder, transition, type Action, type OrderSnapshot, type SlaPolicy, type TimelineEntry } from '../domain/index.js';

/**
 * Test support: rebuilds an order from nothing but its stored timeline — each line turned back into
 * the action that would produce it and run through `transition` — so a test can check that a
 * generated history is one the state machine accepts, step by step, and ends where the order is.
 */
function actionOf(e: TimelineEntry): Action {
  const d = e.details ?? {};
  const str = (k: string) => (d[k] === undefined ? undefined : String(d[k]));
  const note = e.note;
  switch (e.action) {
    case 'dispatch':
      return { type: 'dispatch', unitId: str('unitId') ?? '', coHandlerUnitIds: str('coHandlerUnitIds')?.split(',') ?? [], note };
    case 'sign':
      return { type: 'sign' };
    case 'return':
      return { type: 'return', reason: note ?? '' };
    case 'approve_return':
      return { type: 'approve_return', unitId: str('unitId') ?? '', note };
    case 'reject_return':
      return { type: 'reject_return', reason: note ?? '' };
    case 'reassign':
      return { type: 'reassign', unitId: str('unitId') ?? '', reason: note ?? '' };
    case 'add_co_handler':
      return { type: 'add_co_handler', unitId: str('unitId') ?? '', note };
    case 'request_extension':
      return { type: 'request_extension', days: Number(d.days), reason: note ?? '' };
    case 'approve_extension':
      return { type: 'approve_extension', days: Number(d.days), note };
    case 'reject_extension':
      return { type: 'reject_extension', reason: note ?? '' };
    case 'reply':
      return { type: 'reply', content: note ?? '' };
    case 'review':
      return { type: 'review', outcome: str('outcome') === 'send_back' ? 'send_back' : 'accept', note };
    case 'callback':
      return { type: 'callback', result: str('result') as 'satisfied', note };
    case 'close':
      return { type: 'close', reason: note };
    case 'suspend':
      return { type: 'suspend', reason: note ?? '' };
    case 'resume':
      return { type: 'resume', note };
    case 'urge':
      return { type: 'urge', note };
    case 'supervise':
      return { type: 'supervise', note };
    case 'answer_directly':
      return { type: 'answer_directly', articleId: str('articleId') ?? '', answer: note };
    case 'merge':
      return { type: 'merge', intoOrderId: str('intoOrderId') ?? '' };
    case 'reopen':
      return { type: 'reopen', reason: note ?? '' };
    case 'register':
      throw new RangeError('register is not an action');
  }
}

export type ReplayResult = { ok: true; order: OrderSnapshot } | { ok: false; step: number; problem: string };

export function replayTimeline(
  id: string,
  type: OrderSnapshot['type'],
  urgency: OrderSnapshot['urgency'],
  timeline: readonly TimelineEntry[],
  calendar: WorkCalendar,
  sla?: SlaPolicy,
): ReplayResult {
  const first = timeline[0];
  if (first?.action !== 'register') return { ok: false, step: 0, problem: 'the timeline does not start with register' };
  let order = createOrder({ id, type, urgency }, { actor: first.actor, now: first.at, calendar, ...(sla ? { sla } : {}) }).order;
  for (let i = 1; i < timeline.length; i++) {
    const e = timeline[i]!;
    const r = transition(order, actionOf(e), {
      actorRole: e.actor.role,
      ...(e.actor.unitId === undefined ? {} : { actorUnitId: e.actor.unitId }),
      now: e.at,
      calendar,
      ...(sla ? { sla } : {}),
    });
    if (!r.ok) return { ok: false, step: i, problem: `${e.action} in ${order.state}: ${r.code} ${r.message}` };
    order = r.next;
  }
  return { ok: true, order };
}
