import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEvidence, decodeBase64Strict, MAX_EVIDENCE_BYTES, sniffImageType } from './evidence.js';

const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const WEBP = [0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50];
const image = (head: number[], size = 64) => Buffer.concat([Buffer.from(head), Buffer.alloc(Math.max(0, size - head.length), 7)]);
const b64 = (b: Buffer) => b.toString('base64');

describe('evidence images', () => {
  it('recognises JPEG, PNG and WebP by their magic bytes whatever follows', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (tail) => {
        expect(sniffImageType(Buffer.concat([Buffer.from(JPEG), tail]))).toBe('image/jpeg');
        expect(sniffImageType(Buffer.concat([Buffer.from(PNG), tail]))).toBe('image/png');
        expect(sniffImageType(Buffer.concat([Buffer.from(WEBP), tail]))).toBe('image/webp');
      }),
    );
    for (const other of [
      [],
      [0xff, 0xd8],
      [0x47, 0x49, 0x46, 0x38],
      [0x25, 0x50, 0x44, 0x46],
      [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x41, 0x56, 0x49],
    ])
      expect(sniffImageType(Buffer.from(other))).toBeNull();
  });

  it('decodes only canonical padded base64 and gives back the exact bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), (bytes) => {
        expect(decodeBase64Strict(Buffer.from(bytes).toString('base64'))?.equals(Buffer.from(bytes))).toBe(true);
      }),
    );
    for (const bad of ['', 'QQ', 'QR==', 'QQ==QQ==', 'Q Q==', 'QQ=\n', '-_-_', '////!'.padEnd(8, 'A')])
      expect(decodeBase64Strict(bad)).toBeNull();
  });

  it('accepts up to five images or links and reports the first bad item by index', () => {
    const ok = checkEvidence([
      { contentType: 'image/jpeg', dataBase64: b64(image(JPEG)) },
      { contentType: 'image/png', dataBase64: b64(image(PNG)) },
      { contentType: 'image/webp', dataBase64: b64(image(WEBP)) },
      { url: 'https://video.jieyang.example/snap/1.jpg' },
    ]);
    expect(ok.ok).toBe(true);
    if (ok.ok)
      expect(ok.evidence.map((e) => (e.kind === 'file' ? e.contentType : 'link'))).toEqual([
        'image/jpeg',
        'image/png',
        'image/webp',
        'link',
      ]);

    const cases: Array<[Parameters<typeof checkEvidence>[0], string]> = [
      [[{ contentType: 'image/png', dataBase64: b64(image(JPEG)) }], 'EVIDENCE_TYPE_UNSUPPORTED'],
      [[{ contentType: 'image/jpeg', dataBase64: b64(Buffer.from('%PDF-1.7 not an image')) }], 'EVIDENCE_TYPE_UNSUPPORTED'],
      [[{ contentType: 'image/jpeg', dataBase64: 'not base64!' }], 'EVIDENCE_INVALID'],
      [[{ contentType: 'image/jpeg', dataBase64: b64(image(JPEG, MAX_EVIDENCE_BYTES + 1)) }], 'EVIDENCE_TOO_LARGE'],
      [[{ url: 'ftp://x.example/a.jpg' }], 'VALIDATION_FAILED'],
      [[{ url: 'https://user:secret@x.example/a.jpg' }], 'VALIDATION_FAILED'],
      [Array.from({ length: 6 }, () => ({ url: 'https://x.example/a.jpg' })), 'VALIDATION_FAILED'],
    ];
    for (const [items, code] of cases) expect(checkEvidence(items)).toMatchObject({ ok: false, code });
    const second = checkEvidence([{ url: 'https://x.example/a.jpg' }, { contentType: 'image/png', dataBase64: 'QQ==' }]);
    expect(second).toMatchObject({ ok: false, index: 1 });
  });

  it('takes an image of exactly 2 MB', () => {
    const r = checkEvidence([{ contentType: 'image/png', dataBase64: b64(image(PNG, MAX_EVIDENCE_BYTES)) }]);
    expect(r.ok && r.evidence[0]?.kind === 'file' && r.evidence[0].bytes.length).toBe(MAX_EVIDENCE_BYTES);
  });
});
