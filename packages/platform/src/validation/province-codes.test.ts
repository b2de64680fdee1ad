import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES, isProvinceCode } from './province-codes.js';

describe('province codes', () => {
  it('holds the 34 province-level codes and nothing else', () => {
    expect(PROVINCE_CODES.size).toBe(34);
    for (const code of ['11', '44', '65', '71', '81', '82']) expect(isProvinceCode(code)).toBe(true);
    for (const code of ['00', '10', '16', '47', '66', '83', '99', '4', '440']) expect(isProvinceCode(code)).toBe(false);
  });
});
