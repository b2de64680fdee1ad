import { jaccard, NEAR_DUPLICATE_THRESHOLD, normalizeForSimilarity, shingles } from './text-similarity.js';

/**
 * Clusters of near-duplicate complaints (H6): many people reporting the same thing in one area and period
 * is a signal even when the category's count is ordinary. Single-link: two orders whose bigram Jaccard
 * similarity reaches the threshold are joined, and joins chain (union–find), so a cluster holds together
 * through its strongest links. Callers block by area × category × window first, which keeps the pairwise
 * comparison small and stops unrelated areas from chaining into one cluster.
 */
export interface ClusterOptions {
  threshold: number;
  minSize: number;
  /**
   * Distinct texts compared per call (the first ones given — callers pass the newest first). Identical
   * texts are joined without comparing, so a flood of the same report costs nothing; the cap bounds the
   * pairwise work of an unusually busy block.
   */
  maxDistinct: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: NEAR_DUPLICATE_THRESHOLD, minSize: 3, maxDistinct: 400 };

export interface TextItem {
  id: string;
  text: string;
}

export interface Cluster {
  ids: string[];
  /** the weakest link that joined the cluster */
  minSimilarity: number;
}

export function singleLinkClusters(items: readonly TextItem[], opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Cluster[] {
  if (items.length < opts.minSize) return [];
  // one node per distinct normalized text; identical reports are one node from the start
  const nodeOf = new Map<string, number>();
  const members: string[][] = [];
  for (const it of items) {
    const key = normalizeForSimilarity(it.text);
    let node = nodeOf.get(key);
    if (node === undefined) {
      if (members.length >= opts.maxDistinct || key === '') continue;
      node = members.length;
      nodeOf.set(key, node);
      members.push([]);
    }
    members[node]!.push(it.id);
  }
  const edges = similarPairs(
    [...nodeOf.keys()].map((k) => shingles(k)),
    opts.threshold,
  );
  // strongest links first (Kruskal): the links that join two groups are the ones holding the cluster together
  edges.sort((a, b) => b[0] - a[0]);
  const parent = members.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const weakest = new Map<number, number>();
  for (const [s, i, j] of edges) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    parent[b] = a;
    weakest.set(a, Math.min(s, weakest.get(a) ?? 1, weakest.get(b) ?? 1));
  }
  const groups = new Map<number, string[]>();
  members.forEach((ids, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(...ids);
    else groups.set(root, [...ids]);
  });
  return [...groups.entries()]
    .filter(([, ids]) => ids.length >= opts.minSize)
    .map(([root, ids]) => ({ ids, minSimilarity: weakest.get(root) ?? 1 }))
    .sort((a, b) => b.ids.length - a.ids.length);
}

/**
 * Every pair with Jaccard ≥ t, without comparing every pair (prefix filtering, as in all-pairs similarity
 * joins): order each set's bigrams rarest first; two sets with J ≥ t must share one of the first
 * |A| − ⌈t·|A|⌉ + 1 bigrams of each. Only pairs sharing such a bigram are measured.
 */
export function similarPairs(sets: ReadonlyArray<ReadonlySet<string>>, t: number): Array<[number, number, number]> {
  const df = new Map<string, number>();
  for (const s of sets) for (const g of s) df.set(g, (df.get(g) ?? 0) + 1);
  const rank = (a: string, b: string) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const index = new Map<string, number[]>();
  const seen = new Set<number>();
  const out: Array<[number, number, number]> = [];
  sets.forEach((set, i) => {
    const sorted = [...set].sort(rank);
    const prefix = sorted.slice(0, sorted.length - Math.ceil(t * sorted.length) + 1);
    seen.clear();
    for (const g of prefix) {
      for (const j of index.get(g) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const sim = jaccard(sets[j]!, set);
        if (sim >= t) out.push([sim, j, i]);
      }
    }
    for (const g of prefix) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  });
  return out;
}
