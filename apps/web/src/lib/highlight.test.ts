import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHighlights } from './highlight';

describe('search-term highlighting', () => {
  it('marks the longest term where terms overlap, in any letter case', () => {
    expect(splitHighlights('补办社保卡和社保', ['社保', '社保卡'])).toEqual([
      { text: '补办', hit: false },
      { text: '社保卡', hit: true },
      { text: '和', hit: false },
      { text: '社保', hit: true },
    ]);
    expect(splitHighlights('ETC 办理', ['etc'])).toEqual([
      { text: 'ETC', hit: true },
      { text: ' 办理', hit: false },
    ]);
  });

  it('treats regular-expression characters in terms as plain text', () => {
    expect(splitHighlights('a.b (c)', ['.', '(c)'])).toEqual([
      { text: 'a', hit: false },
      { text: '.', hit: true },
      { text: 'b ', hit: false },
      { text: '(c)', hit: true },
    ]);
  });

  it('always gives back the whole text, and marks only pieces equal to a term', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 4 }), { maxLength: 5 }), (text, terms) => {
        const pieces = splitHighlights(text, terms);
        expect(pieces.map((p) => p.text).join('')).toBe(text);
        const lower = terms.map((t) => t.toLowerCase());
        for (const p of pieces) if (p.hit) expect(lower).toContain(p.text.toLowerCase());
      }),
    );
  });
});
