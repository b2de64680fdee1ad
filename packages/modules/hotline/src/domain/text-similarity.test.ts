import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, normalizeForSimilarity, shingles, textSimilarity } from './text-similarity.js';

describe('near-duplicate text similarity', () => {
  it('scores two reports of the same problem above the threshold and unrelated ones below it', () => {
    const a = '榕城区东门路3号楼下水管道破裂，污水漫到路面，请尽快处理。';
    const b = '东门路5号楼下水管道破裂了，污水漫到路面上，请尽快处理！';
    const c = '咨询城乡居民医保参保登记需要带什么材料。';
    expect(textSimilarity(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(textSimilarity(a, c)).toBeLessThan(0.1);
  });

  it('ignores punctuation, spaces, digits and full-width forms', () => {
    expect(normalizeForSimilarity('ＡＢ， c 12号！')).toBe('abc号');
    expect(textSimilarity('路灯不亮。', '路灯  不亮!!')).toBe(1);
  });

  it('never calls blank or punctuation-only texts similar', () => {
    expect(textSimilarity('', '')).toBe(0);
    expect(textSimilarity('。。。', '！！')).toBe(0);
    expect(shingles('灯')).toEqual(new Set(['灯']));
  });

  it('is symmetric, bounded by [0, 1] and 1 on identical non-blank text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        const s = textSimilarity(x, y);
        expect(s).toBe(textSimilarity(y, x));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        if (shingles(x).size > 0) expect(textSimilarity(x, x)).toBe(1);
      }),
    );
    expect(jaccard(new Set(['ab']), new Set())).toBe(0);
  });
});
