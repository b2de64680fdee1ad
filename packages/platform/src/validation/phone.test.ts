import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPhone, normalizePhone, parsePhone } from './phone.js';

describe('mobile numbers', () => {
  it('normalises the country prefix and separators away', () => {
    for (const input of ['13812345678', '+8613812345678', '+86 138 1234 5678', '8613812345678', '138-1234-5678']) {
      expect(normalizePhone(input)).toBe('13812345678');
    }
    expect(parsePhone('19912345678')?.kind).toBe('mobile');
  });

  it('rejects wrong prefixes and lengths', () => {
    for (const input of ['12812345678', '1381234567', '138123456789', '+8712812345678', '8613812345678 9']) {
      expect(isValidPhone(input)).toBe(false);
    }
  });
});

describe('landlines', () => {
  it('normalises area code, local number and extension', () => {
    expect(normalizePhone('0663-8888888')).toBe('0663-8888888');
    expect(normalizePhone('06638888888')).toBe('0663-8888888');
    expect(normalizePhone('(0663)8888888')).toBe('0663-8888888');
    expect(normalizePhone('02088888888')).toBe('020-88888888');
    expect(normalizePhone('010 12345678')).toBe('010-12345678');
    expect(normalizePhone('0663-8888888-123')).toBe('0663-8888888-123');
    expect(normalizePhone('020-88888888转8001')).toBe('020-88888888-8001');
    expect(normalizePhone('020-88888888 ext. 8001')).toBe('020-88888888-8001');
    expect(parsePhone('0663-8888888-123')).toMatchObject({ areaCode: '0663', local: '8888888', extension: '123' });
  });

  it('rejects area codes that do not exist and separators that contradict them', () => {
    for (const input of ['066-38888888', '0201-2345678', '0123-8888888', '0663-888888', '0663-888888888', '8888888']) {
      expect(isValidPhone(input)).toBe(false);
    }
  });
});

describe('phone robustness', () => {
  it('never throws and normalised forms are fixed points', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normalizePhone(s);
        return n === null || normalizePhone(n) === n;
      }),
    );
    const mobile = fc.tuple(
      fc.constantFrom(...'3456789'),
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 }),
    );
    fc.assert(fc.property(mobile, ([second, rest]) => normalizePhone(`+86 1${second}${rest}`) === `1${second}${rest}`));
  });
});
