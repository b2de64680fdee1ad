import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWordTokenizer, foldDigits, normalizeText, sharedWordTokenizer } from './tokenize.js';

// Any UTF-16 code unit, including lone surrogates, plus whole astral characters.
const anyText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.constantFrom('占道经营', '１２３４５', '\r\n', ' ', '，', '😀'),
  ),
  maxLength: 60,
});

describe('normalizeText', () => {
  it('folds full-width forms and case', () => {
    expect(normalizeText('ＡＢＣ１２３，Ｘ')).toBe('abc123,x');
  });

  it('replaces astral characters and lone surrogates with U+FFFD', () => {
    expect(normalizeText('a😀b\uD800c')).toBe('a\uFFFDb\uFFFDc');
  });

  it('leaves no surrogate code unit behind', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(/[\uD800-\uDFFF]/.test(normalizeText(s))).toBe(false);
      }),
    );
  });
});

describe('foldDigits', () => {
  it('turns each run of digits into one 0 but keeps dictionary numbers', () => {
    expect(foldDigits('2019年9月')).toBe('0年0月');
    expect(foldDigits('a5区')).toBe('a0区');
    expect(foldDigits('12345')).toBe('12345');
    expect(foldDigits('热线')).toBe('热线');
  });
});

describe('word tokenizer', () => {
  const tokenizer = sharedWordTokenizer();

  it('keeps government terms from the custom dictionary whole', () => {
    const words = tokenizer.words(normalizeText('小区门口占道经营，晚上噪音扰民，老板拖欠工资，请12345处理'));
    for (const term of ['占道经营', '噪音扰民', '拖欠工资', '12345']) expect(words).toContain(term);
  });

  it('drops punctuation and whitespace tokens', () => {
    expect(tokenizer.words(normalizeText('你好， 世界！'))).toEqual(['你好', '世界']);
  });

  it('splits differently without the custom dictionary', () => {
    const plain = createWordTokenizer([]);
    expect(plain.words('占道经营')).not.toEqual(['占道经营']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const words = tokenizer.words(normalizeText(s));
        expect(words.every((w) => w.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
