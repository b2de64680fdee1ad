import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentVector, lexemeGroups, MAX_QUERY_TERMS, orQuery, queryTerms, quoteLexeme, STOPWORDS } from './knowledge-text.js';

// Any UTF-16 code unit (lone surrogates, NUL, quotes, backslashes, tsquery operators) and some real words.
const anyText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom("'", '\\', '|', '&', '!', '(', ')', ':', '*', '<->', '社保卡', '公积金', '怎么办', ' ', '\u0000', '😀'),
  ),
  maxLength: 80,
});

/**
 * Reads a literal the way PostgreSQL's tsvector/tsquery input does for quoted values: inside quotes
 * a backslash takes the next character literally and '' is one quote. Written from the manual, not
 * from the code under test. Returns the lexemes and what follows each closing quote.
 */
function readQuoted(literal: string): Array<{ lexeme: string; after: string }> {
  const out: Array<{ lexeme: string; after: string }> = [];
  let i = 0;
  while (i < literal.length) {
    if (literal[i] !== "'") throw new Error(`expected a quote at ${i} in ${literal}`);
    i++;
    let lexeme = '';
    for (;;) {
      if (i >= literal.length) throw new Error(`unterminated lexeme in ${literal}`);
      const c = literal[i]!;
      if (c === '\\') {
        lexeme += literal[i + 1] ?? '';
        i += 2;
      } else if (c === "'" && literal[i + 1] === "'") {
        lexeme += "'";
        i += 2;
      } else if (c === "'") {
        i++;
        break;
      } else {
        lexeme += c;
        i++;
      }
    }
    const next = literal.indexOf(" '", i);
    const rest = next < 0 ? literal.slice(i) : literal.slice(i, next);
    out.push({ lexeme, after: rest });
    i = next < 0 ? literal.length : next + 1;
  }
  return out;
}

describe('knowledge-base text analysis', () => {
  it('segments a caller’s question into topic words, without the filler', () => {
    expect(queryTerms('请问社保卡丢了怎么补办？')).toEqual(['社保卡', '丢', '补办', '社保', '保卡']);
    expect(queryTerms('公积金提取需要什么条件')).toEqual(['公积金', '提取', '条件', '公积', '积金']);
  });

  it('lets a compound and its parts meet: the bigrams sit at the word’s own position', () => {
    const groups = lexemeGroups('小区门口噪音扰民');
    expect(groups).toContainEqual(['噪音扰民', '噪音扰', '音扰民', '噪音', '音扰', '扰民']);
    const vector = documentVector('噪音扰民', '');
    expect(vector).toContain(`'噪音扰民':1A`);
    expect(vector).toContain(`'噪音':1C`);
  });

  it('weights title words A, body words B and compound parts C / D, positions running on from the title', () => {
    // jieba keeps 提取公积金 whole in the body; its parts share its position 3
    const vector = documentVector('公积金提取', '提取公积金需要带身份证。');
    const parsed = new Map(readQuoted(vector).map(({ lexeme, after }) => [lexeme, after]));
    expect(parsed.get('提取')).toBe(':2A,3D');
    expect(parsed.get('公积金')).toBe(':1A,3D');
    expect(parsed.get('提取公积金')).toBe(':3B');
    expect(parsed.get('身份证')).toMatch(/^:\d+B$/);
  });

  it('has nothing to search for in punctuation, emoji or stop words alone', () => {
    for (const text of ['', '？！。，', '😀😀', '请问怎么办', '   ']) expect(orQuery(queryTerms(text)), text).toBeNull();
  });

  it('quotes every lexeme so that no input character is tsquery syntax', () => {
    expect(quoteLexeme("it's")).toBe("'it''s'");
    expect(quoteLexeme('a\\b')).toBe("'a\\\\b'");
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 10 }), (terms) => {
        const literal = orQuery(terms)!;
        const read = readQuoted(literal);
        expect(read.map((r) => r.lexeme)).toEqual(terms);
        // between lexemes only the OR operator: `'a' | 'b'`
        expect(read.slice(0, -1).every((r) => r.after === ' |')).toBe(true);
        expect(read.at(-1)!.after).toBe('');
      }),
    );
  });

  it('turns any text into a bounded list of clean terms and a readable query', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const terms = queryTerms(text);
        expect(terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
        expect(new Set(terms).size).toBe(terms.length);
        for (const t of terms) {
          expect(t.length).toBeGreaterThan(0);
          expect(t.length).toBeLessThanOrEqual(40);
          expect(STOPWORDS.has(t)).toBe(false);
          expect(/\p{Cc}|[\uD800-\uDFFF]/u.test(t)).toBe(false);
        }
        const literal = orQuery(terms);
        if (literal !== null) expect(readQuoted(literal).map((r) => r.lexeme)).toEqual(terms);
      }),
      { numRuns: 300 },
    );
  });

  it('caps a long call text at MAX_QUERY_TERMS terms, whole words first', () => {
    const words = `社保 医保 公积金 户籍 落户 不动产 营业执照 入学 学位 驾驶证 违章 噪音 油烟 停车 路灯 垃圾 物业 工资 低保 养老
      医院 学校 公交 出租车 地铁 高铁 机场 港口 水库 河道 桥梁 隧道 公园 广场 菜市场 超市 银行 邮局 派出所 法院 检察院 税务
      发票 社区 街道 村委 农田 果园 鱼塘 森林 草地 电梯 楼梯 阳台 窗户 水管 电线 燃气 暖气 空调 冰箱 电视 手机 电脑 网络 快递
      外卖 餐厅 酒店 景区 博物馆 图书馆 体育馆 游泳池 幼儿园`.split(/\s+/);
    const terms = queryTerms(words.join('，'));
    expect(terms.length).toBe(MAX_QUERY_TERMS);
    const wholeWords = [...new Set(lexemeGroups(words.join('，')).map((g) => g[0]!))];
    expect(wholeWords.length).toBeGreaterThan(MAX_QUERY_TERMS);
    expect(terms).toEqual(wholeWords.slice(0, MAX_QUERY_TERMS));
  });
});
