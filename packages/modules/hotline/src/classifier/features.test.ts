import { describe, expect, it } from 'vitest';
import { checkFeatureConfig, DEFAULT_FEATURES, emitTerms, NAMESPACES, type FeatureConfig } from './features.js';
import { gramText } from './char-grams.js';
import { sharedWordTokenizer } from './tokenize.js';
import { Vectorizer } from './vectorizer.js';
import { collectTerms, fitVectorizer, TermTable } from './vocabulary.js';

const tokenizer = sharedWordTokenizer();

function terms(msg: { title?: string; body: string }, cfg: FeatureConfig = DEFAULT_FEATURES): string[] {
  const out: string[] = [];
  const p = (ns: number): string => NAMESPACES[ns]?.prefix ?? '?';
  emitTerms(msg, cfg, tokenizer, {
    gram: (ns, key) => out.push(p(ns) + gramText(key)),
    word: (ns, w) => out.push(p(ns) + w),
    pair: (ns, a, b) => out.push(`${p(ns)}${a}|${b}`),
  });
  return out;
}

describe('emitTerms', () => {
  it('emits character n-grams, words, bigrams and a title block', () => {
    const t = terms({ title: '噪音扰民', body: '工厂晚上排放废气' }, { ...DEFAULT_FEATURES, word: { bigrams: true, weight: 1 } });
    expect(t).toContain('c 噪音扰');
    expect(t).toContain('w 噪音扰民');
    expect(t).toContain('w 排放|废气');
    expect(t).toContain('w 工厂');
    expect(t).toContain('u 噪音扰民');
    expect(t).toContain('t 扰民');
  });

  it('has no title block without a title, and switched-off blocks emit nothing', () => {
    expect(terms({ body: '夜间施工' }).some((t) => t.startsWith('t ') || t.startsWith('u '))).toBe(false);
    const charOnly = { ...DEFAULT_FEATURES, word: { bigrams: false, weight: 0 }, title: { min: 1, max: 1, weight: 0 } };
    expect(terms({ title: '标题', body: '夜间施工' }, charOnly).every((t) => t.startsWith('c '))).toBe(true);
  });

  it('rejects n-gram ranges the numeric keys cannot hold', () => {
    expect(() => checkFeatureConfig({ ...DEFAULT_FEATURES, char: { min: 1, max: 4, weight: 1 } })).toThrow(RangeError);
    expect(() => checkFeatureConfig({ ...DEFAULT_FEATURES, minDf: 0 })).toThrow(RangeError);
  });
});

describe('vocabulary and vectorizer', () => {
  const docs = [{ body: '工厂晚上噪音扰民' }, { body: '工厂晚上扬尘' }, { title: '拖欠工资', body: '老板拖欠工资' }];
  const table = new TermTable();
  const termDocs = docs.map((d) => collectTerms(d, DEFAULT_FEATURES, tokenizer, table));
  const state = fitVectorizer(termDocs, table, { ...DEFAULT_FEATURES, minDf: 2, maxDfRatio: 1 });
  const vectorizer = new Vectorizer(state);

  it('keeps terms within the document-frequency bounds, with smooth idf', () => {
    expect(state.vocabulary).toContain('w 工厂');
    expect(state.vocabulary).not.toContain('w 扬尘');
    const j = state.vocabulary.indexOf('w 工厂');
    expect(state.idf[j]).toBeCloseTo(Math.log(4 / 3) + 1, 5);
  });

  it('gives the same unit-length vector from raw text and from interned terms', () => {
    const fromText = vectorizer.vectorize(docs[0]!, tokenizer);
    const fromTerms = vectorizer.fromTermDoc(termDocs[0]!, vectorizer.idMap(table));
    const dense = (v: typeof fromText): Map<number, number> => new Map(Array.from(v.idx, (j, k) => [j, v.val[k] ?? 0]));
    expect(fromText.val.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 5);
    const a = dense(fromText);
    const b = dense(fromTerms);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [j, v] of a) expect(v).toBeCloseTo(b.get(j) ?? 0, 6);
  });

  it('returns an empty vector for text with no known terms', () => {
    expect(vectorizer.vectorize({ body: '！！' }, tokenizer).idx.length).toBe(0);
  });
});
