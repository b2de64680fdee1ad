import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, parseCsvRecords, writeCsv } from './csv.js';

// Fields drawn from characters that stress the quoting rules.
const field = fc.string({
  unit: fc.constantFrom('a', '中', ' ', ',', '"', '\r', '\n', '\r\n', '\uFEFF', 'x"y'),
  maxLength: 12,
});
const row = fc.array(field, { minLength: 1, maxLength: 6 });

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and embedded newlines', () => {
    const text = 'id,body\r\n1,"a, ""b""\r\nc"\r\n2,plain\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'body'],
      ['1', 'a, "b"\r\nc'],
      ['2', 'plain'],
    ]);
  });

  it('strips a BOM, accepts LF, CR and CRLF, and skips blank lines', () => {
    expect(parseCsv('\uFEFFa,b\n\r\n1,2\r3,4\n\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv(',x,\n,\n')).toEqual([
      ['', 'x', ''],
      ['', ''],
    ]);
  });

  it('keeps stray characters after a closing quote', () => {
    expect(parseCsv('"ab"c,d')).toEqual([['abc', 'd']]);
  });

  it('rejects an unterminated quoted field with its line number', () => {
    expect(() => parseCsv('a\n"b\nc')).toThrow(CsvError);
    expect(() => parseCsv('a\n"b\nc')).toThrow(/line 2/);
  });

  it('round-trips any rows through writeCsv', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        expect(parseCsv(writeCsv(rows))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips with a BOM and LF line ends', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        // Only record separators are CRLF outside quotes; the reader must not care.
        const text = '\uFEFF' + rows.map((r) => writeCsv([r]).slice(0, -2)).join('\n');
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });

  it('never throws on text without quotes', () => {
    fc.assert(
      fc.property(
        fc.string().map((s) => s.replaceAll('"', '')),
        (s) => {
          expect(() => parseCsv(s)).not.toThrow();
        },
      ),
    );
  });
});

describe('parseCsvRecords', () => {
  it('keys fields by trimmed header names and fills missing cells', () => {
    expect(parseCsvRecords('id, title ,body\n1,,hello\n2,t\n')).toEqual([
      { id: '1', title: '', body: 'hello' },
      { id: '2', title: 't', body: '' },
    ]);
  });

  it('returns no records for empty text', () => {
    expect(parseCsvRecords('')).toEqual([]);
  });
});
