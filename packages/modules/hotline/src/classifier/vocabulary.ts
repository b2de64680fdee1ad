import { gramKey, gramText } from './char-grams.js';
import { emitTerms, NAMESPACES, type FeatureConfig, type MessageText } from './features.js';
import { KeyIndex, pairKey, wordKey } from './term-keys.js';
import type { WordTokenizer } from './tokenize.js';

/** Lookup of term keys (n-gram codes or word hashes, see term-keys.ts) per namespace. */
export class TermIndex {
  private readonly maps = NAMESPACES.map(() => new KeyIndex());

  get(ns: number, key: number): number {
    return this.maps[ns]?.get(key) ?? -1;
  }

  set(ns: number, key: number, id: number): void {
    this.maps[ns]?.set(key, id);
  }

  /** Indexes a prefixed vocabulary entry such as "c 噪音", "w 噪音扰民" or "w 夜间|施工". */
  setEntry(entry: string, id: number): void {
    const { ns, key } = entryKey(entry);
    this.set(ns, key, id);
  }
}

/** Namespace and lookup key of a prefixed vocabulary entry. */
export function entryKey(entry: string): { ns: number; key: number } {
  const ns = entryNamespace(entry);
  if (ns < 0) throw new RangeError(`vocabulary entry without a known prefix: ${entry}`);
  const term = entry.slice(2);
  return { ns, key: NAMESPACES[ns]?.gram ? gramKey(term) : wordKey(term) };
}

/** Namespace of a prefixed vocabulary entry (-1 when unknown). */
export function entryNamespace(entry: string): number {
  return NAMESPACES.findIndex((n) => entry.startsWith(n.prefix));
}

/** Interns terms so that a corpus can be held as integer arrays across CV folds. */
export class TermTable {
  readonly index = new TermIndex();
  /** Prefixed term strings by id. */
  readonly terms: string[] = [];

  /** The id of a term, adding it with `text()` as its vocabulary entry when new. */
  intern(ns: number, key: number, text: () => string): number {
    let id = this.index.get(ns, key);
    if (id < 0) {
      id = this.terms.length;
      this.index.set(ns, key, id);
      this.terms.push((NAMESPACES[ns]?.prefix ?? '') + text());
    }
    return id;
  }
}

/** A document as interned term ids and raw counts. */
export interface TermDoc {
  ids: Int32Array;
  counts: Float32Array;
}

export function collectTerms(msg: MessageText, cfg: FeatureConfig, tokenizer: WordTokenizer, table: TermTable): TermDoc {
  const counts = new Map<number, number>();
  const add = (id: number): void => {
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  emitTerms(msg, cfg, tokenizer, {
    gram: (ns, key) => add(table.intern(ns, key, () => gramText(key))),
    word: (ns, w) => add(table.intern(ns, wordKey(w), () => w)),
    pair: (ns, a, b) => add(table.intern(ns, pairKey(a, b), () => `${a}|${b}`)),
  });
  return { ids: Int32Array.from(counts.keys()), counts: Float32Array.from(counts.values()) };
}

/** A fitted vocabulary (prefixed terms) with idf; serialisable as is. */
export interface VectorizerState {
  config: FeatureConfig;
  vocabulary: readonly string[];
  idf: Float32Array;
}

/**
 * Selects the vocabulary on training documents (document-frequency bounds) and computes idf.
 * Columns are ordered by descending document frequency, so that the per-feature arrays touched
 * most often at prediction time sit together in cache.
 */
export function fitVectorizer(docs: readonly TermDoc[], table: TermTable, cfg: FeatureConfig): VectorizerState {
  const df = new Int32Array(table.terms.length);
  for (const d of docs) for (const id of d.ids) df[id] = (df[id] ?? 0) + 1;
  const n = docs.length;
  const maxDf = Math.max(cfg.minDf, Math.floor(cfg.maxDfRatio * n));
  const kept: number[] = [];
  df.forEach((f, id) => {
    if (f >= cfg.minDf && f <= maxDf) kept.push(id);
  });
  kept.sort((a, b) => (df[b] ?? 0) - (df[a] ?? 0) || a - b);
  return {
    config: cfg,
    vocabulary: kept.map((id) => table.terms[id] ?? ''),
    idf: Float32Array.from(kept, (id) => Math.log((1 + n) / (1 + (df[id] ?? 0))) + 1),
  };
}
