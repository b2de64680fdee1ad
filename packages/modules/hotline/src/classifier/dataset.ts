import { parseCsvRecords } from './csv.js';
import type { MessageText } from './features.js';

/** One training or evaluation row. */
export interface LabeledMessage extends MessageText {
  label: string;
}

export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}

/**
 * Reads labelled messages from CSV text with at least the columns `body` and `label` (`title`
 * optional, other columns ignored). Rows without a label or without any text are skipped.
 */
export function parseLabeledCsv(text: string): { rows: LabeledMessage[]; skipped: number } {
  const records = parseCsvRecords(text);
  const first = records[0];
  if (!first) throw new DatasetError('the CSV file has no data rows');
  const missing = ['body', 'label'].filter((c) => !(c in first));
  if (missing.length > 0) {
    throw new DatasetError(`the CSV file lacks the column(s) ${missing.join(', ')}; expected id,title,body,time,label`);
  }
  const rows: LabeledMessage[] = [];
  let skipped = 0;
  for (const r of records) {
    const label = (r.label ?? '').trim();
    const title = (r.title ?? '').trim();
    const body = r.body ?? '';
    if (label === '' || (title === '' && body.trim() === '')) {
      skipped++;
      continue;
    }
    rows.push(title === '' ? { body, label } : { title, body, label });
  }
  return { rows, skipped };
}

/** Sorted distinct labels. */
export function labelSet(rows: readonly LabeledMessage[]): string[] {
  return [...new Set(rows.map((r) => r.label))].sort();
}
