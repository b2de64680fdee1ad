import type { CvResult } from './cross-validate.js';
import { formatMetrics, type Metrics } from './evaluate.js';

const f4 = (v: number): string => v.toFixed(4);

function line(name: string, m: Metrics): string {
  return `${name.padEnd(14)} rows=${String(m.count).padStart(5)} macro_f1=${f4(m.macroF1)} accuracy=${f4(m.accuracy)}`;
}

/** Human-readable CV report: per fold, overall, with/without title, per class. */
export function formatCvReport(name: string, r: CvResult, detail: { folds: boolean; perClass: boolean }): string {
  const lines = [`== ${name}`];
  for (const f of detail.folds ? r.folds : []) {
    lines.push(`${line(`fold ${f.fold + 1}`, f.metrics)} train_s=${(f.trainMs / 1000).toFixed(1)} msgs_per_s=${Math.round(f.msgsPerSec)}`);
  }
  lines.push(line('overall', r.overall), line('with title', r.withTitle), line('without title', r.withoutTitle));
  lines.push(`predict msgs_per_s=${Math.round(r.msgsPerSec)} (single thread, raw text to top-3)`);
  if (detail.perClass) lines.push(formatMetrics(r.overall));
  return lines.join('\n');
}
