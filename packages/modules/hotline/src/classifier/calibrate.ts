import { softmax } from './linear-model.js';

/** Mean negative log-likelihood of the true classes under softmax(scores / t). */
export function meanNll(scores: readonly ArrayLike<number>[], truth: readonly number[], t: number): number {
  let sum = 0;
  scores.forEach((s, i) => {
    sum -= Math.log(Math.max(1e-12, softmax(s, t)[truth[i] ?? 0] ?? 0));
  });
  return sum / Math.max(1, scores.length);
}

/**
 * Temperature scaling (Guo et al., 2017): the t in [0.01, 10] that minimises the NLL of held-out
 * scores, by golden-section search on log t (the NLL is unimodal in t).
 */
export function fitTemperature(scores: readonly ArrayLike<number>[], truth: readonly number[]): number {
  if (scores.length === 0) return 1;
  const phi = (Math.sqrt(5) - 1) / 2;
  let lo = Math.log(0.01);
  let hi = Math.log(10);
  const f = (x: number): number => meanNll(scores, truth, Math.exp(x));
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = f(a);
  let fb = f(b);
  for (let i = 0; i < 40; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = f(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = f(b);
    }
  }
  return Math.exp((lo + hi) / 2);
}
