import type { AttachmentRow, IQ } from './intake-tables.js';

export type StoredAttachment = Omit<AttachmentRow, 'created_at'>;
export type AttachmentMeta = Omit<StoredAttachment, 'data'>;

const meta = ['id', 'order_id', 'seq', 'content_type', 'size_bytes', 'sm3', 'sha256', 'external_url'] as const;

export async function insertAttachment(q: IQ, row: StoredAttachment) {
  await q.insertInto('hotline.attachment').values(row).execute();
}

/** Without the bytes: what an order's listing needs. */
export function listAttachments(q: IQ, orderIds: readonly string[]): Promise<AttachmentMeta[]> {
  if (orderIds.length === 0) return Promise.resolve([]);
  return q.selectFrom('hotline.attachment').select(meta).where('order_id', 'in', orderIds).orderBy('order_id').orderBy('seq').execute();
}

export function findAttachment(q: IQ, orderId: string, id: string): Promise<StoredAttachment | undefined> {
  return q
    .selectFrom('hotline.attachment')
    .select([...meta, 'data'])
    .where('order_id', '=', orderId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function countAttachments(q: IQ, orderId: string): Promise<number> {
  const r = await q
    .selectFrom('hotline.attachment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('order_id', '=', orderId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
