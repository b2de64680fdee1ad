/**
 * Client-side format hints. The server validates authoritatively; these only spare a round trip.
 * Algorithms: GB 11643 (resident ID check digit) and GB 32100 (unified social credit code).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function isValidIdNumber(raw: string): boolean {
  const v = raw.trim().toUpperCase();
  if (/^\d{15}$/.test(v)) return true;
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(v[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] === v[17];
}

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function isValidUscc(raw: string): boolean {
  const v = raw.trim().toUpperCase();
  if (v.length !== 18) return false;
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    const n = USCC_ALPHABET.indexOf(v.charAt(i));
    if (n < 0) return false;
    sum += n * weight;
    weight = (weight * 3) % 31;
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET[check] === v[17];
}

/** Mainland mobile numbers, or a landline with an optional area code. */
export function isValidPhone(raw: string): boolean {
  const v = raw.trim();
  return /^1[3-9]\d{9}$/.test(v) || /^(0\d{2,3}-?)?\d{7,8}$/.test(v);
}

export function isStrongPassword(v: string): boolean {
  return v.length >= 10 && /[A-Za-z]/.test(v) && /\d/.test(v);
}

export const USERNAME_PATTERN = /^[A-Za-z0-9_.@-]{3,64}$/;
export const DIVISION_CODE_PATTERN = /^\d{12}$/;
export const DEPARTMENT_CODE_PATTERN = /^[A-Za-z0-9_-]{2,40}$/;
