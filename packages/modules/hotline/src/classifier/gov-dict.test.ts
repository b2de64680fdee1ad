import { describe, expect, it } from 'vitest';
import { GOV_TERMS, govDictText } from './gov-dict.js';

describe('government dictionary', () => {
  it('holds the core hotline terms once each', () => {
    for (const t of ['占道经营', '噪音扰民', '拖欠工资', '违章建筑', '医保报销', '公积金', '12345', '网格员']) {
      expect(GOV_TERMS).toContain(t);
    }
    expect(new Set(GOV_TERMS).size).toBe(GOV_TERMS.length);
    expect(GOV_TERMS.every((t) => /^\S+$/.test(t))).toBe(true);
  });

  it('renders jieba user-dictionary lines', () => {
    expect(govDictText(['占道经营', '网格员'])).toBe('占道经营 20000 n\n网格员 20000 n\n');
  });
});
