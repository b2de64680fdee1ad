import type { SparseVector } from './vectorizer.js';
import { seededRandom, shuffleInPlace } from './random.js';

/** Linear scores s_k = w_k · x + b_k; weights are feature-major (`weights[j * classes + k]`). */
export interface LinearModel {
  classes: number;
  dim: number;
  weights: Float32Array;
  bias: Float32Array;
}

export interface SvmOptions {
  /** Inverse regularisation strength. */
  c: number;
  /** Scale C of each class's positive examples by n / (classes · n_k). */
  balanced: boolean;
  /**
   * NB-SVM (Wang & Manning, 2012): scale each feature by its class log-count ratio before
   * training; 0 turns it off, otherwise it is the smoothing added to every count.
   */
  nbSmoothing: number;
  maxIter: number;
  /** Stop when the projected-gradient spread falls below this. */
  eps: number;
  seed: number;
}

export const DEFAULT_SVM: SvmOptions = { c: 0.5, balanced: false, nbSmoothing: 0, maxIter: 200, eps: 0.05, seed: 7 };

/**
 * One-vs-rest L2-regularised L2-loss linear SVM, trained by dual coordinate descent with
 * shrinking (Hsieh et al., ICML 2008 — the LIBLINEAR default for text).
 */
export function trainSvm(
  xs: readonly SparseVector[],
  ys: ArrayLike<number>,
  classes: number,
  dim: number,
  opts: SvmOptions = DEFAULT_SVM,
): LinearModel {
  const n = xs.length;
  const counts = new Array<number>(classes).fill(0);
  for (let i = 0; i < n; i++) counts[ys[i] ?? 0]! += 1;
  const model: LinearModel = {
    classes,
    dim,
    weights: new Float32Array(dim * classes),
    bias: new Float32Array(classes),
  };
  for (let k = 0; k < classes; k++) {
    const pos = opts.balanced ? n / (classes * Math.max(1, counts[k] ?? 1)) : 1;
    const y = Int8Array.from({ length: n }, (_, i) => (ys[i] === k ? 1 : -1));
    const r = opts.nbSmoothing > 0 ? logCountRatio(xs, y, dim, opts.nbSmoothing) : undefined;
    const xk = r ? xs.map((x) => ({ idx: x.idx, val: x.val.map((v, p) => v * (r[x.idx[p] ?? 0] ?? 0)) })) : xs;
    const sq = xk.map((x) => x.val.reduce((s, v) => s + v * v, 0) + 1);
    const w = binaryDcd(xk, y, sq, dim, opts.c * pos, opts.c, opts, seededRandom(opts.seed + k));
    for (let j = 0; j < dim; j++) model.weights[j * classes + k] = (w[j] ?? 0) * (r ? (r[j] ?? 0) : 1);
    model.bias[k] = w[dim] ?? 0;
  }
  return model;
}

function logCountRatio(xs: readonly SparseVector[], y: Int8Array, dim: number, smoothing: number): Float64Array {
  const p = new Float64Array(dim).fill(smoothing);
  const q = new Float64Array(dim).fill(smoothing);
  xs.forEach((x, i) => {
    const into = (y[i] ?? 0) > 0 ? p : q;
    x.idx.forEach((j, t) => {
      into[j] = (into[j] ?? 0) + (x.val[t] ?? 0);
    });
  });
  const ps = p.reduce((s, v) => s + v, 0);
  const qs = q.reduce((s, v) => s + v, 0);
  return p.map((v, j) => Math.log(v / ps / ((q[j] ?? 1) / qs)));
}

