import { normalizeText, sharedWordTokenizer } from '../classifier/tokenize.js';

/**
 * Chinese full-text search for the knowledge base (H4). Texts are segmented by the classifier's
 * jieba tokenizer with the government dictionary, and the lexemes are written as tsvector / tsquery
 * literals for the built-in 'simple' configuration. Building the literals here, instead of letting
 * to_tsvector parse space-joined tokens, keeps the result independent of the server's locale (the
 * same on PGlite and PostgreSQL) and lets any user input through without tsquery syntax errors.
 */

// Function words and the filler of a call ("请问…怎么办"); 'simple' has no stop list of its own.
export const STOPWORDS: ReadonlySet<string> = new Set(
  `的 地 得 了 着 过 吗 呢 吧 啊 呀 哦 嘛 么 和 与 及 或 或者 以及 在 是 有 没有 没 要 想 去 到 给 把 被 对 就 都 也 还 又
   这 那 这个 那个 这些 那些 个 一下 一个 一些 我 我们 我家 你 你们 您 他 她 它 他们 请问 请 问 咨询 怎么 怎么办 怎样 如何
   什么 哪些 哪里 哪个 哪 多少 几 能 能否 可以 可否 是否 需要 应该 为什么 为何 关于 谢谢 你好 您好 市民 反映 情况 问题 相关
   有关 现在 目前 已经 因为 所以 但是 如果 然后 等 等等 该 其 之 从 向 由 并 而 但 则 即 如 若 上 下 办 不 太 很 非常
   一直 多久 多长时间 人 说 来电 来电人 表示 称`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Longer "words" are runs of junk (a pasted hash, 40 x's); tsvector positions stop at 16383. */
const MAX_TOKEN_LENGTH = 40;
const MAX_POSITION = 16383;
/** A query is OR-ed terms: beyond this many (an agent's long call text) only the first ones count. */
export const MAX_QUERY_TERMS = 64;
/** Compounds up to this length contribute all their inner words; longer runs only their bigrams. */
const MAX_COMPOUND = 8;

// control characters (NUL, C0, C1): PostgreSQL text refuses NUL, and none of them is a word
const CONTROL = /\p{Cc}+/gu;
const HAN = /^\p{Script=Han}+$/u;

/**
 * The inner words of a Chinese compound: every substring of two characters or more (bigrams only
 * for very long runs). jieba keeps 提取公积金 or 噪音扰民 whole, and a caller may say 公积金 or 噪音.
 */
function compoundParts(word: string): string[] {
  if (word.length < 3 || !HAN.test(word)) return [];
  const longest = word.length <= MAX_COMPOUND ? word.length - 1 : 2;
  const parts: string[] = [];
  for (let len = longest; len >= 2; len--) {
    for (let i = 0; i + len <= word.length; i++) {
      const part = word.slice(i, i + len);
      if (!parts.includes(part) && !STOPWORDS.has(part)) parts.push(part);
    }
  }
  return parts;
}

/**
 * The lexemes of a text, one group per word position: the word, then its compound parts, which
 * sit at the same position so that phrase proximity (ts_rank_cd) still sees one word.
 */
export function lexemeGroups(text: string): string[][] {
  const clean = normalizeText(text.replace(CONTROL, ' '));
  const groups: string[][] = [];
  for (const word of sharedWordTokenizer().words(clean)) {
    if (word.length > MAX_TOKEN_LENGTH || STOPWORDS.has(word)) continue;
    groups.push([word, ...compoundParts(word)]);
  }
  return groups;
}

/** A lexeme quoted for tsvector / tsquery input: quotes and backslashes doubled, so nothing in it is syntax. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The search vector of an article: title words weighted A, body words B. Compound parts get the
 * lower weights (C in the title, D in the body): 异地就医 yields six lexemes, and at full weight one
 * long word would outscore the few words a question really turns on.
 */
export function documentVector(title: string, body: string): string {
  const positions = new Map<string, string[]>();
  let pos = 0;
  const add = (text: string, word: 'A' | 'B', part: 'C' | 'D') => {
    for (const group of lexemeGroups(text)) {
      pos = Math.min(pos + 1, MAX_POSITION);
      group.forEach((lexeme, i) => {
        const list = positions.get(lexeme) ?? [];
        // tsvector keeps up to 256 positions per lexeme; more add nothing to the rank
        if (list.length < 256) list.push(`${pos}${i === 0 ? word : part}`);
        positions.set(lexeme, list);
      });
    }
  };
  add(title, 'A', 'C');
  add(body, 'B', 'D');
  return [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`).join(' ');
}

export interface QueryTerm {
  term: string;
  /** an inner word of a compound in the query, not a word the caller said */
  part: boolean;
}

/**
 * The distinct query terms of a text, at most MAX_QUERY_TERMS: whole words first in order of
 * appearance, then compound parts while there is room, so a long call text keeps its words.
 */
export function weightedQueryTerms(text: string): QueryTerm[] {
  const groups = lexemeGroups(text);
  const terms = new Map<string, QueryTerm>();
  for (const part of [false, true]) {
    for (const group of groups) {
      for (const term of part ? group.slice(1) : group.slice(0, 1)) {
        if (terms.size === MAX_QUERY_TERMS) return [...terms.values()];
        if (!terms.has(term)) terms.set(term, { term, part });
      }
    }
  }
  return [...terms.values()];
}

export const queryTerms = (text: string): string[] => weightedQueryTerms(text).map((t) => t.term);

/** The terms OR-ed as a tsquery literal; null when nothing searchable is left (only punctuation or stop words). */
export function orQuery(terms: readonly string[]): string | null {
  return terms.length === 0 ? null : terms.map(quoteLexeme).join(' | ');
}
