import type { Kysely } from 'kysely';
import type { AuditRecord, PagedResult } from '@yiwang/contracts';

export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listAudit(db: Kysely<any>, f: AuditFilter): Promise<PagedResult<AuditRecord>> {
  let q = db.selectFrom('platform.audit_log');
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
      requestId: r.request_id,
      details: r.details,
      sealed: r.seq !== null,
    })),
    total: Number(count.n),
    page: f.page,
    pageSize: f.pageSize,
  };
}
