/**
 * 弱信号 (weak signals, H6): a category × area whose count in the last window rises significantly above
 * its own baseline.
 *
 * The statistic: with X orders in the window (w days) and B in the baseline (b days before it), and both
 * Poisson with one rate under H0 "nothing changed", X given N = X + B is Binomial(N, w ÷ (w + b)). The
 * one-sided p-value is P(Bin(N, p0) ≥ X) — the exact conditional test for two Poisson rates, which, unlike
 * a plain Poisson test against the baseline mean, accounts for the baseline being an estimate too. Whole
 * weeks in both windows cancel the weekday rhythm. Every cell with at least `minCount` orders in window and
 * baseline together is tested — selecting on N keeps the conditional p-values valid, selecting on X would
 * not — and the p-values get the Benjamini–Hochberg correction across the tested cells. A cell alerts when
 * its adjusted q ≤ alpha, its window holds at least `minCount` orders (a blip of three calls is no signal)
 * and the rise is at least `minRatio` (a significant 5 % rise on a busy cell is not news).
 */
export interface SurgeOptions {
  windowDays: number;
  baselineDays: number;
  alpha: number;
  minCount: number;
  minRatio: number;
}

export const DEFAULT_SURGE_OPTIONS: SurgeOptions = { windowDays: 7, baselineDays: 56, alpha: 0.05, minCount: 5, minRatio: 1.5 };

export interface CellCounts<K> {
  key: K;
  window: number;
  baseline: number;
}

export interface Surge<K> extends CellCounts<K> {
  expected: number;
  ratio: number;
  pValue: number;
  qValue: number;
}

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = 0.99999999999980993;
  for (let i = 0; i < LANCZOS.length; i++) a += LANCZOS[i]! / (z + i + 1);
  const t = z + LANCZOS.length - 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed in log space so large n and tiny tails stay exact enough. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const lnPmf = (i: number) => logGamma(n + 1) - logGamma(i + 1) - logGamma(n - i + 1) + i * lp + (n - i) * lq;
  let max = -Infinity;
  const terms: number[] = [];
  for (let i = k; i <= n; i++) {
    const t = lnPmf(i);
    terms.push(t);
    if (t > max) max = t;
    // past the mode the terms only shrink: stop once they no longer matter
    if (i > n * p && t < max - 40) break;
  }
  let sum = 0;
  for (const t of terms) sum += Math.exp(t - max);
  return Math.min(1, Math.exp(max + Math.log(sum)));
}

/** Benjamini–Hochberg adjusted p-values (q-values), in the input order. */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const q = new Array<number>(m);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const { p, i } = order[r]!;
    running = Math.min(running, (p * m) / (r + 1));
    q[i] = running;
  }
  return q;
}

/** Cells tested and the ones that alert, strongest first. */
export function detectSurges<K>(cells: ReadonlyArray<CellCounts<K>>, opts: SurgeOptions = DEFAULT_SURGE_OPTIONS) {
  const p0 = opts.windowDays / (opts.windowDays + opts.baselineDays);
  const tested = cells
    .filter((c) => c.window + c.baseline >= opts.minCount)
    .map((c) => {
      const expected = (c.baseline * opts.windowDays) / opts.baselineDays;
      return {
        ...c,
        expected,
        ratio: (c.window + 0.5) / (expected + 0.5),
        pValue: binomialUpperTail(c.window, c.window + c.baseline, p0),
      };
    });
  const q = benjaminiHochberg(tested.map((c) => c.pValue));
  const surges: Array<Surge<K>> = tested
    .map((c, i) => ({ ...c, qValue: q[i]! }))
    .filter((c) => c.qValue <= opts.alpha && c.window >= opts.minCount && c.ratio >= opts.minRatio)
    .sort((a, b) => a.qValue - b.qValue || b.ratio - a.ratio);
  return { tested: tested.length, surges };
}
