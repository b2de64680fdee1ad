import type { KnowledgeArticle, KnowledgeHit, KnowledgeKind } from '@yiwang/contracts';
import { citability } from './domain/knowledge-article.js';
import { buildSnippet } from './domain/knowledge-snippet.js';
import type { ArticleRow, CandidateArticle } from './repo/knowledge-articles.js';

// API shapes of the knowledge base, built here and never straight from rows.
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export const presentArticle = (a: ArticleRow, ownerUnitName: string | null, today: string): KnowledgeArticle => ({
  id: a.id,
  title: a.title,
  body: a.body,
  kind: a.kind as KnowledgeKind,
  categoryCodes: a.category_codes,
  ownerUnitId: a.owner_unit_id,
  ownerUnitName,
  validFrom: a.valid_from,
  validTo: a.valid_to,
  citable: citability({ status: a.status, validFrom: a.valid_from, validTo: a.valid_to }, today) === 'citable',
  status: a.status,
  sourceUrl: a.source_url,
  source: a.source,
  publishedAt: iso(a.published_at),
  createdAt: iso(a.created_at)!,
  updatedAt: iso(a.updated_at)!,
  version: a.version,
});

/** The score is the BM25 value, rounded: four digits rank as well as sixteen and read better. */
export function presentHit(a: CandidateArticle & { score: number }, terms: readonly string[]): KnowledgeHit {
  const { snippet, matchedTerms } = buildSnippet(a.title, a.body, terms);
  return {
    id: a.id,
    title: a.title,
    kind: a.kind as KnowledgeKind,
    snippet,
    matchedTerms,
    score: Math.round(a.score * 10_000) / 10_000,
    version: a.version,
    sourceUrl: a.source_url,
  };
}
