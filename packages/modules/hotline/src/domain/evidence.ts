/**
 * Evidence images sent with sensor/partner events (H5): inline images are recognised by their magic
 * bytes, never by the declared type alone, and limited in size and number; references are kept as
 * given and never fetched (no server-side requests to addresses a sender chooses).
 */
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const MAX_EVIDENCE_BYTES = 2 * 1024 * 1024;
export const MAX_EVIDENCE_ITEMS = 5;

export type EvidenceInput = { url: string } | { contentType: string; dataBase64: string };
export type Evidence = { kind: 'file'; contentType: EvidenceType; bytes: Buffer } | { kind: 'link'; url: string };
export type EvidenceFailure = {
  ok: false;
  code: 'EVIDENCE_INVALID' | 'EVIDENCE_TYPE_UNSUPPORTED' | 'EVIDENCE_TOO_LARGE' | 'VALIDATION_FAILED';
  index: number;
  reason: string;
};

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);

/** JPEG (FF D8 FF), PNG (the 8-byte signature) or WebP (RIFF….WEBP); anything else is null. */
export function sniffImageType(b: Uint8Array): EvidenceType | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 (RFC 4648 §4, padded), whitespace-free; Buffer would silently skip junk, so it is checked first. */
export function decodeBase64Strict(s: string): Buffer | null {
  if (s.length === 0 || s.length % 4 !== 0 || !BASE64.test(s)) return null;
  const bytes = Buffer.from(s, 'base64');
  // non-zero spare bits make two strings decode alike; only the canonical one is accepted
  return bytes.toString('base64') === s ? bytes : null;
}

function checkUrl(raw: string): boolean {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  // credentials in a stored link would be a secret kept in plain text
  return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.password === '' && raw.length <= 2000;
}

export function checkEvidence(items: readonly EvidenceInput[]): { ok: true; evidence: Evidence[] } | EvidenceFailure {
  if (items.length > MAX_EVIDENCE_ITEMS) return { ok: false, code: 'VALIDATION_FAILED', index: MAX_EVIDENCE_ITEMS, reason: 'too many' };
  const evidence: Evidence[] = [];
  for (const [index, item] of items.entries()) {
    if ('url' in item) {
      if (!checkUrl(item.url)) return { ok: false, code: 'VALIDATION_FAILED', index, reason: 'url' };
      evidence.push({ kind: 'link', url: item.url });
      continue;
    }
    // a quick bound before decoding: 4 characters carry 3 bytes
    if ((item.dataBase64.length / 4) * 3 > MAX_EVIDENCE_BYTES + 2) return { ok: false, code: 'EVIDENCE_TOO_LARGE', index, reason: 'size' };
    const bytes = decodeBase64Strict(item.dataBase64);
    if (!bytes) return { ok: false, code: 'EVIDENCE_INVALID', index, reason: 'base64' };
    if (bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, code: 'EVIDENCE_TOO_LARGE', index, reason: 'size' };
    const sniffed = sniffImageType(bytes);
    if (sniffed === null || sniffed !== item.contentType) return { ok: false, code: 'EVIDENCE_TYPE_UNSUPPORTED', index, reason: 'type' };
    evidence.push({ kind: 'file', contentType: sniffed, bytes });
  }
  return { ok: true, evidence };
}
