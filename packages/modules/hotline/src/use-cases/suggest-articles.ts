import type { KnowledgeHit, SuggestBody } from '@yiwang/contracts';
import type { HotlineDeps } from '../deps.js';
import { rankArticles } from './search-knowledge.js';

export const SUGGESTIONS = 5;

/** While an agent types a call, the top answers for what the caller said so far (title and body). */
export function suggestArticles(deps: HotlineDeps, input: SuggestBody): Promise<KnowledgeHit[]> {
  return rankArticles(deps, `${input.title ?? ''}\n${input.body}`, { limit: SUGGESTIONS });
}
