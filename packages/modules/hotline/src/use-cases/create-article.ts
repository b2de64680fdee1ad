import type { CreateArticleBody, KnowledgeArticle } from '@yiwang/contracts';
import { mutate, newId, type Actor, type Idempotency, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { documentVector } from '../domain/knowledge-text.js';
import { KNOWLEDGE_EVENTS } from '../knowledge-events.js';
import * as repo from '../repo/knowledge-articles.js';
import { kb } from '../repo/knowledge-tables.js';
import { checkCategories, checkPeriod, meaningfulText, presentArticles, resolveOwner } from './knowledge-access.js';

/** A new knowledge-base article, always a draft: it is suggested to agents only once published. */
export async function createArticle(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  input: CreateArticleBody,
  idem?: Idempotency,
): Promise<KnowledgeArticle> {
  const title = meaningfulText(input.title, 'title');
  const body = meaningfulText(input.body, 'body');
  const period = { validFrom: input.validFrom ?? null, validTo: input.validTo ?? null };
  checkPeriod(period);
  // the owner first: a department outside the writer's scope is "not found" whatever else is wrong
  const owner = await resolveOwner(deps, actor, input.ownerUnitId);
  const categoryCodes = input.categoryCodes ?? [];
  await checkCategories(deps, categoryCodes);
  const id = newId();
  const row = await mutate(
    deps.db,
    meta,
    async (tx) => {
      await repo.insertArticle(
        kb(tx),
        {
          id,
          kind: input.kind,
          title,
          body,
          category_codes: categoryCodes,
          owner_unit_id: owner.id,
          owner_division_code: owner.divisionCode,
          valid_from: period.validFrom,
          valid_to: period.validTo,
          status: 'draft',
          source_url: input.sourceUrl ?? null,
          source: 'manual',
          source_ref: null,
          published_at: null,
          created_by: actor.id,
        },
        documentVector(title, body),
      );
      return {
        result: (await repo.findArticle(kb(tx), id, { writerScope: { kind: 'all' } }))!,
        audit: {
          action: 'hotline.knowledge.create',
          resourceType: 'kb_article',
          resourceId: id,
          departmentId: owner.id,
          divisionCode: owner.divisionCode,
          details: { title, kind: input.kind, categoryCodes, ...period },
        },
        events: [{ topic: KNOWLEDGE_EVENTS.created, key: id, payload: { id } }],
      };
    },
    idem,
  );
  const [article] = await presentArticles(deps, [row]);
  return article!;
}
