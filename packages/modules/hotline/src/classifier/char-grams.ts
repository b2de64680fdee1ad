// Character n-grams (n ≤ 3) as exact numeric keys instead of strings: prediction visits about a
// thousand n-grams per message, and allocating and hashing a string for each one dominated
// the cost. Text is expected in `normalizeText` form, where every character is one UTF-16 unit.

const P16 = 65536;
const BASE2 = P16;
const BASE3 = P16 * P16 + P16;
export const MAX_GRAM = 3;

/** Character classes: 0 separator, 1 letter (or non-decimal number), 2 decimal digit. */
const KIND = (() => {
  const kind = new Uint8Array(P16);
  const letter = /[\p{L}\p{N}]/u;
  const digit = /\p{Nd}/u;
  for (let c = 0; c < P16; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (digit.test(ch)) kind[c] = 2;
    else if (letter.test(ch)) kind[c] = 1;
  }
  return kind;
})();

/** 0 separator, 1 letter, 2 decimal digit. */
export function charKind(code: number): number {
  return KIND[code] ?? 0;
}

/**
 * Calls `fn` with the key of each n-gram (min ≤ n ≤ max ≤ 3) inside runs of letters and digits,
 * never across separators. Each run of digits counts as one "0".
 */
export function forEachGramKey(text: string, min: number, max: number, fn: (key: number) => void): void {
  let p1 = -1;
  let p2 = -1;
  let inDigits = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    const kind = KIND[c] ?? 0;
    if (kind === 0) {
      p1 = -1;
      p2 = -1;
      inDigits = false;
      continue;
    }
    if (kind === 2) {
      if (inDigits) continue;
      inDigits = true;
      c = 48;
    } else {
      inDigits = false;
    }
    if (min <= 1 && max >= 1) fn(c);
    if (p1 >= 0 && min <= 2 && max >= 2) fn(BASE2 + p1 * P16 + c);
    if (p2 >= 0 && max >= 3) fn(BASE3 + (p2 * P16 + p1) * P16 + c);
    p2 = p1;
    p1 = c;
  }
}

/** The n-gram text of a key. */
export function gramText(key: number): string {
  if (key < BASE2) return String.fromCharCode(key);
  if (key < BASE3) {
    const v = key - BASE2;
    return String.fromCharCode(Math.floor(v / P16), v % P16);
  }
  const v = key - BASE3;
  const ab = Math.floor(v / P16);
  return String.fromCharCode(Math.floor(ab / P16), ab % P16, v % P16);
}

/** The key of a 1–3 character n-gram (inverse of `gramText`). */
export function gramKey(gram: string): number {
  const a = gram.charCodeAt(0);
  const b = gram.charCodeAt(1);
  const c = gram.charCodeAt(2);
  if (gram.length === 1) return a;
  if (gram.length === 2) return BASE2 + a * P16 + b;
  if (gram.length === 3) return BASE3 + (a * P16 + b) * P16 + c;
  throw new RangeError(`n-gram of length ${gram.length}; at most ${MAX_GRAM} is supported`);
}

/** The n-grams of `forEachGramKey` as strings (for inspection and tests). */
export function charNgrams(text: string, min: number, max: number): string[] {
  const out: string[] = [];
  forEachGramKey(text, min, max, (k) => out.push(gramText(k)));
  return out;
}
