import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ArticleListQuery,
  ArticleStatusBody,
  CreateArticleBody,
  KnowledgeArticle,
  KnowledgeArticleList,
  KnowledgeHits,
  KnowledgeSearchQuery,
  SuggestBody,
  UpdateArticleBody,
  Uuid,
} from '@yiwang/contracts';
import { actorOf, idempotencyOf, metaOf, needs } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { createArticle } from '../use-cases/create-article.js';
import { getArticle, listArticles } from '../use-cases/get-article.js';
import { searchKnowledge } from '../use-cases/search-knowledge.js';
import { setArticleStatus } from '../use-cases/set-article-status.js';
import { suggestArticles } from '../use-cases/suggest-articles.js';
import { updateArticle } from '../use-cases/update-article.js';

const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const tags = ['hotline: knowledge'];
const READ = needs('hotline.knowledge.read');
const WRITE = needs('hotline.knowledge.write');
const idOf = (req: { params: unknown }) => (req.params as { id: string }).id;

export function knowledgeRoutes(app: FastifyInstance, deps: HotlineDeps) {
  app.get(
    '/knowledge/articles',
    {
      schema: {
        tags,
        summary: '知识库文章列表（读者见已发布，编辑另见本范围内的草稿与归档）',
        querystring: ArticleListQuery,
        response: { 200: KnowledgeArticleList },
      },
      config: { policy: READ },
    },
    async (req) => listArticles(deps, actorOf(req), req.query as never),
  );
  app.get(
    '/knowledge/articles/:id',
    { schema: { tags, summary: '知识库文章详情', params: IdParams, response: { 200: KnowledgeArticle } }, config: { policy: READ } },
    async (req) => getArticle(deps, actorOf(req), idOf(req)),
  );
  app.post(
    '/knowledge/articles',
    {
      schema: { tags, summary: '新建知识库文章（草稿）', body: CreateArticleBody, response: { 200: KnowledgeArticle } },
      config: { policy: WRITE },
    },
    async (req) => createArticle(deps, metaOf(req), actorOf(req), req.body as never, idempotencyOf(req)),
  );
  app.patch(
    '/knowledge/articles/:id',
    {
      schema: { tags, summary: '修改知识库文章', params: IdParams, body: UpdateArticleBody, response: { 200: KnowledgeArticle } },
      config: { policy: WRITE },
    },
    async (req) => updateArticle(deps, metaOf(req), actorOf(req), idOf(req), req.body as never),
  );
  for (const action of ['publish', 'archive'] as const) {
    app.post(
      `/knowledge/articles/:id/${action}`,
      {
        schema: {
          tags,
          summary: action === 'publish' ? '发布文章' : '归档文章',
          params: IdParams,
          body: ArticleStatusBody,
          response: { 200: KnowledgeArticle },
        },
        config: { policy: WRITE },
      },
      async (req) => setArticleStatus(deps, metaOf(req), actorOf(req), idOf(req), action, (req.body as { version: number }).version),
    );
  }
  app.get(
    '/knowledge/search',
    {
      schema: {
        tags,
        summary: '知识库全文检索（仅已发布且在有效期内）',
        querystring: KnowledgeSearchQuery,
        response: { 200: KnowledgeHits },
      },
      config: { policy: READ },
    },
    async (req) => searchKnowledge(deps, req.query as never),
  );
  // a POST because the call text can be long; it reads and writes nothing
  app.post(
    '/knowledge/suggest',
    {
      schema: { tags, summary: '话务员录入时推荐答案（前 5 篇）', body: SuggestBody, response: { 200: KnowledgeHits } },
      config: { policy: READ },
    },
    async (req) => suggestArticles(deps, req.body as never),
  );
}
