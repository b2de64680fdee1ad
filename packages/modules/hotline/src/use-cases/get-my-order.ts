import type { PagedResult, PortalOrder, PortalOrderSummary } from '@yiwang/contracts';
import { activeUnitNames } from '@yiwang/identity';
import { AppError, type Actor } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { presentPortalOrder, presentPortalSummary, unitIdsToName } from '../portal-presenters.js';
import { listEvents } from '../repo/orders.js';
import { findOwnOrder, listOwnOrders } from '../repo/portal-orders.js';
import { hot } from '../repo/tables.js';

/** 我的诉求 detail: the caller's own order with its public timeline; anyone else's is "not found". */
export async function getMyOrder(deps: HotlineDeps, actor: Actor, id: string): Promise<PortalOrder> {
  const row = await findOwnOrder(hot(deps.db), actor.id, id);
  if (!row) throw new AppError('NOT_FOUND');
  const events = await listEvents(hot(deps.db), id);
  const names = await activeUnitNames(deps.db, unitIdsToName([row], events));
  return presentPortalOrder(row, events, names);
}

export async function listMyOrders(
  deps: HotlineDeps,
  actor: Actor,
  query: { page?: number | undefined; pageSize?: number | undefined },
): Promise<PagedResult<PortalOrderSummary>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await listOwnOrders(hot(deps.db), actor.id, page, pageSize);
  const names = await activeUnitNames(deps.db, unitIdsToName(rows));
  return { items: rows.map((r) => presentPortalSummary(r, names)), total, page, pageSize };
}
