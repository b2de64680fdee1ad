import { divisionPrefix } from '@yiwang/platform';
import { NEAR_DUPLICATE_THRESHOLD, jaccard, shingles } from './text-similarity.js';

/** H1 duplicate and repeat-call windows; configurable per region in principle, these are the defaults. */
export const DUPLICATE_WINDOW_DAYS = 7;
export const REPEAT_CALLER_WINDOW_DAYS = 30;
export const MAX_DUPLICATE_SUGGESTIONS = 5;
/**
 * How many recent open orders of the area are compared in code; the newest are the likeliest
 * duplicates. A busy town gets about 15 calls a day (Jieyang: 1,500 a day, ~100 towns), so a week fits.
 */
export const DUPLICATE_CANDIDATE_LIMIT = 150;

/** Orders in these states take no more work, so nothing is merged into them. */
export const CLOSED_STATES = ['closed', 'merged', 'answered_directly'] as const;

/**
 * The area a duplicate is looked for in: the town (9 significant digits) of a village or town code,
 * or the coarser area as given; null without a valid code, because "somewhere" is no area.
 */
export function duplicateArea(divisionCode: string | null): string | null {
  if (divisionCode === null) return null;
  const prefix = divisionPrefix(divisionCode);
  return prefix === null ? null : prefix.slice(0, 9);
}

/** Candidates at or above the threshold, most similar first (newest first on ties), at most `max`. */
export function rankDuplicates<T extends { text: string; createdAt: Date }>(
  text: string,
  candidates: readonly T[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
  max = MAX_DUPLICATE_SUGGESTIONS,
): Array<T & { similarity: number }> {
  const mine = shingles(text);
  return candidates
    .map((c) => ({ ...c, similarity: jaccard(mine, shingles(c.text)) }))
    .filter((c) => c.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity || b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, max);
}

/** The start of a look-back window of whole days. */
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
