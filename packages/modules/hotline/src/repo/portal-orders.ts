import type { OrderRow } from './orders.js';
import type { Q } from './tables.js';

/** A citizen's own orders (我的诉求): the ones their account submitted, nobody else's. */

export function findOwnOrder(q: Q, accountId: string, id: string): Promise<OrderRow | undefined> {
  return q
    .selectFrom('hotline.work_order')
    .selectAll()
    .where('id', '=', id)
    .where('created_by', '=', accountId)
    .executeTakeFirst() as Promise<OrderRow | undefined>;
}

export async function listOwnOrders(q: Q, accountId: string, page: number, pageSize: number) {
  const query = q.selectFrom('hotline.work_order').where('created_by', '=', accountId);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as OrderRow[], total: Number(count.n) };
}
