import { BLOCK_COUNT, blockWeights, emitTerms, NAMESPACES, type MessageText } from './features.js';
import { pairKey, wordKey } from './term-keys.js';
import type { WordTokenizer } from './tokenize.js';
import { entryKey, TermIndex, type TermDoc, type TermTable, type VectorizerState } from './vocabulary.js';

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

/** Turns messages into sublinear TF-IDF vectors with per-block L2 normalisation. */
export class Vectorizer {
  readonly dim: number;
  private readonly state: VectorizerState;
  private readonly index = new TermIndex();
  private readonly block: Uint8Array;
  private readonly weights: number[];
  // Scratch counts for `vectorize`, which is synchronous, so one buffer per instance is safe.
  private readonly tf: Float32Array;

  constructor(state: VectorizerState) {
    this.state = state;
    this.dim = state.vocabulary.length;
    this.block = new Uint8Array(this.dim);
    state.vocabulary.forEach((entry, j) => {
      const { ns, key } = entryKey(entry);
      this.index.set(ns, key, j);
      this.block[j] = NAMESPACES[ns]?.block ?? 0;
    });
    this.weights = blockWeights(state.config);
    this.tf = new Float32Array(this.dim);
  }

  vectorize(msg: MessageText, tokenizer: WordTokenizer): SparseVector {
    const tf = this.tf;
    const index = this.index;
    const touched: number[] = [];
    const count = (ns: number, key: number): void => {
      const j = index.get(ns, key);
      if (j < 0) return;
      if (tf[j] === 0) touched.push(j);
      tf[j] = (tf[j] ?? 0) + 1;
    };
    emitTerms(msg, this.state.config, tokenizer, {
      gram: count,
      word: (ns, w) => count(ns, wordKey(w)),
      pair: (ns, a, b) => count(ns, pairKey(a, b)),
    });
    const idx = Int32Array.from(touched);
    const counts = new Float32Array(idx.length);
    for (let k = 0; k < idx.length; k++) {
      const j = idx[k] ?? 0;
      counts[k] = tf[j] ?? 0;
      tf[j] = 0;
    }
    return this.weigh(idx, counts);
  }

  /** Maps the ids of `table` to columns of this vocabulary (-1 when absent). */
  idMap(table: TermTable): Int32Array {
    const byEntry = new Map(this.state.vocabulary.map((e, j) => [e, j]));
    return Int32Array.from(table.terms, (t) => byEntry.get(t) ?? -1);
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
    return this.weigh(Int32Array.from(idx), Float32Array.from(tf));
  }

  /** Sublinear TF × idf, L2 per block times the block weight, then L2 overall. */
  private weigh(idx: Int32Array, tf: Float32Array): SparseVector {
    const { idf } = this.state;
    const block = this.block;
    const val = new Float32Array(idx.length);
    const norms = new Float64Array(BLOCK_COUNT);
    for (let k = 0; k < idx.length; k++) {
      const j = idx[k] ?? 0;
      const v = (1 + Math.log(tf[k] ?? 1)) * (idf[j] ?? 0);
      val[k] = v;
      const b = block[j] ?? 0;
      norms[b] = (norms[b] ?? 0) + v * v;
    }
    const scale = new Float64Array(BLOCK_COUNT);
    for (let b = 0; b < BLOCK_COUNT; b++) {
      const s = norms[b] ?? 0;
      scale[b] = s > 0 ? (this.weights[b] ?? 0) / Math.sqrt(s) : 0;
    }
    let total = 0;
    for (let k = 0; k < idx.length; k++) {
      const v = (val[k] ?? 0) * (scale[block[idx[k] ?? 0] ?? 0] ?? 0);
      val[k] = v;
      total += v * v;
    }
    if (total > 0) {
      const inv = 1 / Math.sqrt(total);
      for (let k = 0; k < val.length; k++) val[k] = (val[k] ?? 0) * inv;
    }
    return { idx, val };
  }
}
