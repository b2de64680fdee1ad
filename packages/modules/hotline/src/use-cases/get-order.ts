import type { PagedResult, WorkOrder, WorkOrderSummary } from '@yiwang/contracts';
import { AppError, isIsoDate, scopeFilter, type Actor } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { presentOrder, presentOrderSummary } from '../presenters.js';
import * as orders from '../repo/orders.js';
import { hot } from '../repo/tables.js';
import { decodeSnapshot } from '../snapshot-codec.js';

/** One order as the caller may see it; out of scope looks exactly like not existing. */
export async function getOrder(deps: HotlineDeps, actor: Actor, id: string): Promise<WorkOrder> {
  const row = await orders.findOrder(hot(deps.db), scopeFilter(actor), id);
  if (!row) throw new AppError('NOT_FOUND');
  const events = await orders.listEvents(hot(deps.db), id);
  return presentOrder(row, events, decodeSnapshot(row.snapshot as Record<string, unknown>), actor);
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
