import type { KnowledgeArticle, PagedResult } from '@yiwang/contracts';
import { AppError, type Actor } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import * as repo from '../repo/knowledge-articles.js';
import { kb } from '../repo/knowledge-tables.js';
import { presentArticles, visibilityOf } from './knowledge-access.js';

/** One article as the caller may see it; a draft outside a writer's scope looks like no article at all. */
export async function getArticle(deps: HotlineDeps, actor: Actor, id: string): Promise<KnowledgeArticle> {
  const row = await repo.findArticle(kb(deps.db), id, visibilityOf(actor));
  if (!row) throw new AppError('NOT_FOUND');
  const [article] = await presentArticles(deps, [row]);
  return article!;
}

export async function listArticles(
  deps: HotlineDeps,
  actor: Actor,
  f: Omit<repo.ArticleFilter, 'page' | 'pageSize'> & { page?: number | undefined; pageSize?: number | undefined },
): Promise<PagedResult<KnowledgeArticle>> {
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  const q = f.q?.trim() || undefined;
  const { rows, total } = await repo.listArticles(kb(deps.db), visibilityOf(actor), { ...f, q, page, pageSize });
  return { items: await presentArticles(deps, rows), total, page, pageSize };
}
