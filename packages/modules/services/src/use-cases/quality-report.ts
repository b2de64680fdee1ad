import type { ItemElements, ItemType, QualityReport } from '@yiwang/contracts';
import { AppError, mutate, scopeFilter, type Actor, type RequestMeta, type Tx } from '@yiwang/platform';
import { qualityReport, resolveVariant, type QualitySubject } from '../domain/index.js';
import type { ServicesDeps } from '../deps.js';
import { SERVICES_EVENTS } from '../events.js';
import { presentReport } from '../presenters.js';
import { activeELicenceCodes } from '../repo/elicence.js';
import { departmentsWithItems, itemsOfDepartment } from '../repo/items.js';
import { listReports, upsertReport } from '../repo/quality.js';
import { svc, type Q } from '../repo/tables.js';
import { findVersion, liveOf } from '../repo/versions.js';
import { unitNames } from './units.js';

/**
 * Recomputes and stores one department's guide-quality report inside the caller's transaction
 * (publish runs it with the version it writes), so the stored report never lags a publication.
 */
export async function refreshDepartmentReport(
  deps: ServicesDeps,
  q: Q,
  dept: { id: string; divisionCode: string },
  trigger: string,
  now = new Date(),
) {
  const rows = await itemsOfDepartment(q, dept.id);
  const parents = new Map(
    (await liveOf(q, [...new Set(rows.flatMap((r) => (r.parent_id ? [r.parent_id] : [])))])).map((p) => [p.item_id, p]),
  );
  const subjects: QualitySubject[] = [];
  for (const r of rows) {
    const v = r.live_version_id ? await findVersion(q, r.live_version_id) : undefined;
    const open = (r.state === 'draft' || r.state === 'review') && r.draft !== null;
    const parent = r.parent_id ? parents.get(r.parent_id) : undefined;
    const draft = !open
      ? null
      : r.kind === 'variant'
        ? resolveVariant((parent?.content as ItemElements) ?? {}, r.draft as ItemElements)
        : (r.draft as ItemElements);
    subjects.push({
      itemId: r.id,
      code: r.code,
      name: r.name,
      type: r.type as ItemType,
      live: v ? { versionNo: v.version_no, content: v.content as ItemElements, lastReviewedAt: r.last_reviewed_at } : null,
      draft,
    });
  }
  const summary = qualityReport(subjects, { eLicenceTypes: await activeELicenceCodes(q), now, staleMonths: deps.config.staleMonths });
  const row = { department_id: dept.id, division_code: dept.divisionCode, generated_at: now, trigger, ...summary };
  await upsertReport(q, row);
  return row;
}

/** Stored reports inside the caller's scope, worst first. */
export async function listQualityReports(deps: ServicesDeps, actor: Actor, departmentId?: string): Promise<QualityReport[]> {
  const rows = await listReports(svc(deps.db), scopeFilter(actor), departmentId);
  const names = await unitNames(
    deps.db,
    rows.map((r) => r.department_id),
  );
  return rows.map((r) => presentReport(r, names.get(r.department_id) ?? ''));
}

/** Re-runs the checker for every department in scope (or one), e.g. to catch guides that went stale. */
export async function runQualityCheck(
  deps: ServicesDeps,
  meta: RequestMeta,
  actor: Actor,
  departmentId?: string,
): Promise<QualityReport[]> {
  const depts = (await departmentsWithItems(svc(deps.db), scopeFilter(actor))).filter(
    (d) => !departmentId || d.department_id === departmentId,
  );
  if (departmentId && depts.length === 0) throw new AppError('NOT_FOUND', { field: 'departmentId' });
  await mutate(deps.db, meta, async (tx: Tx) => {
    const totals = { departments: 0, errors: 0, warnings: 0 };
    for (const d of depts) {
      const r = await refreshDepartmentReport(deps, svc(tx), { id: d.department_id, divisionCode: d.division_code }, 'manual');
      totals.departments++;
      totals.errors += r.errors;
      totals.warnings += r.warnings;
    }
    return {
      result: undefined,
      audit: { action: 'services.quality.run', resourceType: 'quality_report', departmentId: departmentId ?? null, details: totals },
      events: [
        { topic: SERVICES_EVENTS.qualityReported, payload: { departmentIds: depts.map((d) => d.department_id), trigger: 'manual' } },
      ],
    };
  });
  return listQualityReports(deps, actor, departmentId);
}
