/**
 * GB 32100 unified social credit codes (统一社会信用代码): registration department (1), organisation
 * type (1), region code (6 digits), organisation code body (9) and a check character (1).
 */

/** Digits and capitals without I, O, S, V and Z, which read too much like 1, 0, 5, U and 2. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Weight of position i is 3^i mod 31.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function normalizeUscc(s: string): string {
  return s.trim().toUpperCase();
}

/** The check character for the first 17 characters, or null when any is outside the alphabet. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * The registration-department table of the standard keeps growing (A, N, Y, ...), so any
 * alphabet character is accepted in the first two positions; the check character guards typos.
 */
export function isValidUscc(s: string): boolean {
  if (typeof s !== 'string') return false;
  const code = normalizeUscc(s);
  if (!SHAPE.test(code)) return false;
  return usccCheckChar(code.slice(0, 17)) === code.charAt(17);
}
