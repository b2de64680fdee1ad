import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { QualityQuery, QualityReport, QualityRunBody } from '@yiwang/contracts';
import { actorOf, metaOf, needs } from '@yiwang/platform';
import type { ServicesDeps } from '../deps.js';
import { listQualityReports, runQualityCheck } from '../use-cases/quality-report.js';

const tags = ['services: guide quality'];

export function qualityRoutes(app: FastifyInstance, deps: ServicesDeps) {
  app.get(
    '/quality',
    {
      schema: { tags, summary: '办事指南质量报告（按部门）', querystring: QualityQuery, response: { 200: Type.Array(QualityReport) } },
      config: { policy: needs('services.catalog.read') },
    },
    async (req) => listQualityReports(deps, actorOf(req), (req.query as { departmentId?: string }).departmentId),
  );
  app.post(
    '/quality/run',
    {
      schema: { tags, summary: '重新检查办事指南质量', body: QualityRunBody, response: { 200: Type.Array(QualityReport) } },
      config: { policy: needs('services.catalog.review') },
    },
    async (req) => runQualityCheck(deps, metaOf(req), actorOf(req), (req.body as { departmentId?: string }).departmentId),
  );
}
