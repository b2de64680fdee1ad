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
  /** The user-dictionary terms loaded on top of jieba's stock dictionary. */
  readonly terms: readonly string[];
  /** Jieba words of normalised text, without punctuation or whitespace, digits folded. */
  words(normalized: string): string[];
}

/** A jieba tokenizer with the stock dictionary plus `terms` (by default the government terms). */
export function createWordTokenizer(terms: readonly string[] = GOV_TERMS): WordTokenizer {
  const jieba = Jieba.withDict(dict);
  if (terms.length > 0) jieba.loadDict(Buffer.from(govDictText(terms), 'utf8'));
  return Object.freeze({
    terms: Object.freeze([...terms]),
    words(normalized: string): string[] {
      if (normalized.length === 0) return [];
      const out: string[] = [];
      for (const w of jieba.cut(normalized, true)) if (hasWordChar(w)) out.push(foldDigits(w));
      return out;
    },
  });
}

// Loading the 5 MB stock dictionary takes a few hundred ms, so tokenizers are shared per
// dictionary: normally one, plus one per older model trained with a different term list.
const tokenizers = new Map<string, WordTokenizer>();

/** The process-wide tokenizer for a user dictionary (default: the government terms). */
export function sharedWordTokenizer(terms: readonly string[] = GOV_TERMS): WordTokenizer {
  const key = terms.join('\n');
  let t = tokenizers.get(key);
  if (!t) {
    t = createWordTokenizer(terms);
    tokenizers.set(key, t);
  }
  return t;
}
