import { jaccard, NEAR_DUPLICATE_THRESHOLD, shingles } from './text-similarity.js';

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
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: NEAR_DUPLICATE_THRESHOLD, minSize: 3 };

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
  const grams = items.map((it) => shingles(it.text));
  const edges: Array<[number, number, number]> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const s = jaccard(grams[i]!, grams[j]!);
      if (s >= opts.threshold) edges.push([s, i, j]);
    }
  }
  // strongest links first (Kruskal): the links that join two groups are the ones holding the cluster together
  edges.sort((a, b) => b[0] - a[0]);
  const parent = items.map((_, i) => i);
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
  items.forEach((it, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(it.id);
    else groups.set(root, [it.id]);
  });
  return [...groups.entries()]
    .filter(([, ids]) => ids.length >= opts.minSize)
    .map(([root, ids]) => ({ ids, minSimilarity: weakest.get(root) ?? 1 }))
    .sort((a, b) => b.ids.length - a.ids.length);
}
