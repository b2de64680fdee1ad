import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { charKind } from './char-grams.js';
import { GOV_TERMS, govDictText } from './gov-dict.js';

// Characters outside the Basic Multilingual Plane (emoji, rare CJK extensions) and lone
// surrogates become U+FFFD, so that every character is exactly one UTF-16 unit afterwards.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
const KEEP_DIGITS = new Set(GOV_TERMS.filter((t) => /\d/.test(t)));

/** Canonical text: NFKC (full-width → half-width), lower case, BMP characters only. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SURROGATES, '\uFFFD');
}

/** Each run of decimal digits becomes one "0", except in dictionary terms such as 12345. */
export function foldDigits(token: string): string {
  let hasDigit = false;
  for (let i = 0; i < token.length && !hasDigit; i++) hasDigit = charKind(token.charCodeAt(i)) === 2;
  if (!hasDigit || KEEP_DIGITS.has(token)) return token;
  let out = '';
  let inDigits = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (charKind(c) === 2) {
      if (!inDigits) out += '0';
      inDigits = true;
    } else {
      out += token.charAt(i);
      inDigits = false;
    }
  }
  return out;
}

function hasWordChar(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (charKind(token.charCodeAt(i)) !== 0) return true;
  return false;
}

export interface WordTokenizer {
  /** Jieba words of normalised text, without punctuation or whitespace, digits folded. */
  words(normalized: string): string[];
}

/** A jieba tokenizer with the stock dictionary plus the government terms (or `extraDict`). */
export function createWordTokenizer(extraDict: string = govDictText()): WordTokenizer {
  const jieba = Jieba.withDict(dict);
  if (extraDict.length > 0) jieba.loadDict(Buffer.from(extraDict, 'utf8'));
  return {
    words(normalized: string): string[] {
      if (normalized.length === 0) return [];
      const out: string[] = [];
      for (const w of jieba.cut(normalized, true)) if (hasWordChar(w)) out.push(foldDigits(w));
      return out;
    },
  };
}

let shared: WordTokenizer | undefined;

/** One process-wide tokenizer: loading the 5 MB stock dictionary takes a few hundred ms. */
export function sharedWordTokenizer(): WordTokenizer {
  shared ??= createWordTokenizer();
  return shared;
}
