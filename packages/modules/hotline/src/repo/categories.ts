import type { Q } from './tables.js';

export function listCategories(q: Q) {
  return q.selectFrom('hotline.category').selectAll().orderBy('code').execute();
}

export async function isActiveCategory(q: Q, code: string): Promise<boolean> {
  const row = await q.selectFrom('hotline.category').select('code').where('code', '=', code).where('active', '=', true).executeTakeFirst();
  return !!row;
}

/** Names of the active categories among `codes` (all active ones when no codes are given). */
export async function activeCategoryNames(q: Q, codes?: readonly string[]): Promise<Map<string, string>> {
  if (codes !== undefined && codes.length === 0) return new Map();
  let query = q.selectFrom('hotline.category').select(['code', 'name']).where('active', '=', true);
  if (codes !== undefined) query = query.where('code', 'in', [...new Set(codes)]);
  return new Map((await query.execute()).map((r) => [r.code, r.name]));
}
