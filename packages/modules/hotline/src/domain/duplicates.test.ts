import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateArea, rankDuplicates } from './duplicates.js';
import { textSimilarity } from './text-similarity.js';

const at = (d: number) => new Date(Date.UTC(2026, 2, d));

describe('near-duplicate suggestions', () => {
  it('looks in the town of a village, the town itself, or a coarser area as given', () => {
    expect(duplicateArea('445222001201')).toBe('445222001');
    expect(duplicateArea('445222001000')).toBe('445222001');
    expect(duplicateArea('445222000000')).toBe('445222');
    expect(duplicateArea('445200000000')).toBe('4452');
    expect(duplicateArea(null)).toBeNull();
    expect(duplicateArea('44522200100')).toBeNull();
  });

  it('keeps candidates at or above the threshold, most similar first and newest first on ties', () => {
    const text = '东门路3号楼下水管道破裂，污水漫到路面，请尽快处理。';
    const candidates = [
      { id: 'old', text: '东门路5号楼下水管道破裂了，污水漫到路面上，请尽快处理！', createdAt: at(1) },
      { id: 'same-new', text: '东门路5号楼下水管道破裂了，污水漫到路面上，请尽快处理！', createdAt: at(3) },
      { id: 'exact', text, createdAt: at(2) },
      { id: 'other', text: '咨询城乡居民医保参保登记需要带什么材料。', createdAt: at(4) },
    ];
    const ranked = rankDuplicates(text, candidates);
    expect(ranked.map((c) => c.id)).toEqual(['exact', 'same-new', 'old']);
    expect(ranked[0]!.similarity).toBe(1);
    expect(rankDuplicates(text, candidates, 0.5, 1).map((c) => c.id)).toEqual(['exact']);
  });

  it('agrees with textSimilarity and never returns a candidate below the threshold', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string(), { maxLength: 6 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (text, texts, threshold) => {
          const ranked = rankDuplicates(
            text,
            texts.map((t, i) => ({ id: i, text: t, createdAt: at(1 + i) })),
            threshold,
            10,
          );
          for (const r of ranked) {
            expect(r.similarity).toBeGreaterThanOrEqual(threshold);
            expect(r.similarity).toBeCloseTo(textSimilarity(text, r.text), 12);
          }
        },
      ),
    );
  });
});
