import type { ItemElements, ItemType, QualityFinding } from '@yiwang/contracts';
import { shanghaiDateOf } from '@yiwang/platform';
import { checkElements } from './elements.js';
import { problem } from './problems.js';

/** One item as the quality checker sees it: its live version and/or its open draft (resolved). */
export interface QualitySubject {
  itemId: string;
  code: string;
  name: string;
  type: ItemType;
  live: { versionNo: number; content: ItemElements; lastReviewedAt: Date | null } | null;
  draft: ItemElements | null;
}

export interface QualityContext {
  eLicenceTypes: ReadonlySet<string>;
  now: Date;
  /** a live guide not reviewed for this many months is stale */
  staleMonths: number;
}

export interface QualitySummary {
  items: number;
  errors: number;
  warnings: number;
  findings: QualityFinding[];
}

/** now minus whole calendar months (a 31st falls back to the month's last day) */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export const isStale = (lastReviewedAt: Date | null, ctx: Pick<QualityContext, 'now' | 'staleMonths'>): boolean =>
  lastReviewedAt === null || lastReviewedAt < monthsBefore(ctx.now, ctx.staleMonths);

/**
 * The guide quality checker (S1): the element rules on what the public reads (the live version)
 * and on what is being prepared (the draft), plus staleness of the live guide.
 */
export function qualityFindings(s: QualitySubject, ctx: QualityContext): QualityFinding[] {
  const base = { itemId: s.itemId, itemCode: s.code, itemName: s.name };
  const out: QualityFinding[] = [];
  if (s.live) {
    const at = { ...base, scope: 'live' as const, versionNo: s.live.versionNo };
    for (const p of checkElements(s.live.content, { type: s.type, eLicenceTypes: ctx.eLicenceTypes })) out.push({ ...p, ...at });
    if (isStale(s.live.lastReviewedAt, ctx)) {
      const since = s.live.lastReviewedAt ? shanghaiDateOf(s.live.lastReviewedAt) : '';
      out.push({ ...problem('', 'stale', { since, months: ctx.staleMonths }), ...at });
    }
  }
  if (s.draft) {
    const at = { ...base, scope: 'draft' as const, versionNo: null };
    for (const p of checkElements(s.draft, { type: s.type, eLicenceTypes: ctx.eLicenceTypes })) out.push({ ...p, ...at });
  }
  return out;
}

/** One department's report: every finding, errors first, then by item code. */
export function qualityReport(subjects: readonly QualitySubject[], ctx: QualityContext): QualitySummary {
  const findings = subjects.flatMap((s) => qualityFindings(s, ctx));
  findings.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.itemCode.localeCompare(b.itemCode) ||
      a.scope.localeCompare(b.scope) ||
      a.field.localeCompare(b.field),
  );
  return {
    items: subjects.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    findings,
  };
}
