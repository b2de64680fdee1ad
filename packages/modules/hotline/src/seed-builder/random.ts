import { createHash } from 'node:crypto';
import { seededRandom } from '../classifier/random.js';

/** Seeded randomness for the seed builder: every draw comes from a stream derived from (seed, purpose, index). */

export type Rng = () => number;

/** A 32-bit hash of the parts (FNV-1a over their text), so each purpose gets its own independent stream. */
export function hashParts(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = `${part}\u0001`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

export function streamOf(seed: number, ...parts: ReadonlyArray<string | number>): Rng {
  return seededRandom(hashParts(seed, ...parts));
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick from an empty list');
  return items[Math.floor(rng() * items.length)] as T;
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** A key of `weights` with probability proportional to its weight. */
export function weighted<K extends string>(rng: Rng, weights: Readonly<Partial<Record<K, number>>>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [k, w] of entries) {
    r -= w;
    if (r < 0) return k;
  }
  return entries[entries.length - 1]![0];
}

/** An index into `weights` with probability proportional to its value; `cumulative` must be precomputed by `cumulate`. */
export function weightedIndex(rng: Rng, cumulative: readonly number[]): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const r = rng() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function cumulate(weights: readonly number[]): number[] {
  let s = 0;
  return weights.map((w) => (s += w));
}

/** Exponentially distributed with the given mean: waiting times between actions. */
export function exponential(rng: Rng, mean: number): number {
  return -Math.log(1 - rng()) * mean;
}

/** Roughly normal (sum of uniforms), for small multiplicative noise. */
export function gaussian(rng: Rng): number {
  return rng() + rng() + rng() + rng() - 2;
}

/**
 * A version-4-shaped UUID named by its parts. Hashed to 128 bits rather than drawn from a stream:
 * streams have 32-bit seeds, and two million orders would share some of them.
 */
export function uuidOf(...parts: ReadonlyArray<string | number>): string {
  const b = createHash('sha256').update(parts.join('\u0001')).digest();
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
