/**
 * The passage of an article shown under a search hit: the window of the body that holds the most
 * different query terms, as plain text (the UI highlights the terms, so no markup can be injected).
 */
export interface Snippet {
  snippet: string;
  /** query terms found in the title or the snippet, longest first (highlight them in that order) */
  matchedTerms: string[];
}

const MAX_OCCURRENCES_PER_TERM = 50;
/** Characters kept before the first match so the passage does not start mid-phrase. */
const LEAD = 12;

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function occurrences(haystack: string, terms: readonly string[]): Array<{ at: number; term: number }> {
  const found: Array<{ at: number; term: number }> = [];
  terms.forEach((term, i) => {
    if (term.length === 0) return;
    let from = 0;
    for (let n = 0; n < MAX_OCCURRENCES_PER_TERM; n++) {
      const at = haystack.indexOf(term, from);
      if (at < 0) break;
      found.push({ at, term: i });
      from = at + term.length;
    }
  });
  return found.sort((a, b) => a.at - b.at);
}

/** The start of the `width`-character window covering the most distinct terms (the earliest of equals). */
function bestWindowStart(found: Array<{ at: number; term: number }>, width: number): number | null {
  let best: { start: number; distinct: number } | null = null;
  for (let i = 0; i < found.length; i++) {
    const start = found[i]!.at;
    const inside = new Set<number>();
    for (let j = i; j < found.length && found[j]!.at < start + width; j++) inside.add(found[j]!.term);
    if (!best || inside.size > best.distinct) best = { start, distinct: inside.size };
  }
  return best?.start ?? null;
}

export function buildSnippet(title: string, body: string, terms: readonly string[], maxLength = 120): Snippet {
  // lower-casing keeps offsets only when it keeps the length (it does for CJK and ASCII)
  const lower = body.toLowerCase();
  const haystack = lower.length === body.length ? lower : body;
  const matchStart = bestWindowStart(occurrences(haystack, terms), maxLength - LEAD);
  let start = matchStart === null ? 0 : Math.max(0, matchStart - LEAD);
  if (start > 0 && isLowSurrogate(body.charCodeAt(start))) start++;
  let end = Math.min(body.length, start + maxLength);
  if (end < body.length && isLowSurrogate(body.charCodeAt(end))) end++;
  const text = body.slice(start, end).replace(/\s+/g, ' ').trim();
  const snippet = `${start > 0 ? '…' : ''}${text}${end < body.length ? '…' : ''}`;
  const visible = `${title}\n${snippet}`.toLowerCase();
  const matchedTerms = [...new Set(terms)].filter((t) => t.length > 0 && visible.includes(t)).sort((a, b) => b.length - a.length);
  return { snippet, matchedTerms };
}
