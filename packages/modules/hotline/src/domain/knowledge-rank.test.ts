import { describe, expect, it } from 'vitest';
import { bm25Scores, idf } from './knowledge-rank.js';
import { weightedQueryTerms } from './knowledge-text.js';

const stats = (documents: number, df: Record<string, number>) => ({ documents, documentFrequency: new Map(Object.entries(df)) });

describe('BM25 ranking of knowledge-base hits', () => {
  it('values a rare word above a common one', () => {
    expect(idf(100, 1)).toBeGreaterThan(idf(100, 50));
    expect(idf(100, 100)).toBeGreaterThan(0);
    const terms = weightedQueryTerms('报销 办理');
    const articles = [
      { id: 'common', title: '办理指南', body: '办理办理，按规定办理。' },
      { id: 'rare', title: '费用说明', body: '费用可以申请报销。' },
    ];
    const [common, rare] = bm25Scores(terms, articles, stats(40, { 报销: 2, 办理: 35 }));
    expect(rare).toBeGreaterThan(common!);
  });

  it('weighs a title match above the same match in the body', () => {
    const terms = weightedQueryTerms('低保');
    const [inTitle, inBody] = bm25Scores(
      terms,
      [
        { id: 't', title: '低保申请', body: '向镇街提出申请，经审核后按月发放。' },
        { id: 'b', title: '社会救助申请', body: '向镇街提出低保申请，经审核后按月发放。' },
      ],
      stats(10, { 低保: 2 }),
    );
    expect(inTitle).toBeGreaterThan(inBody!);
  });

  it('counts a compound of the question like a couple of words, not like all six of its lexemes', () => {
    const terms = weightedQueryTerms('异地就医 报销');
    expect(terms.filter((t) => t.part)).toHaveLength(5);
    const df = Object.fromEntries(terms.map((t) => [t.term, 1]));
    const [compound, word] = bm25Scores(
      terms,
      [
        { id: 'c', title: '说明', body: '异地就医' },
        { id: 'w', title: '说明', body: '报销' },
      ],
      stats(20, df),
    );
    expect(compound! / word!).toBeGreaterThan(1);
    expect(compound! / word!).toBeLessThan(2.5);
  });

  it('scores an article without a shared term zero', () => {
    expect(
      bm25Scores(weightedQueryTerms('公积金'), [{ id: 'x', title: '驾驶证换证', body: '到车管所办理。' }], stats(5, { 公积金: 1 })),
    ).toEqual([0]);
  });
});
