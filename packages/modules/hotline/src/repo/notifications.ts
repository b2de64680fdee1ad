import { sql } from 'kysely';
import type { NotificationRow, OQ } from './oversight-tables.js';

export type StoredNotification = Omit<NotificationRow, 'created_at'> & { created_at: Date };

/** One row per (event, recipient): a redelivered event inserts nothing; returns how many were new. */
export async function insertNotifications(q: OQ, rows: Array<Omit<NotificationRow, 'created_at' | 'read_at'>>): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await q
    .insertInto('hotline.notification')
    .values(rows)
    .onConflict((oc) => oc.columns(['event_id', 'recipient_id']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

export async function listNotifications(q: OQ, recipientId: string, f: { unread: boolean; page: number; pageSize: number }) {
  let query = q.selectFrom('hotline.notification').where('recipient_id', '=', recipientId);
  if (f.unread) query = query.where('read_at', 'is', null);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as StoredNotification[], total: Number(count.n) };
}

export async function unreadCount(q: OQ, recipientId: string): Promise<number> {
  const r = await q
    .selectFrom('hotline.notification')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('recipient_id', '=', recipientId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Marks the recipient's own unread notices read (the listed ones, or all when ids is null); others' ids match nothing. */
export async function markRead(q: OQ, recipientId: string, ids: readonly string[] | null): Promise<string[]> {
  let query = q
    .updateTable('hotline.notification')
    .set({ read_at: sql`now()` })
    .where('recipient_id', '=', recipientId)
    .where('read_at', 'is', null);
  if (ids !== null) query = query.where('id', 'in', [...ids]);
  const rows = await query.returning('id').execute();
  return rows.map((r) => r.id);
}
