import { mutate, SYSTEM_META, type Job } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import * as orders from '../repo/orders.js';
import { hot } from '../repo/tables.js';
import { decodeSnapshot } from '../snapshot-codec.js';
import { transition } from '../domain/index.js';
import { store } from './act-on-order.js';

/**
 * A 催办 (warning) or 督办 (overdue) timer fired: apply urge / supervise as the system. A refusal
 * means the order moved on (replied, closed, suspended) and the timer is stale: it is dropped.
 */
export async function runOrderTimer(deps: HotlineDeps, job: Job): Promise<void> {
  const { orderId, timer } = job.payload as { orderId: string; timer: 'warning' | 'overdue' };
  const row = await orders.findOrder(hot(deps.db), { kind: 'all' }, orderId);
  if (!row) return;
  const r = transition(
    decodeSnapshot(row.snapshot as Record<string, unknown>),
    { type: timer === 'warning' ? 'urge' : 'supervise' },
    {
      actorRole: 'system',
      now: new Date(),
      calendar: deps.calendar.current(),
    },
  );
  if (!r.ok) return;
  await mutate(deps.db, SYSTEM_META, async (tx) => ({ result: undefined, ...(await store(tx, row, r, null, row.version)) }));
}
