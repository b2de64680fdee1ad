import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPasswordStrength, hashPassword, verifyPassword } from './password.js';

describe('password policy', () => {
  it('accepts 10+ characters with letters and digits', () => {
    expect(() => checkPasswordStrength('Jieyang2026')).not.toThrow();
  });
  it.each(['short1a', 'onlyletterslong', '12345678901', ''])('refuses %s', (pw) => {
    expect(() => checkPasswordStrength(pw)).toThrow(expect.objectContaining({ code: 'WEAK_PASSWORD' }));
  });
  it('never accepts a password without a digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{10,40}$/), (pw) => {
        expect(() => checkPasswordStrength(pw)).toThrow();
      }),
    );
  });
  it('hashes with argon2 and verifies only the right password', async () => {
    const h = await hashPassword('Correct-horse-9');
    expect(h.startsWith('$argon2')).toBe(true);
    expect(await verifyPassword(h, 'Correct-horse-9')).toBe(true);
    expect(await verifyPassword(h, 'Correct-horse-8')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
  });
});
