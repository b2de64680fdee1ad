import type { KnowledgeArticle, UpdateArticleBody } from '@yiwang/contracts';
import { AppError, mutate, scopeFilter, type Actor, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { documentVector } from '../domain/knowledge-text.js';
import { KNOWLEDGE_EVENTS } from '../knowledge-events.js';
import * as repo from '../repo/knowledge-articles.js';
import { kb } from '../repo/knowledge-tables.js';
import { checkCategories, checkPeriod, meaningfulText, presentArticles, resolveOwner } from './knowledge-access.js';

/**
 * Edits an article the writer's scope covers, in any status: a published article stays published
 * and its version goes up, so a citation made earlier still names the version the agent read.
 */
export async function updateArticle(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  id: string,
  input: UpdateArticleBody,
): Promise<KnowledgeArticle> {
  const before = await repo.findOwnedArticle(kb(deps.db), id, scopeFilter(actor));
  if (!before) throw new AppError('NOT_FOUND');
  if (before.version !== input.version) throw new AppError('CONFLICT');
  const patch: repo.ArticlePatch = {};
  if (input.title !== undefined) patch.title = meaningfulText(input.title, 'title');
  if (input.body !== undefined) patch.body = meaningfulText(input.body, 'body');
  if (input.kind !== undefined) patch.kind = input.kind;
  if (input.validFrom !== undefined) patch.valid_from = input.validFrom;
  if (input.validTo !== undefined) patch.valid_to = input.validTo;
  if (input.sourceUrl !== undefined) patch.source_url = input.sourceUrl;
  if (input.categoryCodes !== undefined) {
    await checkCategories(deps, input.categoryCodes);
    patch.category_codes = input.categoryCodes;
  }
  checkPeriod({ validFrom: patch.valid_from ?? before.valid_from, validTo: patch.valid_to ?? before.valid_to });
  if (input.ownerUnitId !== undefined && input.ownerUnitId !== before.owner_unit_id) {
    const owner = await resolveOwner(deps, actor, input.ownerUnitId);
    patch.owner_unit_id = owner.id;
    patch.owner_division_code = owner.divisionCode;
  }
  const retext = patch.title !== undefined || patch.body !== undefined;
  const vector = retext ? documentVector(patch.title ?? before.title, patch.body ?? before.body) : undefined;
  const row = await mutate(deps.db, meta, async (tx) => {
    if (!(await repo.updateArticle(kb(tx), id, input.version, patch, vector))) throw new AppError('CONFLICT');
    const after = (await repo.findArticle(kb(tx), id, { writerScope: { kind: 'all' } }))!;
    // the audit names what changed; a long body is summarised by its length, not copied again
    const { body: newBody, ...changed } = patch;
    return {
      result: after,
      audit: {
        action: 'hotline.knowledge.update',
        resourceType: 'kb_article',
        resourceId: id,
        departmentId: after.owner_unit_id,
        divisionCode: after.owner_division_code,
        details: {
          version: after.version,
          changed: { ...changed, ...(newBody === undefined ? {} : { bodyLength: newBody.length }) },
          before: { title: before.title, ownerUnitId: before.owner_unit_id, validFrom: before.valid_from, validTo: before.valid_to },
        },
      },
      events: [{ topic: KNOWLEDGE_EVENTS.updated, key: id, payload: { id, version: after.version } }],
    };
  });
  const [article] = await presentArticles(deps, [row]);
  return article!;
}
