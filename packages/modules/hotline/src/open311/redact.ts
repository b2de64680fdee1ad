import { maskEmail, maskIdNumber, maskPhone } from '@yiwang/platform';

/**
 * Public Open311 reads expose no personal data: callers' names and phones are never published, and
 * numbers a citizen typed into the description (mobiles, landlines, ID numbers, e-mail addresses) are masked.
 */
const RULES: Array<[RegExp, (m: string) => string]> = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, maskEmail],
  [/(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])/g, maskIdNumber],
  [/(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/g, (m) => maskPhone(m.replace(/[- ]/g, '').replace(/^\+?86/, ''))],
  [/(?<!\d)0\d{2,3}[- ]?\d{7,8}(?!\d)/g, maskPhone],
];

export function redactPersonalText(text: string): string {
  return RULES.reduce((s, [re, mask]) => s.replace(re, mask), text);
}
