import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { GOV_TERMS, govDictText } from './gov-dict.js';

// Letters (incl. CJK) and digits; everything else separates tokens and n-gram runs.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const RUNS = /[\p{L}\p{N}]+/gu;
const DIGITS = /\p{Nd}+/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SURROGATE = /[\uD800-\uDFFF]/;
const KEEP_DIGITS = new Set(GOV_TERMS.filter((t) => /\d/.test(t)));

/** Canonical text: well-formed UTF-16, NFKC (full-width → half-width), lower case. */
export function normalizeText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFKC').toLowerCase();
}

/** Each run of digits becomes one "0" so that dates, amounts and house numbers share features. */
export function foldDigits(token: string): string {
  return KEEP_DIGITS.has(token) ? token : token.replace(DIGITS, '0');
}

/** Maximal runs of letters and digits in already-normalised text. */
export function textRuns(normalized: string): string[] {
  return normalized.match(RUNS) ?? [];
}

/** Character n-grams (by code point) inside each run, never across punctuation or spaces. */
export function charNgrams(normalized: string, min: number, max: number): string[] {
  const out: string[] = [];
  for (const run of textRuns(foldDigits(normalized))) {
    if (!SURROGATE.test(run)) {
      for (let n = min; n <= max; n++) {
        for (let i = 0; i + n <= run.length; i++) out.push(run.slice(i, i + n));
      }
      continue;
    }
    const cps = Array.from(run);
    for (let n = min; n <= max; n++) {
      for (let i = 0; i + n <= cps.length; i++) out.push(cps.slice(i, i + n).join(''));
    }
  }
  return out;
}

export interface WordTokenizer {
  /** Jieba words of already-normalised text, without punctuation and whitespace tokens. */
  words(normalized: string): string[];
}

/** A jieba tokenizer with the stock dictionary plus the government terms (or `extraDict`). */
export function createWordTokenizer(extraDict: string = govDictText()): WordTokenizer {
  const jieba = Jieba.withDict(dict);
  if (extraDict.length > 0) jieba.loadDict(Buffer.from(extraDict, 'utf8'));
  return {
    words(normalized: string): string[] {
      if (normalized.length === 0) return [];
      return jieba
        .cut(normalized, true)
        .filter((w) => WORD_CHAR.test(w))
        .map(foldDigits);
    },
  };
}

let shared: WordTokenizer | undefined;

/** One process-wide tokenizer: loading the 5 MB stock dictionary takes a few hundred ms. */
export function sharedWordTokenizer(): WordTokenizer {
  shared ??= createWordTokenizer();
  return shared;
}
