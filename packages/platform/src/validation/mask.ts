import { parsePhone } from './phone.js';

/**
 * Display masking: personal data is shown masked unless a permission says otherwise. Every
 * function is total: any input (even empty or non-string at runtime) yields a string, never throws.
 * Characters are counted as code points so rare name characters outside the BMP stay whole.
 */

function chars(s: unknown): string[] {
  return typeof s === 'string' ? Array.from(s.trim()) : [];
}

/**
 * Keep `head` leading and `tail` trailing characters. When the value is too short to keep them
 * and still hide something, everything is hidden: a malformed value is no less sensitive.
 */
export function maskMiddle(s: string, head: number, tail: number): string {
  const c = chars(s);
  if (c.length <= head + tail) return '*'.repeat(c.length);
  return c.slice(0, head).join('') + '*'.repeat(c.length - head - tail) + c.slice(c.length - tail).join('');
}

/** `445202********123X`: region code and last four, as on counter receipts. */
export function maskIdNumber(s: string): string {
  return maskMiddle(typeof s === 'string' ? s.toUpperCase() : '', 6, 4);
}

/** `138****5678`; landlines keep the area code and the last four digits, extensions are dropped. */
export function maskPhone(s: string): string {
  const parsed = typeof s === 'string' ? parsePhone(s) : null;
  if (parsed?.kind === 'mobile') return maskMiddle(parsed.normalized, 3, 4);
  if (parsed?.kind === 'landline' && parsed.areaCode && parsed.local) {
    return `${parsed.areaCode}-${maskMiddle(parsed.local, 0, 4)}`;
  }
  return maskMiddle(s, 3, 4);
}

// Common two-character surnames; for these the whole surname stays visible (欧阳**).
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '澹台',
  '独孤',
  '南宫',
  '西门',
  '端木',
  '百里',
  '呼延',
  '太史',
  '申屠',
  '闻人',
  '赫连',
  '万俟',
  '东郭',
  '鲜于',
  '单于',
  '拓跋',
  '司空',
  '第五',
]);

/**
 * Keep the surname: `张*`, `欧阳**`. A one-character name has nothing else to hide and is
 * returned as is. Separators in transliterated names (`·`, spaces) are kept for readability.
 */
export function maskName(s: string): string {
  const c = chars(s);
  if (c.length <= 1) return c.join('');
  const keep = c.length >= 3 && COMPOUND_SURNAMES.has(c.slice(0, 2).join('')) ? 2 : 1;
  return c.map((ch, i) => (i < keep || ch === '·' || ch === '•' || ch === ' ' ? ch : '*')).join('');
}

/** `91350100********43`: registration department, type and region stay readable. */
export function maskUscc(s: string): string {
  return maskMiddle(typeof s === 'string' ? s.toUpperCase() : '', 8, 2);
}

/** `z***@example.com`: a fixed run of stars so the length of the local part is not revealed. */
export function maskEmail(s: string): string {
  const c = chars(s);
  const at = c.lastIndexOf('@');
  if (at < 0) return maskMiddle(s, 1, 0);
  const domain = c.slice(at).join('');
  return (at > 1 ? `${c[0]}***` : '***') + domain;
}

/**
 * Keep the first six characters (usually province + city or county), then a fixed `****` so the
 * length of the street part is not revealed. Shorter values keep only their first half.
 */
export function maskAddress(s: string): string {
  const c = chars(s);
  if (c.length === 0) return '';
  const keep = c.length > 6 ? 6 : Math.floor(c.length / 2);
  return `${c.slice(0, keep).join('')}****`;
}
