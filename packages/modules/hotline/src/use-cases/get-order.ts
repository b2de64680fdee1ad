import type { PagedResult, WorkOrder, WorkOrderSummary } from '@yiwang/contracts';
import { AppError, isIsoDate, scopeFilter, type Actor } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { presentOrder, presentOrderSummary } from '../presenters.js';
import { presentDuplicate } from '../presenters-desk.js';
import { orderBriefs } from '../repo/desk-orders.js';
import { listAttachments } from '../repo/attachments.js';
import { iq } from '../repo/intake-tables.js';
import * as orders from '../repo/orders.js';
import { hot } from '../repo/tables.js';
import { decodeSnapshot } from '../snapshot-codec.js';

/** One order as the caller may see it; out of scope looks exactly like not existing. */
export async function getOrder(deps: HotlineDeps, actor: Actor, id: string): Promise<WorkOrder> {
  const scope = scopeFilter(actor);
  const row = await orders.findOrder(hot(deps.db), scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [events, attachments] = await Promise.all([orders.listEvents(hot(deps.db), id), listAttachments(iq(deps.db), [id])]);
  // the suggestions as they stand now: a suggested order may have been closed or merged since
  const suggested = (row.relations as { duplicates?: Array<{ id: string; similarity: number }> } | null)?.duplicates ?? [];
  const now = new Map(
    (
      await orderBriefs(
        hot(deps.db),
        scope,
        suggested.map((d) => d.id),
      )
    ).map((b) => [b.id, b]),
  );
  const duplicates = suggested.flatMap((d) => {
    const b = now.get(d.id);
    return b ? [presentDuplicate(b, d.similarity)] : [];
  });
  return presentOrder(row, events, decodeSnapshot(row.snapshot as Record<string, unknown>), actor, duplicates, attachments);
}

export async function listOrders(
  deps: HotlineDeps,
  actor: Actor,
  f: Omit<orders.OrderFilter, 'page' | 'pageSize'> & { page?: number | undefined; pageSize?: number | undefined },
): Promise<PagedResult<WorkOrderSummary>> {
  // the schema checks the shape only: 2026-02-30 would roll over to March, and the databases know no year 0
  for (const field of ['createdFrom', 'createdTo'] as const) {
    const date = f[field];
    if (date !== undefined && !(isIsoDate(date) && date >= '1900-01-01')) throw new AppError('VALIDATION_FAILED', { field });
  }
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  const { rows, total } = await orders.listOrders(hot(deps.db), scopeFilter(actor), { ...f, page, pageSize });
  return { items: rows.map(presentOrderSummary), total, page, pageSize };
}
