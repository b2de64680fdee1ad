import { sql } from 'kysely';
import type { Q } from './tables.js';

/** Orders saved without a deadline because their year had no published holiday schedule, oldest first (a handful at most). */
export async function pendingDeadlineOrderIds(q: Q): Promise<string[]> {
  const rows = await q
    .selectFrom('hotline.work_order')
    .select('id')
    .where('deadline_pending', '=', true)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Stores the computed deadline and clears the flag; false when the order changed since `version`. */
export async function setSettledDeadline(
  q: Q,
  id: string,
  version: number,
  patch: { due_at: Date | null; warn_at: Date | null; snapshot: unknown },
): Promise<boolean> {
  const r = await q
    .updateTable('hotline.work_order')
    .set({
      due_at: patch.due_at,
      warn_at: patch.warn_at,
      snapshot: JSON.stringify(patch.snapshot),
      deadline_pending: false,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deadline_pending', '=', true)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
