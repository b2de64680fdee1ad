// Terms as numeric keys: character n-grams encode their characters exactly (see char-grams.ts)
// and words are hashed to 53 bits, so that the per-message hot path allocates no strings and
// looks terms up in a flat open-addressing table.

const FNV_PRIME = 0x01000193;
const MURMUR_M = 0x5bd1e995;
const PIPE = 124; // "|", which never occurs inside a word

function step(h: number, g: number, s: string): [number, number] {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ c, FNV_PRIME);
    g = Math.imul(g ^ c, MURMUR_M);
    g ^= g >>> 13;
  }
  return [h, g];
}

function finish(h: number, g: number): number {
  // 32 bits of one hash and 21 of the other: an exact integer below 2^53.
  return (h >>> 0) * 2097152 + (g >>> 11);
}

/** The 53-bit key of a word. Collisions among a million words are about 1 in 10^4. */
export function wordKey(word: string): number {
  const [h, g] = step(0x811c9dc5, 0x2545f491, word);
  return finish(h, g);
}

/** The key of the word bigram "a|b", equal to `wordKey(a + "|" + b)` without building it. */
export function pairKey(a: string, b: string): number {
  let [h, g] = step(0x811c9dc5, 0x2545f491, a);
  h = Math.imul(h ^ PIPE, FNV_PRIME);
  g = Math.imul(g ^ PIPE, MURMUR_M);
  g ^= g >>> 13;
  [h, g] = step(h, g, b);
  return finish(h, g);
}

/**
 * An open-addressing hash map from term keys (integers in [0, 2^53)) to non-negative int32 ids.
 * Each slot holds [low 32 bits, high bits, id] side by side, so a probe touches one cache line.
 */
export class KeyIndex {
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap * 3).fill(-1);
    this.mask = cap - 1;
  }

  /** Slot offset holding `key`, or the empty slot where it would go. */
  private find(lo: number, hi: number): number {
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    let i = h & this.mask;
    const slots = this.slots;
    for (;;) {
      const o = i * 3;
      if (slots[o + 2] === -1 || (slots[o] === lo && slots[o + 1] === hi)) return o;
      i = (i + 1) & this.mask;
    }
  }

  /** The id of `key`, or -1 when absent. */
  get(key: number): number {
    return this.slots[this.find(key | 0, (key / 4294967296) | 0) + 2] ?? -1;
  }

  set(key: number, id: number): void {
    if (!(id >= 0)) throw new RangeError('ids must be non-negative');
    const lo = key | 0;
    const hi = (key / 4294967296) | 0;
    const o = this.find(lo, hi);
    if (this.slots[o + 2] === -1) this.size++;
    this.slots[o] = lo;
    this.slots[o + 1] = hi;
    this.slots[o + 2] = id;
    if (this.size * 2 > this.mask + 1) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.mask = this.slots.length / 3 - 1;
    this.size = 0;
    for (let o = 0; o < old.length; o += 3) {
      const id = old[o + 2] ?? -1;
      if (id >= 0) this.set((old[o + 1] ?? 0) * 4294967296 + ((old[o] ?? 0) >>> 0), id);
    }
  }
}
