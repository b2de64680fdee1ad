import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { textArray, type ScopeFilter } from '@yiwang/platform';
import type { KbArticleTable, KnowledgeDb, KQ } from './knowledge-tables.js';

export type ArticleRow = Omit<KbArticleTable, 'search' | 'status' | 'source' | 'version' | 'created_at' | 'updated_at'> & {
  status: 'draft' | 'published' | 'archived';
  source: string;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const COLUMNS = [
  'id',
  'kind',
  'title',
  'body',
  'category_codes',
  'owner_unit_id',
  'owner_division_code',
  'valid_from',
  'valid_to',
  'status',
  'source_url',
  'source',
  'source_ref',
  'version',
  'published_at',
  'created_at',
  'updated_at',
  'created_by',
] as const;

type Eb = ExpressionBuilder<KnowledgeDb, 'hotline.kb_article'>;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** A writer's data scope over articles, by their owner department: own unit, own division and below, or all. */
function ownedInScope(eb: Eb, scope: ScopeFilter): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'division':
      return eb('owner_division_code', 'like', `${escapeLike(scope.prefix)}%`);
    case 'unit':
      return eb('owner_unit_id', '=', scope.departmentId);
    case 'none':
      return sql<boolean>`false`;
  }
}

/**
 * Who sees an article: every reader sees published ones (the knowledge base serves the whole
 * city); drafts and archived ones only writers whose scope covers the owner. `writerScope` is null
 * for readers without the write permission.
 */
export interface ArticleVisibility {
  writerScope: ScopeFilter | null;
}

function visible(eb: Eb, v: ArticleVisibility): Expression<SqlBool> {
  const published = eb('status', '=', 'published');
  return v.writerScope === null ? published : eb.or([published, ownedInScope(eb, v.writerScope)]);
}

export async function insertArticle(q: KQ, row: Omit<ArticleRow, 'version' | 'created_at' | 'updated_at'>, vector: string) {
  await q
    .insertInto('hotline.kb_article')
    .values({ ...row, category_codes: textArray(row.category_codes), search: sql`${vector}::tsvector` as unknown as string })
    .execute();
}

export type ArticlePatch = Partial<
  Pick<ArticleRow, 'kind' | 'title' | 'body' | 'category_codes' | 'owner_unit_id' | 'owner_division_code' | 'valid_from' | 'valid_to'>
> &
  Partial<Pick<ArticleRow, 'source_url' | 'status' | 'published_at'>>;

/** Optimistic lock: false when the article changed since `version`. A new vector comes with a new title or body. */
export async function updateArticle(q: KQ, id: string, version: number, patch: ArticlePatch, vector?: string): Promise<boolean> {
  const { category_codes, ...rest } = patch;
  const r = await q
    .updateTable('hotline.kb_article')
    .set({
      ...rest,
      ...(category_codes ? { category_codes: textArray(category_codes) } : {}),
      ...(vector === undefined ? {} : { search: sql`${vector}::tsvector` as unknown as string }),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function findArticle(q: KQ, id: string, v: ArticleVisibility): Promise<ArticleRow | undefined> {
  return q
    .selectFrom('hotline.kb_article')
    .select(COLUMNS)
    .where('id', '=', id)
    .where((eb) => visible(eb, v))
    .executeTakeFirst() as Promise<ArticleRow | undefined>;
}

/** A write target: the article when the writer's scope covers its owner. */
export function findOwnedArticle(q: KQ, id: string, scope: ScopeFilter): Promise<ArticleRow | undefined> {
  return q
    .selectFrom('hotline.kb_article')
    .select(COLUMNS)
    .where('id', '=', id)
    .where((eb) => ownedInScope(eb, scope))
    .executeTakeFirst() as Promise<ArticleRow | undefined>;
}

export interface ArticleFilter {
  q?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  categoryCode?: string | undefined;
  ownerUnitId?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listArticles(q: KQ, v: ArticleVisibility, f: ArticleFilter) {
  let query = q.selectFrom('hotline.kb_article').where((eb) => visible(eb, v));
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.status) query = query.where('status', '=', f.status);
  if (f.ownerUnitId) query = query.where('owner_unit_id', '=', f.ownerUnitId);
  if (f.categoryCode) query = query.where(sql<boolean>`${f.categoryCode} = ANY(category_codes)`);
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    query = query.where((eb) => eb.or([eb('title', 'ilike', like), eb('body', 'ilike', like)]));
  }
  const [rows, count] = await Promise.all([
    query
      .select(COLUMNS)
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as ArticleRow[], total: Number(count.n) };
}

export interface CandidateArticle {
  id: string;
  kind: string;
  title: string;
  body: string;
  version: number;
  source_url: string | null;
  updated_at: Date;
}

/** The articles that may be cited today: published and inside their validity period (both ends inclusive). */
function citable(eb: Eb, today: string, kind: string | undefined): Expression<SqlBool> {
  return eb.and([
    eb('status', '=', 'published'),
    eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', today)]),
    eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]),
    ...(kind ? [eb('kind', '=', kind)] : []),
  ]);
}

export interface SearchScope {
  today: string;
  kind?: string | undefined;
}

/**
 * Full-text candidates among the citable articles: any of the OR-ed terms matches (GIN index),
 * best ts_rank_cd first. The caller re-ranks them (BM25), so `limit` is generous.
 */
export function searchCandidates(q: KQ, tsquery: string, scope: SearchScope, limit: number): Promise<CandidateArticle[]> {
  const query = sql`${tsquery}::tsquery`;
  return q
    .selectFrom('hotline.kb_article')
    .select(['id', 'kind', 'title', 'body', 'version', 'source_url', 'updated_at'])
    .where((eb) => citable(eb, scope.today, scope.kind))
    .where(sql<boolean>`search @@ ${query}`)
    .orderBy(sql`ts_rank_cd(search, ${query})`, 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * How many citable articles there are and how many contain each term (quoted lexemes), for the
 * BM25 idf; one round-trip, each term answered from the GIN index.
 */
export async function termStatistics(q: KQ, quotedTerms: readonly string[], scope: SearchScope) {
  const [total, perTerm] = await Promise.all([
    q
      .selectFrom('hotline.kb_article')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => citable(eb, scope.today, scope.kind))
      .executeTakeFirstOrThrow(),
    sql<{ term: string; df: number }>`SELECT t.term, count(a.id) AS df
      FROM unnest(${textArray(quotedTerms)}) AS t(term)
      LEFT JOIN hotline.kb_article a ON a.search @@ t.term::tsquery
        AND a.status = 'published'
        AND (a.valid_from IS NULL OR a.valid_from <= ${scope.today}::date)
        AND (a.valid_to IS NULL OR a.valid_to >= ${scope.today}::date)
        AND (${scope.kind ?? null}::text IS NULL OR a.kind = ${scope.kind ?? null}::text)
      GROUP BY t.term`.execute(q),
  ]);
  return { documents: Number(total.n), df: new Map(perTerm.rows.map((r) => [r.term, Number(r.df)])) };
}

/** Which of these ids exist already (the demo seed adds only the missing articles). */
export async function existingArticleIds(q: KQ, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await q
    .selectFrom('hotline.kb_article')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}
