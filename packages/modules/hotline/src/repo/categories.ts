import type { Q } from './tables.js';

export function listCategories(q: Q) {
  return q.selectFrom('hotline.category').selectAll().orderBy('code').execute();
}

export async function isActiveCategory(q: Q, code: string): Promise<boolean> {
  const row = await q.selectFrom('hotline.category').select('code').where('code', '=', code).where('active', '=', true).executeTakeFirst();
  return !!row;
}
