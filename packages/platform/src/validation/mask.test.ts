import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskAddress, maskEmail, maskIdNumber, maskMiddle, maskName, maskPhone, maskUscc } from './mask.js';

describe('masking', () => {
  it('masks ID numbers keeping region code and last four', () => {
    expect(maskIdNumber('44520219900101123x')).toBe('445202********123X');
    expect(maskIdNumber('1234567890')).toBe('**********');
    expect(maskIdNumber('')).toBe('');
  });

  it('masks mobiles and landlines', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
    expect(maskPhone('0663-8888123-55')).toBe('0663-***8123');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('not a phone')).toBe('not****hone');
  });

  it('masks names keeping the surname', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName('欧阳')).toBe('欧*');
    expect(maskName('李')).toBe('李');
    expect(maskName('买买提·艾力')).toBe('买**·**');
    expect(maskName('𠀾小明')).toBe('𠀾**');
    expect(maskName('')).toBe('');
  });

  it('masks USCCs, emails and addresses', () => {
    expect(maskUscc('91350100M000100Y43')).toBe('91350100********43');
    expect(maskEmail('zhangsan@example.com')).toBe('z***@example.com');
    expect(maskEmail('a@example.com')).toBe('***@example.com');
    expect(maskEmail('noatsign')).toBe('n*******');
    expect(maskAddress('广东省揭阳市榕城区榕华街道进贤门大道1号')).toBe('广东省揭阳市****');
    expect(maskAddress('揭阳市')).toBe('揭****');
    expect(maskAddress('')).toBe('');
  });

  it('never throws, and never reveals more than the kept characters', () => {
    const fns = [maskIdNumber, maskPhone, maskName, maskUscc, maskEmail, maskAddress];
    fc.assert(fc.property(fc.string(), (s) => fns.every((f) => typeof f(s) === 'string')));
    for (const f of fns) expect(f(undefined as unknown as string)).toBe('');
    fc.assert(
      fc.property(fc.string({ minLength: 11, maxLength: 40 }), (s) => {
        const masked = maskMiddle(s, 6, 4);
        const c = Array.from(s.trim());
        return c.length <= 10 ? !/[^*]/.test(masked) : masked.slice(6, -4) === '*'.repeat(c.length - 10);
      }),
    );
  });
});
