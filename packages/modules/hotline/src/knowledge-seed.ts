import { DEPARTMENT_KINDS } from '@yiwang/contracts';
import { departmentIdsByCode, unitsOfKinds } from '@yiwang/identity';
import { mutate, sm3Hex, SYSTEM_META } from '@yiwang/platform';
import type { HotlineDeps } from './deps.js';
import { documentVector } from './domain/knowledge-text.js';
import { CITY_ARTICLES } from './knowledge-seed-city.js';
import { PEOPLE_ARTICLES } from './knowledge-seed-people.js';
import { existingArticleIds, insertArticle } from './repo/knowledge-articles.js';
import { kb } from './repo/knowledge-tables.js';

export const SEED_ARTICLES = [...PEOPLE_ARTICLES, ...CITY_ARTICLES];

/** A UUID (version 8, name-based) from a seed article's slug: the same article always gets the same id. */
export function seedArticleId(slug: string): string {
  const h = sm3Hex(`yiwang.hotline.kb:${slug}`);
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Loads the demo knowledge base (after the identity seed): adds the articles that are missing, so it
 * is safe to re-run and never overwrites an article an admin has edited. Returns how many it added.
 */
export async function seedKnowledge(deps: Pick<HotlineDeps, 'db'>): Promise<number> {
  const present = await existingArticleIds(
    kb(deps.db),
    SEED_ARTICLES.map((a) => seedArticleId(a.slug)),
  );
  const missing = SEED_ARTICLES.filter((a) => !present.has(seedArticleId(a.slug)));
  if (missing.length === 0) return 0;
  const ids = await departmentIdsByCode(deps.db, [...new Set(missing.map((a) => a.owner))]);
  const divisionOf = new Map((await unitsOfKinds(deps.db, DEPARTMENT_KINDS)).map((u) => [u.id, u.divisionCode]));
  const now = new Date();
  return mutate(deps.db, SYSTEM_META, async (tx) => {
    let added = 0;
    for (const a of missing) {
      const owner = ids.get(a.owner);
      const division = owner && divisionOf.get(owner);
      if (!owner || !division) continue;
      const status = a.status ?? 'published';
      await insertArticle(
        kb(tx),
        {
          id: seedArticleId(a.slug),
          kind: a.kind,
          title: a.title,
          body: a.body,
          category_codes: a.categories,
          owner_unit_id: owner,
          owner_division_code: division,
          valid_from: a.validFrom ?? null,
          valid_to: a.validTo ?? null,
          status,
          source_url: a.sourceUrl ?? null,
          source: 'manual',
          source_ref: null,
          published_at: status === 'draft' ? null : now,
          created_by: null,
        },
        documentVector(a.title, a.body),
      );
      added++;
    }
    return { result: added, audit: { action: 'hotline.seed.knowledge', resourceType: 'kb_article', details: { articles: added } } };
  });
}
