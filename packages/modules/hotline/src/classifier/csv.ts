// RFC 4180 CSV reader and writer. Lenient where real exports differ from the RFC (LF or CR line
// ends, a UTF-8 BOM, blank lines) but strict about an unterminated quoted field, which would
// otherwise silently swallow the rest of the file.

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} (line ${line})`);
    this.name = 'CsvError';
  }
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** Parses CSV text into rows of fields. Blank physical lines are skipped. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  const n = src.length;
  let row: string[] = [];
  let line = 1;
  let i = 0;
  // True when the current row has started (a field or a delimiter was seen).
  let rowStarted = false;

  const endRow = (): void => {
    if (rowStarted) rows.push(row);
    row = [];
    rowStarted = false;
  };

  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === CR || c === LF) {
      endRow();
      i += c === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    rowStarted = true;
    let field: string;
    if (c === QUOTE) {
      const startLine = line;
      let j = i + 1;
      let buf = '';
      let closed = false;
      while (j < n) {
        const q = src.indexOf('"', j);
        if (q < 0) break;
        buf += src.slice(j, q);
        if (src.charCodeAt(q + 1) === QUOTE) {
          buf += '"';
          j = q + 2;
        } else {
          j = q + 1;
          closed = true;
          break;
        }
      }
      if (!closed) throw new CsvError('unterminated quoted field', startLine);
      line += countNewlines(buf);
      // Characters between the closing quote and the next delimiter are kept verbatim.
      const end = nextDelimiter(src, j);
      field = buf + src.slice(j, end);
      i = end;
    } else {
      const end = nextDelimiter(src, i);
      field = src.slice(i, end);
      i = end;
    }
    row.push(field);
    const d = src.charCodeAt(i);
    if (d === COMMA) {
      i++;
      if (i >= n || src.charCodeAt(i) === CR || src.charCodeAt(i) === LF) row.push('');
    }
  }
  endRow();
  return rows;
}

function nextDelimiter(src: string, from: number): number {
  for (let k = from; k < src.length; k++) {
    const c = src.charCodeAt(k);
    if (c === COMMA || c === CR || c === LF) return k;
  }
  return src.length;
}

function countNewlines(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === LF || (c === CR && s.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

function quoteIfNeeded(field: string): string {
  return /[",\r\n]/.test(field) || field.charCodeAt(0) === 0xfeff ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Writes rows as RFC 4180 CSV with CRLF line ends. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((r) =>
      // A row holding one empty field would be a blank line, which the reader skips.
      r.length === 1 && r[0] === '' ? '""' : r.map(quoteIfNeeded).join(','),
    )
    .map((l) => `${l}\r\n`)
    .join('');
}

/** Parses CSV with a header row into records keyed by column name. */
export function parseCsvRecords(text: string): Array<Record<string, string>> {
  const [header, ...body] = parseCsv(text);
  if (!header) return [];
  const names = header.map((h) => h.trim());
  return body.map((r) => {
    const rec: Record<string, string> = {};
    names.forEach((name, k) => {
      rec[name] = r[k] ?? '';
    });
    return rec;
  });
}
