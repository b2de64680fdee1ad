import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similarPairs, singleLinkClusters } from './complaint-clusters.js';
import { jaccard, shingles, textSimilarity } from './text-similarity.js';

const leak = [
  { id: 'a', text: '东门路3号楼下水管道破裂，污水漫到路面，请尽快处理。' },
  { id: 'b', text: '东门路5号楼下水管道破裂了，污水漫到路面上，请尽快处理！' },
  { id: 'c', text: '东门路下水管道破裂了，污水漫到路面上，臭气熏天。' },
  { id: 'd', text: '东门路污水漫到路面上，臭气熏天，没人管。' },
];
const other = [
  { id: 'x', text: '咨询城乡居民医保参保登记需要带什么材料。' },
  { id: 'y', text: '小区门口夜间施工噪音太大，影响休息。' },
];

describe('near-duplicate complaint clusters', () => {
  it('chains reports of one leak into one cluster and leaves unrelated calls out', () => {
    expect(textSimilarity(leak[0]!.text, leak[3]!.text)).toBeLessThan(0.5); // joined only through the chain
    const clusters = singleLinkClusters([...other, ...leak]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.ids.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(clusters[0]!.minSimilarity).toBeGreaterThanOrEqual(0.5);
    expect(clusters[0]!.minSimilarity).toBeLessThan(1);
  });

  it('reports no cluster smaller than the minimum size', () => {
    expect(singleLinkClusters(leak.slice(0, 2))).toEqual([]);
    expect(singleLinkClusters(leak.slice(0, 2), { threshold: 0.5, minSize: 2, maxDistinct: 10 })).toHaveLength(1);
  });

  it('joins a flood of the same report at once and bounds the distinct texts it compares', () => {
    const flood = Array.from({ length: 5000 }, (_, i) => ({ id: `f${i}`, text: `停水了！${i}号楼没水` }));
    const [cluster] = singleLinkClusters(flood);
    expect(cluster!.ids).toHaveLength(5000);
    expect(cluster!.minSimilarity).toBe(1);
    const distinct = Array.from({ length: 50 }, (_, i) => ({ id: `d${i}`, text: leak[i % 4]!.text + '啊'.repeat(i) }));
    const capped = singleLinkClusters(distinct, { threshold: 0.01, minSize: 1, maxDistinct: 10 });
    expect(capped.flatMap((c) => c.ids)).toHaveLength(10);
  });

  it('finds exactly the pairs a full comparison finds', () => {
    const text = fc.string({ unit: fc.constantFrom(...'路灯不亮垃圾没人清噪音扰民夜间施工'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 25 }), fc.constantFrom(0.3, 0.5, 0.8), (texts, t) => {
        const sets = texts.map((x) => shingles(x));
        const all: string[] = [];
        for (let i = 0; i < sets.length; i++)
          for (let j = i + 1; j < sets.length; j++) if (jaccard(sets[i]!, sets[j]!) >= t) all.push(`${i}-${j}`);
        expect(
          similarPairs(sets, t)
            .map(([, i, j]) => `${i}-${j}`)
            .sort(),
        ).toEqual(all.sort());
      }),
    );
  });

  it('partitions the orders: clusters never share an order, and every pair above the threshold is together', () => {
    const text = fc.constantFrom('路灯不亮', '路灯坏了不亮', '垃圾没人清', '垃圾堆没人清理', '噪音扰民', '夜间噪音扰民严重');
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        const items = texts.map((t, i) => ({ id: String(i), text: t }));
        const clusters = singleLinkClusters(items, { threshold: 0.5, minSize: 1, maxDistinct: 100 });
        const seen = clusters.flatMap((c) => c.ids);
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.length).toBe(items.length);
        const home = new Map(clusters.flatMap((c, n) => c.ids.map((id) => [id, n] as const)));
        for (const a of items)
          for (const b of items) if (textSimilarity(a.text, b.text) >= 0.5) expect(home.get(a.id)).toBe(home.get(b.id));
      }),
    );
  });
});
