import type { Kysely } from 'kysely';
import type { AuditRecord, PagedResult } from '@yiwang/contracts';
import type { ScopeFilter } from '../http/actor.js';

export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * Audit rows under the reader's data scope: a division admin sees what happened in its divisions,
 * a unit reader its own department's rows; rows tied to no place (sign-ins, the calendar) need scope "all".
 */
export async function listAudit(db: Kysely<any>, scope: ScopeFilter, f: AuditFilter): Promise<PagedResult<AuditRecord>> {
  let q = db.selectFrom('platform.audit_log');
  if (scope.kind === 'division') q = q.where('division_code', 'like', `${scope.prefix.replace(/[\\%_]/g, '\\$&')}%`);
  else if (scope.kind === 'unit') q = q.where('department_id', '=', scope.departmentId);
  else if (scope.kind === 'none') return { items: [], total: 0, page: f.page, pageSize: f.pageSize };
  if (f.action) q = q.where('action', 'like', `${f.action.replace(/[\\%_]/g, '\\$&')}%`);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.resourceType) q = q.where('resource_type', '=', f.resourceType);
  if (f.resourceId) q = q.where('resource_id', '=', f.resourceId);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      seq: r.seq,
      at: (r.at as Date).toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      divisionCode: r.division_code,
      departmentId: r.department_id,
      requestId: r.request_id,
      details: r.details,
      sealed: r.seq !== null,
    })),
    total: Number(count.n),
    page: f.page,
    pageSize: f.pageSize,
  };
}
