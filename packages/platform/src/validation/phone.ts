/**
 * Mainland phone numbers. Mobiles normalise to 11 digits; landlines to `area-local` or
 * `area-local-ext`, so one number has one stored form whatever way it was typed.
 */

export type PhoneKind = 'mobile' | 'landline';

export interface ParsedPhone {
  kind: PhoneKind;
  /** The normalised form: `13812345678`, `0663-8888888`, `020-88888888-123`. */
  normalized: string;
  /** Landlines only. */
  areaCode?: string;
  local?: string;
  extension?: string;
}

const MOBILE = /^1[3-9]\d{9}$/;
// Only Beijing (010) and the 02x cities have 3-digit area codes; every other one is 0 + 3 digits.
// Knowing that makes an unseparated landline such as 02088888888 unambiguous.
const THREE_DIGIT_AREA = /^(010|02\d)/;
const AREA_CODE = /^(010|02\d|0[3-9]\d{2})$/;
const EXTENSION = /^(.*?)(?:\s*(?:转|ext\.?|x|#)\s*|-)(\d{1,6})$/i;

function parseMobile(s: string): ParsedPhone | null {
  let digits = s.replace(/[\s-]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  return MOBILE.test(digits) ? { kind: 'mobile', normalized: digits } : null;
}

function parseLandlineMain(main: string): { areaCode: string; local: string } | null {
  const separated = /^(?:\((0\d{2,3})\)\s*|(0\d{2,3})[-\s])(\d{7,8})$/.exec(main);
  const typedArea = separated ? (separated[1] ?? separated[2] ?? '') : '';
  const digits = separated ? typedArea + (separated[3] ?? '') : main;
  if (!/^0\d{9,11}$/.test(digits)) return null;
  const areaLength = THREE_DIGIT_AREA.test(digits) ? 3 : 4;
  // A separator the caller typed must agree with the area-code rule, else the input is ambiguous.
  if (separated && typedArea.length !== areaLength) return null;
  const areaCode = digits.slice(0, areaLength);
  const local = digits.slice(areaLength);
  if (!AREA_CODE.test(areaCode) || local.length < 7 || local.length > 8) return null;
  return { areaCode, local };
}

function parseLandline(s: string): ParsedPhone | null {
  const direct = parseLandlineMain(s);
  if (direct) return { kind: 'landline', normalized: `${direct.areaCode}-${direct.local}`, ...direct };
  const ext = EXTENSION.exec(s);
  if (!ext) return null;
  const main = parseLandlineMain(ext[1] ?? '');
  const extension = ext[2] ?? '';
  if (!main) return null;
  return {
    kind: 'landline',
    normalized: `${main.areaCode}-${main.local}-${extension}`,
    ...main,
    extension,
  };
}

/** Parse a mainland mobile or landline number; null when it is neither. */
export function parsePhone(s: string): ParsedPhone | null {
  if (typeof s !== 'string') return null;
  const trimmed = s.trim();
  if (trimmed === '' || trimmed.length > 40) return null;
  return parseMobile(trimmed) ?? parseLandline(trimmed);
}

export function isValidPhone(s: string): boolean {
  return parsePhone(s) !== null;
}

/** The one stored form of a phone number, or null when it is not a valid mainland number. */
export function normalizePhone(s: string): string | null {
  return parsePhone(s)?.normalized ?? null;
}
