import type { KnowledgeArticle } from '@yiwang/contracts';
import { AppError, mutate, scopeFilter, type Actor, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { nextArticleStatus, type ArticleStatusAction } from '../domain/knowledge-article.js';
import { KNOWLEDGE_EVENTS } from '../knowledge-events.js';
import * as repo from '../repo/knowledge-articles.js';
import { kb } from '../repo/knowledge-tables.js';
import { presentArticles } from './knowledge-access.js';

/** 发布 / 归档: only published articles inside their period are suggested and may be cited. */
export async function setArticleStatus(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  id: string,
  action: ArticleStatusAction,
  version: number,
): Promise<KnowledgeArticle> {
  const before = await repo.findOwnedArticle(kb(deps.db), id, scopeFilter(actor));
  if (!before) throw new AppError('NOT_FOUND');
  if (before.version !== version) throw new AppError('CONFLICT');
  const status = nextArticleStatus(before.status, action);
  if (status === null) throw new AppError('KNOWLEDGE_STATUS_CONFLICT', { status: before.status, action });
  const row = await mutate(deps.db, meta, async (tx) => {
    const patch: repo.ArticlePatch = action === 'publish' ? { status, published_at: new Date() } : { status };
    if (!(await repo.updateArticle(kb(tx), id, version, patch))) throw new AppError('CONFLICT');
    const after = (await repo.findArticle(kb(tx), id, { writerScope: { kind: 'all' } }))!;
    return {
      result: after,
      audit: {
        action: `hotline.knowledge.${action}`,
        resourceType: 'kb_article',
        resourceId: id,
        departmentId: after.owner_unit_id,
        divisionCode: after.owner_division_code,
        details: { title: after.title, from: before.status, to: status, version: after.version },
      },
      events: [
        {
          topic: action === 'publish' ? KNOWLEDGE_EVENTS.published : KNOWLEDGE_EVENTS.archived,
          key: id,
          payload: { id, version: after.version },
        },
      ],
    };
  });
  const [article] = await presentArticles(deps, [row]);
  return article!;
}
