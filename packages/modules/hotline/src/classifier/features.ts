import { charNgrams, normalizeText, type WordTokenizer } from './tokenize.js';

/** The text of one message; about 38 % of hotline messages have no title. */
export interface MessageText {
  title?: string;
  body: string;
}

/**
 * Three feature blocks, each TF-IDF weighted and L2-normalised on its own, then scaled by its
 * weight; the concatenation is L2-normalised again. A weight of 0 switches a block off.
 *  - `char`: character n-grams of title + body (robust to segmentation errors and typos);
 *  - `word`: jieba words (and optionally word bigrams) of title + body;
 *  - `title`: words and character n-grams of the title alone, so a title counts more than a
 *    sentence of the body.
 */
export interface FeatureConfig {
  char: { min: number; max: number; weight: number };
  word: { bigrams: boolean; weight: number };
  title: { min: number; max: number; weight: number };
  /** Terms seen in fewer training documents are dropped. */
  minDf: number;
  /** Terms seen in a larger share of training documents are dropped. */
  maxDfRatio: number;
}

export const DEFAULT_FEATURES: FeatureConfig = {
  char: { min: 1, max: 3, weight: 1 },
  word: { bigrams: true, weight: 1 },
  title: { min: 1, max: 2, weight: 0.5 },
  minDf: 2,
  maxDfRatio: 0.9,
};

const BLOCKS = ['c', 'w', 't'] as const;
const BLOCK_INDEX: Record<string, number> = { c: 0, w: 1, t: 2 };

function blockWeights(cfg: FeatureConfig): number[] {
  return [cfg.char.weight, cfg.word.weight, cfg.title.weight];
}

/** Raw term counts of one message; each term carries its block prefix ("c ", "w ", "t "). */
export function extractTerms(
  msg: MessageText,
  cfg: FeatureConfig,
  tokenizer: WordTokenizer,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (prefix: string, terms: readonly string[]): void => {
    for (const t of terms) {
      const key = prefix + t;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  };
  const title = normalizeText(msg.title ?? '').trim();
  const body = normalizeText(msg.body);
  const full = title.length > 0 ? `${title}\n${body}` : body;
  if (cfg.char.weight > 0) add('c ', charNgrams(full, cfg.char.min, cfg.char.max));
  if (cfg.word.weight > 0) {
    const words = tokenizer.words(full);
    add('w ', words);
    if (cfg.word.bigrams) {
      add(
        'w ',
        words.slice(1).map((w, i) => `${words[i] ?? ''}|${w}`),
      );
    }
  }
  if (cfg.title.weight > 0 && title.length > 0) {
    add('t ', tokenizer.words(title));
    add('t ', charNgrams(title, cfg.title.min, cfg.title.max));
  }
  return counts;
}

/** Interns term strings so that a corpus can be held as integer arrays across CV folds. */
export class TermTable {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];

  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

/** A document as interned term ids and raw counts. */
export interface TermDoc {
  ids: Int32Array;
  counts: Float32Array;
}

export function internTerms(terms: Map<string, number>, table: TermTable): TermDoc {
  const ids = new Int32Array(terms.size);
  const counts = new Float32Array(terms.size);
  let k = 0;
  for (const [term, n] of terms) {
    ids[k] = table.intern(term);
    counts[k] = n;
    k++;
  }
  return { ids, counts };
}

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

/** A fitted vocabulary with idf; serialisable as is. */
export interface VectorizerState {
  config: FeatureConfig;
  vocabulary: readonly string[];
  idf: Float32Array;
}

/** Selects the vocabulary on training documents (document frequency bounds) and computes idf. */
export function fitVectorizer(
  docs: readonly TermDoc[],
  table: TermTable,
  cfg: FeatureConfig,
): VectorizerState {
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

/** Turns term counts into sublinear TF-IDF vectors with per-block normalisation. */
export class Vectorizer {
  readonly dim: number;
  private readonly index: Map<string, number>;
  private readonly block: Uint8Array;
  private readonly weights: number[];

  constructor(readonly state: VectorizerState) {
    this.dim = state.vocabulary.length;
    this.index = new Map(state.vocabulary.map((t, i) => [t, i]));
    this.block = Uint8Array.from(state.vocabulary, (t) => BLOCK_INDEX[t.charAt(0)] ?? 0);
    this.weights = blockWeights(state.config);
  }

  /** Maps interned ids of `table` to this vocabulary (-1 when absent). */
  idMap(table: TermTable): Int32Array {
    const map = new Int32Array(table.terms.length).fill(-1);
    table.terms.forEach((t, id) => {
      const j = this.index.get(t);
      if (j !== undefined) map[id] = j;
    });
    return map;
  }

  fromTermDoc(doc: TermDoc, idMap: Int32Array): SparseVector {
    const idx: number[] = [];
    const tf: number[] = [];
    doc.ids.forEach((id, k) => {
      const j = idMap[id] ?? -1;
      if (j >= 0) {
        idx.push(j);
        tf.push(doc.counts[k] ?? 0);
      }
    });
    return this.weigh(idx, tf);
  }

  fromTerms(terms: Map<string, number>): SparseVector {
    const idx: number[] = [];
    const tf: number[] = [];
    for (const [t, n] of terms) {
      const j = this.index.get(t);
      if (j !== undefined) {
        idx.push(j);
        tf.push(n);
      }
    }
    return this.weigh(idx, tf);
  }

  private weigh(idx: number[], tf: number[]): SparseVector {
    const val = new Float32Array(idx.length);
    const norms = new Float64Array(BLOCKS.length);
    idx.forEach((j, k) => {
      const v = (1 + Math.log(tf[k] ?? 1)) * (this.state.idf[j] ?? 0);
      val[k] = v;
      const b = this.block[j] ?? 0;
      norms[b] = (norms[b] ?? 0) + v * v;
    });
    const scale = Array.from(norms, (s, b) => (s > 0 ? (this.weights[b] ?? 0) / Math.sqrt(s) : 0));
    let total = 0;
    idx.forEach((j, k) => {
      const v = (val[k] ?? 0) * (scale[this.block[j] ?? 0] ?? 0);
      val[k] = v;
      total += v * v;
    });
    if (total > 0) {
      const inv = 1 / Math.sqrt(total);
      for (let k = 0; k < val.length; k++) val[k] = (val[k] ?? 0) * inv;
    }
    return { idx: Int32Array.from(idx), val };
  }
}
