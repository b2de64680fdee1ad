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
    const ns = entryNamespace(entry);
    if (ns < 0) throw new RangeError(`vocabulary entry without a known prefix: ${entry}`);
    const term = entry.slice(2);
    this.set(ns, NAMESPACES[ns]?.gram ? gramKey(term) : wordKey(term), id);
  }
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

/** Selects the vocabulary on training documents (document-frequency bounds) and computes idf. */
export function fitVectorizer(docs: readonly TermDoc[], table: TermTable, cfg: FeatureConfig): VectorizerState {
  const df = new Int32Array(table.terms.length);
  for (const d of docs) for (const id of d.ids) df[id] = (df[id] ?? 0) + 1;
  const n = docs.length;
  const maxDf = Math.max(cfg.minDf, Math.floor(cfg.maxDfRatio * n));
  const vocabulary: string[] = [];
  const idf: number[] = [];
  for (let id = 0; id < df.length; id++) {
    const f = df[id] ?? 0;
    if (f < cfg.minDf || f > maxDf) continue;
    vocabulary.push(table.terms[id] ?? '');
    idf.push(Math.log((1 + n) / (1 + f)) + 1);
  }
  return { config: cfg, vocabulary, idf: Float32Array.from(idf) };
}
