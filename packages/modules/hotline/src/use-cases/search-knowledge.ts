import type { KnowledgeHit, KnowledgeKind } from '@yiwang/contracts';
import { todayInShanghai } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { bm25Scores } from '../domain/knowledge-rank.js';
import { orQuery, quoteLexeme, weightedQueryTerms } from '../domain/knowledge-text.js';
import { presentHit } from '../knowledge-presenters.js';
import { searchCandidates, termStatistics } from '../repo/knowledge-articles.js';
import { kb } from '../repo/knowledge-tables.js';

/** Candidates re-ranked per request: enough that BM25 can lift a hit ts_rank_cd placed low. */
const CANDIDATES = 200;

/**
 * Ranks the articles citable today against a text: its jieba terms OR-ed find the candidates in
 * PostgreSQL, BM25 orders them (domain/knowledge-rank.ts). A text with nothing searchable in it
 * (punctuation, filler words) finds nothing, not everything.
 */
export async function rankArticles(
  deps: HotlineDeps,
  text: string,
  opts: { kind?: KnowledgeKind | undefined; limit: number },
): Promise<KnowledgeHit[]> {
  const terms = weightedQueryTerms(text);
  const tsquery = orQuery(terms.map((t) => t.term));
  if (tsquery === null) return [];
  const scope = { today: todayInShanghai(), kind: opts.kind };
  const candidates = await searchCandidates(kb(deps.db), tsquery, scope, Math.max(CANDIDATES, opts.limit));
  if (candidates.length === 0) return [];
  const quoted = terms.map((t) => quoteLexeme(t.term));
  const stats = await termStatistics(kb(deps.db), quoted, scope);
  const documentFrequency = new Map(terms.map((t, i) => [t.term, stats.df.get(quoted[i]!) ?? 0]));
  const scores = bm25Scores(terms, candidates, { documents: stats.documents, documentFrequency });
  const plain = terms.map((t) => t.term);
  return candidates
    .map((a, i) => ({ a, score: scores[i]! }))
    .sort((x, y) => y.score - x.score || y.a.updated_at.getTime() - x.a.updated_at.getTime() || x.a.id.localeCompare(y.a.id))
    .slice(0, opts.limit)
    .map(({ a, score }) => presentHit({ ...a, score }, plain));
}

/** GET /knowledge/search: agents and units looking something up. */
export function searchKnowledge(
  deps: HotlineDeps,
  query: { q: string; kind?: KnowledgeKind | undefined; limit?: number | undefined },
): Promise<KnowledgeHit[]> {
  return rankArticles(deps, query.q, { kind: query.kind, limit: query.limit ?? 10 });
}
