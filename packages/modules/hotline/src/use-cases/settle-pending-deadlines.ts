import { AppError, loadCalendar, mutate, SYSTEM_META, type WorkCalendar } from '@yiwang/platform';
import { settlePendingDeadline } from '../domain/pending-deadline.js';
import type { HotlineDeps } from '../deps.js';
import { OVERSIGHT_EVENTS } from '../events.js';
import * as orders from '../repo/orders.js';
import { pendingDeadlineOrderIds, setSettledDeadline } from '../repo/pending-deadlines.js';
import { hot } from '../repo/tables.js';
import { decodeSnapshot, encodeSnapshot } from '../snapshot-codec.js';
import { applyEffects } from './order-effects.js';

export interface SettleOutcome {
  settled: number;
  stillPending: number;
}

/**
 * Runs after every holiday-calendar edit: each order saved without a deadline (its year had no
 * published schedule) gets its due and 催办 instants counted from registration, its timers, a
 * timeline line and an audit record — or stays flagged while its year is still missing. Safe to
 * re-run: a settled order is no longer flagged.
 */
export async function settlePendingDeadlines(deps: Pick<HotlineDeps, 'db'>): Promise<SettleOutcome> {
  // read from the database, not this process's copy: the edit may have been made on another node
  const calendar = await loadCalendar(deps.db);
  const outcome: SettleOutcome = { settled: 0, stillPending: 0 };
  for (const id of await pendingDeadlineOrderIds(hot(deps.db))) {
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await settleOne(deps, calendar, id);
        if (r !== null) outcome[r]++;
        break;
      } catch (err) {
        // someone acted on the order meanwhile: read it again
        if ((err as { code?: string }).code !== 'CONFLICT' || attempt >= 3) throw err;
      }
    }
  }
  return outcome;
}

async function settleOne(deps: Pick<HotlineDeps, 'db'>, calendar: WorkCalendar, id: string): Promise<keyof SettleOutcome | null> {
  const row = await orders.findOrder(hot(deps.db), { kind: 'all' }, id);
  if (!row || !row.deadline_pending) return null;
  const snapshot = decodeSnapshot(row.snapshot as Record<string, unknown>);
  const r = settlePendingDeadline(snapshot, calendar);
  if (r.kind === 'still_pending') return 'stillPending';
  const sla = r.kind === 'settled' ? r.sla : snapshot.sla;
  const next = { ...snapshot, sla };
  const now = new Date();
  await mutate(deps.db, SYSTEM_META, async (tx) => {
    const saved = await setSettledDeadline(hot(tx), id, row.version, {
      due_at: sla?.dueAt ?? null,
      warn_at: sla?.warnAt ?? null,
      snapshot: encodeSnapshot(next),
    });
    if (!saved) throw new AppError('CONFLICT');
    const dueAt = sla?.dueAt.toISOString() ?? null;
    await orders.insertEvent(hot(tx), {
      order_id: id,
      seq: (await orders.lastEventSeq(hot(tx), id)) + 1,
      at: now,
      action: 'deadline_set',
      actor_id: null,
      actor_role: 'system',
      actor_unit_id: null,
      from_state: row.state,
      to_state: row.state,
      note: sla === null ? '节假日安排已发布，此类诉求无办理时限' : '节假日安排已发布，按登记时间计算办理时限',
      details: sla === null ? null : { dueAt, warnAt: sla.warnAt.toISOString() },
      internal: false,
    });
    const events = await applyEffects(tx, id, r.kind === 'settled' ? r.effects : []);
    return {
      result: undefined,
      audit: {
        action: 'hotline.order.deadline_set',
        resourceType: 'work_order',
        resourceId: id,
        divisionCode: row.division_code,
        departmentId: row.unit_id,
        details: {
          orderNo: row.order_no,
          dueAt,
          warnAt: sla?.warnAt.toISOString() ?? null,
          timersArmed: r.kind === 'settled' && r.effects.length > 0,
        },
      },
      events: [...events, { topic: OVERSIGHT_EVENTS.deadlineSet, key: id, payload: { orderId: id, dueAt } }],
    };
  });
  return 'settled';
}
