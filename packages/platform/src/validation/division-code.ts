import { isProvinceCode } from './province-codes.js';

/**
 * 12-digit statistical division codes (统计用区划代码): province 2, city 2, county 2, town 3,
 * village 3 digits. A level's digits may be zero above a non-zero one: towns of cities without
 * counties (东莞 441900003000, 中山) skip the county digits.
 */

export type DivisionLevel = 1 | 2 | 3 | 4 | 5;

/** End offset of each level's segment; the prefix of a level-n code is its first SEGMENT_ENDS[n-1] chars. */
const SEGMENT_ENDS = [2, 4, 6, 9, 12] as const;

export function isValidDivisionCode(code: string): boolean {
  return typeof code === 'string' && /^\d{12}$/.test(code) && isProvinceCode(code.slice(0, 2));
}

/** 1 province … 5 village, by the last non-zero segment; null for an invalid code. */
export function divisionLevel(code: string): DivisionLevel | null {
  if (!isValidDivisionCode(code)) return null;
  for (let level = 5; level >= 2; level--) {
    const start = SEGMENT_ENDS[level - 2] ?? 0;
    const end = SEGMENT_ENDS[level - 1] ?? 0;
    if (!/^0+$/.test(code.slice(start, end))) return level as DivisionLevel;
  }
  return 1;
}

/**
 * The significant prefix (2/4/6/9/12 chars), for "this division and below" queries written as
 * `code LIKE prefix || '%'`; null for an invalid code.
 */
export function divisionPrefix(code: string): string | null {
  const level = divisionLevel(code);
  if (level === null) return null;
  return code.slice(0, SEGMENT_ENDS[level - 1]);
}

/** The nearest enclosing division (zero segments are skipped); null for a province or invalid code. */
export function parentDivisionCode(code: string): string | null {
  const level = divisionLevel(code);
  if (level === null || level === 1) return null;
  const keep = SEGMENT_ENDS[level - 2] ?? 0;
  return code.slice(0, keep).padEnd(12, '0');
}

/** True when `child` is `ancestor` itself or lies anywhere below it. */
export function isWithinDivision(child: string, ancestor: string): boolean {
  const prefix = divisionPrefix(ancestor);
  return prefix !== null && isValidDivisionCode(child) && child.startsWith(prefix);
}
