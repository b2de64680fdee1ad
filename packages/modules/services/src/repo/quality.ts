import type { ScopeFilter } from '@yiwang/platform';
import { sql } from 'kysely';
import { escapeLike } from './items.js';
import type { Q, QualityReportTable } from './tables.js';

export async function upsertReport(q: Q, r: QualityReportTable): Promise<void> {
  const values = { ...r, findings: JSON.stringify(r.findings) };
  await q
    .insertInto('services.quality_report')
    .values(values)
    .onConflict((oc) => oc.column('department_id').doUpdateSet({ ...values, department_id: undefined } as never))
    .execute();
}

/** Reports inside the scope: a unit its own department's, a division its area's. */
export function listReports(q: Q, scope: ScopeFilter, departmentId?: string): Promise<QualityReportTable[]> {
  let query = q.selectFrom('services.quality_report').selectAll();
  if (scope.kind === 'division') query = query.where('division_code', 'like', `${escapeLike(scope.prefix)}%`);
  if (scope.kind === 'unit') query = query.where('department_id', '=', scope.departmentId);
  if (scope.kind === 'none') query = query.where(sql<boolean>`false`);
  if (departmentId) query = query.where('department_id', '=', departmentId);
  return query.orderBy('errors', 'desc').orderBy('warnings', 'desc').orderBy('division_code').execute();
}
