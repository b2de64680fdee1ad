import { AppError, todayInShanghai } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import type { Action } from '../domain/index.js';
import { citability } from '../domain/knowledge-article.js';
import { findArticle } from '../repo/knowledge-articles.js';
import { kb } from '../repo/knowledge-tables.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * 直接答复 must cite a real article that is published and valid today; the cited title and version
 * go with the action onto the timeline. Other actions pass through; an empty article id is left to
 * the state machine (ARTICLE_REQUIRED).
 */
export async function withCitation(deps: HotlineDeps, action: Action): Promise<Action> {
  if (action.type !== 'answer_directly') return action;
  const articleId = action.articleId.trim();
  if (articleId === '') return action;
  // any status: an archived article is "not published", not "unknown"
  const article = UUID.test(articleId) ? await findArticle(kb(deps.db), articleId, { writerScope: { kind: 'all' } }) : undefined;
  if (!article) throw new AppError('KNOWLEDGE_ARTICLE_UNKNOWN', { articleId });
  const verdict = citability({ status: article.status, validFrom: article.valid_from, validTo: article.valid_to }, todayInShanghai());
  if (verdict === 'unpublished') throw new AppError('KNOWLEDGE_ARTICLE_UNPUBLISHED', { articleId, status: article.status });
  if (verdict === 'not_valid') {
    throw new AppError('KNOWLEDGE_ARTICLE_NOT_VALID', { articleId, validFrom: article.valid_from, validTo: article.valid_to });
  }
  return { ...action, articleId: article.id, citation: { title: article.title, version: article.version } };
}