function binaryDcd(
  xs: readonly SparseVector[],
  y: Int8Array,
  sq: readonly number[],
  dim: number,
  cPos: number,
  cNeg: number,
  opts: SvmOptions,
  random: () => number,
): Float64Array {
  const n = xs.length;
  const w = new Float64Array(dim + 1); // last entry: bias, regularised like a feature of value 1
  const alpha = new Float64Array(n);
  const diag = Float64Array.from(y, (yi) => 0.5 / (yi > 0 ? cPos : cNeg));
  const qd = Float64Array.from(sq, (s, i) => s + (diag[i] ?? 0));
  const order = Array.from({ length: n }, (_, i) => i);
  let active = n;
  let pgMaxOld = Infinity;
  for (let iter = 0; iter < opts.maxIter; iter++) {
    let pgMax = -Infinity;
    let pgMin = Infinity;
    shuffleInPlace(order, random, active);
    for (let s = 0; s < active; s++) {
      const i = order[s] ?? 0;
      const x = xs[i] as SparseVector;
      const yi = y[i] ?? 1;
      let dot = w[dim] ?? 0;
      for (let p = 0; p < x.idx.length; p++) dot += (w[x.idx[p] ?? 0] ?? 0) * (x.val[p] ?? 0);
      const a = alpha[i] ?? 0;
      const g = yi * dot - 1 + a * (diag[i] ?? 0);
      let pg = g;
      if (a === 0) {
        if (g > pgMaxOld) {
          // Shrink: this example is confidently outside the margin.
          active--;
          order[s] = order[active] ?? 0;
          order[active] = i;
          s--;
          continue;
        }
        if (g > 0) pg = 0;
      }
      if (pg > pgMax) pgMax = pg;
      if (pg < pgMin) pgMin = pg;
      if (Math.abs(pg) > 1e-12) {
        const next = Math.max(a - g / (qd[i] ?? 1), 0);
        alpha[i] = next;
        const d = (next - a) * yi;
        for (let p = 0; p < x.idx.length; p++) {
          const j = x.idx[p] ?? 0;
          w[j] = (w[j] ?? 0) + d * (x.val[p] ?? 0);
        }
        w[dim] = (w[dim] ?? 0) + d;
      }
    }
    if (pgMax - pgMin <= opts.eps) {
      if (active === n) break;
      active = n;
      pgMaxOld = Infinity;
      continue;
    }
    pgMaxOld = pgMax <= 0 ? Infinity : pgMax;
  }
  return w;
}

export interface SoftmaxOptions {
  /** L2 penalty per example. */
  lambda: number;
  epochs: number;
  learningRate: number;
  seed: number;
}

export const DEFAULT_SOFTMAX: SoftmaxOptions = {
  lambda: 1e-5,
  epochs: 15,
  learningRate: 0.5,
  seed: 7,
};

/** Multinomial logistic regression by plain SGD with a decaying step (the baseline learner). */
export function trainSoftmax(
  xs: readonly SparseVector[],
  ys: ArrayLike<number>,
  classes: number,
  dim: number,
  opts: SoftmaxOptions = DEFAULT_SOFTMAX,
): LinearModel {
  const w = new Float64Array(dim * classes);
  const b = new Float64Array(classes);
  const random = seededRandom(opts.seed);
  const order = Array.from({ length: xs.length }, (_, i) => i);
  const s = new Float64Array(classes);
  // Weight decay is applied lazily through one global scale factor.
  let scale = 1;
  let t = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const x = xs[i] as SparseVector;
      const eta = opts.learningRate / (1 + opts.learningRate * opts.lambda * t++);
      for (let k = 0; k < classes; k++) s[k] = b[k] ?? 0;
      for (let p = 0; p < x.idx.length; p++) {
        const base = (x.idx[p] ?? 0) * classes;
        const v = (x.val[p] ?? 0) * scale;
        for (let k = 0; k < classes; k++) s[k] = (s[k] ?? 0) + v * (w[base + k] ?? 0);
      }
      const probs = softmax(s, 1);
      scale *= 1 - eta * opts.lambda;
      for (let k = 0; k < classes; k++) {
        const g = (probs[k] ?? 0) - (ys[i] === k ? 1 : 0);
        b[k] = (b[k] ?? 0) - eta * g;
        for (let p = 0; p < x.idx.length; p++) {
          const j = (x.idx[p] ?? 0) * classes + k;
          w[j] = (w[j] ?? 0) - (eta * g * (x.val[p] ?? 0)) / scale;
        }
      }
      if (scale < 1e-6) {
        for (let j = 0; j < w.length; j++) w[j] = (w[j] ?? 0) * scale;
        scale = 1;
      }
    }
  }
  return {
    classes,
    dim,
    weights: Float32Array.from(w, (v) => v * scale),
    bias: Float32Array.from(b),
  };
}

/** Linear scores of one vector. */
export function linearScores(model: LinearModel, x: SparseVector): Float64Array {
  const k = model.classes;
  const s = Float64Array.from(model.bias);
  for (let p = 0; p < x.idx.length; p++) {
    const base = (x.idx[p] ?? 0) * k;
    const v = x.val[p] ?? 0;
    for (let c = 0; c < k; c++) s[c] = (s[c] ?? 0) + v * (model.weights[base + c] ?? 0);
  }
  return s;
}

/** Softmax of `scores / temperature`, numerically stable. */
export function softmax(scores: ArrayLike<number>, temperature: number): Float64Array {
  const out = new Float64Array(scores.length);
  let max = -Infinity;
  for (let k = 0; k < scores.length; k++) max = Math.max(max, scores[k] ?? 0);
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    const e = Math.exp(((scores[k] ?? 0) - max) / temperature);
    out[k] = e;
    sum += e;
  }
  for (let k = 0; k < out.length; k++) out[k] = (out[k] ?? 0) / sum;
  return out;
}
