import { describe, expect, it } from 'vitest';
import { monthsBefore, qualityReport, type QualitySubject } from './quality.js';
import { COMPLETE, E_LICENCES } from './test-content.js';

const NOW = new Date('2026-11-20T02:00:00Z');
const ctx = { eLicenceTypes: E_LICENCES, now: NOW, staleMonths: 12 };
const subject = (over: Partial<QualitySubject>): QualitySubject => ({
  itemId: '00000000-0000-4000-8000-000000000001',
  code: 'XK00101001445200',
  name: '食品经营许可',
  type: 'XK',
  live: { versionNo: 2, content: COMPLETE, lastReviewedAt: new Date('2026-06-01T00:00:00Z') },
  draft: null,
  ...over,
});

describe('guide quality report', () => {
  it('is clean for a complete guide reviewed this year', () => {
    expect(qualityReport([subject({})], ctx)).toEqual({ items: 1, errors: 0, warnings: 0, findings: [] });
  });

  it('flags a live guide not reviewed for the configured months, and one never reviewed', () => {
    const old = subject({ live: { versionNo: 1, content: COMPLETE, lastReviewedAt: new Date('2025-11-19T00:00:00Z') } });
    const r = qualityReport([old], ctx);
    expect(r.findings.map((f) => [f.rule, f.severity, f.scope, f.versionNo])).toEqual([['stale', 'warning', 'live', 1]]);
    expect(r.findings[0]!.zh).toContain('2025-11-19');
    expect(
      qualityReport([subject({ live: { versionNo: 1, content: COMPLETE, lastReviewedAt: new Date('2025-11-21T00:00:00Z') } })], ctx)
        .warnings,
    ).toBe(0);
    expect(qualityReport([subject({ live: { versionNo: 1, content: COMPLETE, lastReviewedAt: null } })], ctx).findings[0]!.en).toContain(
      'never',
    );
  });

  it('checks the live version and the open draft separately, errors first', () => {
    const draft = { ...COMPLETE, timeLimits: { statutoryDays: 5, promisedDays: 8, kind: 'promised' as const } };
    const live = { ...COMPLETE, materials: [{ ...COMPLETE.materials![0]!, source: undefined }] };
    const r = qualityReport([subject({ draft, live: { versionNo: 3, content: live, lastReviewedAt: NOW } })], ctx);
    expect(r).toMatchObject({ items: 1, errors: 1, warnings: 1 });
    expect(r.findings.map((f) => [f.scope, f.rule])).toEqual([
      ['draft', 'promised_exceeds_statutory'],
      ['live', 'material_without_source'],
    ]);
  });

  it('counts months on the calendar, the 31st falling back to the month end', () => {
    expect(monthsBefore(new Date('2026-03-31T12:00:00Z'), 1).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(monthsBefore(new Date('2026-01-15T00:00:00Z'), 12).toISOString()).toBe('2025-01-15T00:00:00.000Z');
  });
});
