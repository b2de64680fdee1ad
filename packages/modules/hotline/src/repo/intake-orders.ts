import type { IQ } from './intake-tables.js';

/** Records which source sent the order and what else it said; the unique (source, external id) index catches a racing retry. */
export async function linkOrderToSource(q: IQ, orderId: string, sourceId: string, externalId: string | null, intake: unknown) {
  await q
    .updateTable('hotline.work_order')
    .set({ source_id: sourceId, external_id: externalId, intake: JSON.stringify(intake) })
    .where('id', '=', orderId)
    .execute();
}

export function findBySourceExternal(q: IQ, sourceId: string, externalId: string) {
  return q
    .selectFrom('hotline.work_order')
    .select(['id', 'order_no', 'state', 'category_code', 'triage'])
    .where('source_id', '=', sourceId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}
