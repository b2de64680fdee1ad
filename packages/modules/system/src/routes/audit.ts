import type { FastifyInstance } from 'fastify';
import { AuditList, AuditQuery, VerifyResult } from '@yiwang/contracts';
import { actorOf, auditRead, listAudit, metaOf, needs, scopeFilter, verifyAudit } from '@yiwang/platform';
import type { SystemDeps } from '../deps.js';

const tags = ['system: audit'];

export function auditRoutes(app: FastifyInstance, deps: SystemDeps) {
  app.get(
    '/audit',
    {
      schema: { tags, summary: '审计日志', querystring: AuditQuery, response: { 200: AuditList } },
      config: { policy: needs('system.audit.read') },
    },
    async (req) => {
      const q = req.query as { page?: number; pageSize?: number };
      return listAudit(deps.db, scopeFilter(actorOf(req)), { ...(req.query as object), page: q.page ?? 1, pageSize: q.pageSize ?? 50 });
    },
  );
  app.post(
    '/audit/verify',
    {
      schema: { tags, summary: '校验审计链（SM3 链 + SM2 封签）', response: { 200: VerifyResult } },
      config: { policy: needs('system.audit.verify') },
    },
    async (req) => {
      const result = await verifyAudit(deps.db, deps.auditPublicKey);
      await auditRead(deps.db, metaOf(req), {
        action: 'system.audit.verify',
        resourceType: 'audit_log',
        details: { ok: result.ok, checked: result.checked, firstBad: result.firstBad },
      });
      return result;
    },
  );
}
