import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { singleLinkClusters } from './complaint-clusters.js';
import { textSimilarity } from './text-similarity.js';

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
    expect(singleLinkClusters(leak.slice(0, 2), { threshold: 0.5, minSize: 2 })).toHaveLength(1);
  });

  it('partitions the orders: clusters never share an order, and every pair above the threshold is together', () => {
    const text = fc.constantFrom('路灯不亮', '路灯坏了不亮', '垃圾没人清', '垃圾堆没人清理', '噪音扰民', '夜间噪音扰民严重');
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        const items = texts.map((t, i) => ({ id: String(i), text: t }));
        const clusters = singleLinkClusters(items, { threshold: 0.5, minSize: 1 });
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
