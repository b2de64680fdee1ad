import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactPersonalText } from './redact.js';

const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/)).map(([b, rest]) => `1${b}${rest}`);
const idNumber = fc.stringMatching(/^[1-9]\d{16}[\dX]$/);
const text = fc.string({ unit: fc.constantFrom(...'路口有摊贩占道经营，请处理。abc '.split('')), maxLength: 20 });

describe('redacting personal data from public descriptions', () => {
  it('never lets a mobile number, ID number or e-mail address through in full', () => {
    fc.assert(
      fc.property(text, mobile, idNumber, text, (a, phone, id, b) => {
        const out = redactPersonalText(`${a}联系电话${phone}，身份证${id}，邮箱 zhang.san@example.com ${b}`);
        expect(out).not.toContain(phone);
        expect(out).not.toContain(id);
        expect(out).not.toContain('zhang.san@');
        expect(out.startsWith(a)).toBe(true);
      }),
    );
  });

  it('masks the common written forms and leaves other numbers alone', () => {
    expect(redactPersonalText('请回电 138 0013 8000 或 +86-13800138000')).toBe('请回电 138****8000 或 138****8000');
    expect(redactPersonalText('座机 0663-8234567')).toBe('座机 0663-***4567');
    expect(redactPersonalText('门牌 12 号，车牌粤V12345，2026 年 5 月')).toBe('门牌 12 号，车牌粤V12345，2026 年 5 月');
  });
});
