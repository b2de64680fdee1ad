import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSnippet } from './knowledge-snippet.js';

const BODY =
  '一、适用对象：本市参保人员。二、办理材料：本人有效身份证件。三、办理流程：社保卡遗失后，请先拨打 12345 或到银行网点办理挂失，' +
  '挂失后 90 天内可到任一社保服务网点或合作银行网点申请补领社保卡，补卡工本费按规定收取。四、办理时限：即时办结。';

describe('search snippets', () => {
  it('shows the passage holding the most query terms, marked as cut on both sides', () => {
    const { snippet, matchedTerms } = buildSnippet('社会保障卡补领', BODY, ['社保卡', '补领', '挂失'], 40);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('挂失');
    expect(snippet).toContain('社保卡');
    expect(snippet.length).toBeLessThanOrEqual(42);
    expect(matchedTerms).toEqual(['社保卡', '补领', '挂失']);
  });

  it('falls back to the opening of the body when no term occurs, and lists only terms that are shown', () => {
    const body = '一、适用对象：本市参保人员。二、办理时限：即时办结，不收取任何费用。三、咨询电话：12345。';
    const { snippet, matchedTerms } = buildSnippet('社保卡补领', body, ['公积金', '社保卡'], 30);
    expect(snippet.startsWith('一、适用对象')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(matchedTerms).toEqual(['社保卡']); // in the title
  });

  it('orders matched terms longest first so a highlighter marks 社保卡 before 社保', () => {
    expect(buildSnippet('', '社保卡和社保', ['社保', '社保卡']).matchedTerms).toEqual(['社保卡', '社保']);
  });

  it('finds terms regardless of letter case and flattens line breaks', () => {
    const { snippet, matchedTerms } = buildSnippet('', 'ETC 办理\n\n请携带行驶证', ['etc', '行驶证']);
    expect(snippet).toBe('ETC 办理 请携带行驶证');
    expect(matchedTerms).toEqual(['etc', '行驶证']);
  });

  it('never cuts a surrogate pair in half and stays within its length', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('社', '保', '卡', '😀', ' ', 'a'), maxLength: 300 }),
        fc.array(fc.constantFrom('社保', '卡', 'a', '😀'), { maxLength: 4 }),
        (body, terms) => {
          const { snippet } = buildSnippet('', body, terms, 50);
          expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(snippet)).toBe(false);
          expect(snippet.length).toBeLessThanOrEqual(53);
        },
      ),
    );
  });
});
