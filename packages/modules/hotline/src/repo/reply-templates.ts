import { sql } from 'kysely';
import type { OQ, ReplyTemplateRow } from './oversight-tables.js';

export type TemplateRow = Pick<ReplyTemplateRow, 'id' | 'owner_unit_id' | 'title' | 'content' | 'category_prefix'> & { version: number };

const cols = ['id', 'owner_unit_id', 'title', 'content', 'category_prefix', 'version'] as const;

/**
 * The hotline-wide templates and those of one unit; with a category code only the ones that fit it
 * (no prefix, the code itself, or a parent of it).
 */
export function listTemplates(q: OQ, unitId: string | null, categoryCode?: string): Promise<TemplateRow[]> {
  let query = q
    .selectFrom('hotline.reply_template')
    .select(cols)
    .where((eb) =>
      unitId === null ? eb('owner_unit_id', 'is', null) : eb.or([eb('owner_unit_id', 'is', null), eb('owner_unit_id', '=', unitId)]),
    );
  if (categoryCode !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('category_prefix', 'is', null),
        eb('category_prefix', '=', categoryCode),
        sql<boolean>`left(${categoryCode}::text, length(category_prefix) + 1) = category_prefix || '.'`,
      ]),
    );
  }
  return query
    .orderBy(sql`owner_unit_id IS NULL`)
    .orderBy('title')
    .orderBy('id')
    .execute() as Promise<TemplateRow[]>;
}

export function findTemplate(q: OQ, id: string): Promise<TemplateRow | undefined> {
  return q.selectFrom('hotline.reply_template').select(cols).where('id', '=', id).executeTakeFirst() as Promise<TemplateRow | undefined>;
}

export async function insertTemplate(q: OQ, t: Omit<ReplyTemplateRow, 'version' | 'created_at' | 'updated_at'>) {
  await q.insertInto('hotline.reply_template').values(t).execute();
}

export async function updateTemplate(
  q: OQ,
  id: string,
  version: number,
  patch: Partial<Pick<TemplateRow, 'title' | 'content' | 'category_prefix'>>,
): Promise<boolean> {
  const r = await q
    .updateTable('hotline.reply_template')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteTemplate(q: OQ, id: string, version: number): Promise<boolean> {
  const r = await q.deleteFrom('hotline.reply_template').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function templateCount(q: OQ): Promise<number> {
  const r = await q
    .selectFrom('hotline.reply_template')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
