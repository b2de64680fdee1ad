/**
 * Near-duplicate text measure for work orders (H1 merge suggestions, H6 complaint clusters).
 * Character bigrams suit Chinese without a tokenizer and are robust to small edits; punctuation,
 * whitespace and digits are dropped first so "3号楼" and "5号楼" reports of one leak still match.
 */
const NOISE = /[\s\p{P}\p{S}\d]+/gu;

export function normalizeForSimilarity(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOISE, '');
}

/** The set of character bigrams of the normalized text (one unigram for one-character texts). */
export function shingles(text: string): Set<string> {
  const chars = [...normalizeForSimilarity(text)];
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** |A ∩ B| / |A ∪ B|; two empty sets are not similar (0), so blank texts never merge. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  return common / (a.size + b.size - common);
}

export function textSimilarity(a: string, b: string): number {
  return jaccard(shingles(a), shingles(b));
}

/** At or above this bigram Jaccard two orders are suggested as duplicates of each other. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
