import { isProvinceCode } from './province-codes.js';

/**
 * GB 11643 citizen identity numbers (公民身份号码). Only the 18-character form is accepted: the
 * 15-digit form has no check digit and every one of them was reissued as 18 digits when first-
 * generation cards stopped being valid on 2013-01-01, so a 15-digit input is a typo or stale data.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH = '1900-01-01';
const SHAPE = /^\d{17}[\dX]$/;

export interface IdNumberInfo {
  regionCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'M' | 'F';
}

/** Trim and upper-case the check character so `x` and `X` store and compare the same. */
export function normalizeIdNumber(s: string): string {
  return s.trim().toUpperCase();
}

/** The check character for the first 17 digits, or null when they are not 17 digits. */
export function idNumberCheckDigit(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? null;
}

// Built once: constructing an Intl formatter costs far more than the validation itself.
const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date (YYYY-MM-DD) in Asia/Shanghai: "born in the future" is judged by Chinese civil time. */
export function todayInShanghai(now: Date = new Date()): string {
  return SHANGHAI_DATE.format(now);
}

/** True when `iso` (YYYY-MM-DD) names a real calendar day (no 02-30, 1900-02-29, ...). */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Decode a valid ID number; null when it is not valid. `today` (YYYY-MM-DD) bounds the birth
 * date and defaults to the current date in Asia/Shanghai.
 */
export function parseIdNumber(s: string, today: string = todayInShanghai()): IdNumberInfo | null {
  if (typeof s !== 'string') return null;
  const id = normalizeIdNumber(s);
  if (!SHAPE.test(id)) return null;
  if (!isProvinceCode(id.slice(0, 2))) return null;
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < EARLIEST_BIRTH || birthDate > today) return null;
  if (idNumberCheckDigit(id.slice(0, 17)) !== id[17]) return null;
  // The 17th digit (sequence code) is odd for men and even for women.
  const sex = Number(id[16]) % 2 === 1 ? 'M' : 'F';
  return { regionCode: id.slice(0, 6), birthDate, sex };
}

export function isValidIdNumber(s: string, today: string = todayInShanghai()): boolean {
  return parseIdNumber(s, today) !== null;
}

/**
 * Age in completed years on `date` (YYYY-MM-DD), or null for an invalid ID number or date, or a
 * date before the birth. Someone born on 02-29 turns a year older on 03-01 in common years.
 */
export function ageOn(idNumber: string, date: string): number | null {
  if (!isCalendarDate(date)) return null;
  const info = parseIdNumber(idNumber, date);
  if (!info) return null;
  const birthYear = Number(info.birthDate.slice(0, 4));
  const years = Number(date.slice(0, 4)) - birthYear;
  return date.slice(5) >= info.birthDate.slice(5) ? years : years - 1;
}
