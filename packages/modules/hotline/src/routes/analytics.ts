import type { FastifyInstance } from 'fastify';
import { AlertsQuery, DashboardQuery, HotlineDashboard, WeakSignalReport, WeeklyReport, WeeklyReportQuery } from '@yiwang/contracts';
import { actorOf, needs } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { getAlerts } from '../use-cases/get-alerts.js';
import { getDashboard } from '../use-cases/get-dashboard.js';
import { getWeeklyReport } from '../use-cases/get-weekly-report.js';

const tags = ['hotline: analytics'];
const policy = needs('hotline.analytics.read');

export function analyticsRoutes(app: FastifyInstance, deps: HotlineDeps) {
  app.get(
    '/analytics/dashboard',
    {
      schema: {
        tags,
        summary: '领导看数：受理量、按时办结率、满意率、回访率、退单率、重复来电率、办理时长、单位排名、热力图（按数据范围）',
        querystring: DashboardQuery,
        response: { 200: HotlineDashboard },
      },
      config: { policy },
    },
    async (req) => getDashboard(deps, actorOf(req), req.query as never),
  );
  app.get(
    '/analytics/alerts',
    {
      schema: {
        tags,
        summary: '弱信号预警：分类 × 区域异常上升与相似诉求聚集',
        querystring: AlertsQuery,
        response: { 200: WeakSignalReport },
      },
      config: { policy },
    },
    async (req) => getAlerts(deps, actorOf(req), req.query as never),
  );
  app.get(
    '/analytics/weekly-report',
    {
      schema: { tags, summary: '智能周报数据（ISO 周）', querystring: WeeklyReportQuery, response: { 200: WeeklyReport } },
      config: { policy },
    },
    async (req) => getWeeklyReport(deps, actorOf(req), req.query as never),
  );
}
