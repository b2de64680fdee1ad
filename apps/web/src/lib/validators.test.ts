import { describe, expect, it } from 'vitest';
import { isStrongPassword, isValidIdNumber, isValidPhone, isValidUscc } from './validators';

describe('client-side validators', () => {
  it('accepts a GB 11643 ID number with a correct check digit and rejects a wrong one', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('1101051949123100')).toBe(false);
  });

  it('accepts a GB 32100 credit code with a correct check character and rejects a wrong one', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100M000100I43')).toBe(false);
  });

  it('checks phones and password strength', () => {
    expect(isValidPhone('13800138000')).toBe(true);
    expect(isValidPhone('0663-8221234')).toBe(true);
    expect(isValidPhone('12345')).toBe(false);
    expect(isStrongPassword('abc123')).toBe(false);
    expect(isStrongPassword('Jieyang2025a')).toBe(true);
  });
});
