import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AnalyticsTotals, WeeklyReport } from '@yiwang/contracts';
import { categoryName, percent } from './format';

function change(now: number, before: number, t: TFunction): string {
  if (before === 0) return t('analytics.weekly.noPrevious');
  const pct = (now - before) / before;
  if (Math.abs(pct) < 0.005) return t('analytics.weekly.flat');
  return t(pct > 0 ? 'analytics.weekly.up' : 'analytics.weekly.down', { pct: `${Math.abs(pct * 100).toFixed(1)}%` });
}

/** The "smart" part: the week told in sentences, from the same figures the tables show. */
export function WeeklySummary({ report }: { report: WeeklyReport }) {
  const { t } = useTranslation();
  const c = report.current.totals;
  const top = report.topIssues[0];
  const alerts = report.alerts;
  return (
    <Card
      className="section report-summary"
      title={
        <Typography.Title level={2} className="card-title">
          {t('analytics.weekly.summaryTitle')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph>
        {t('analytics.weekly.summary', {
          received: c.received,
          change: change(c.received, report.previous.received, t),
          closed: c.closed,
          onTime: percent(c.onTimeRate, t),
          satisfaction: percent(c.satisfactionRate, t),
        })}
        {top ? t('analytics.weekly.topLine', { name: categoryName(top.categoryCode, top.categoryName, t), count: top.count }) : null}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {alerts.surges.length + alerts.clusters.length > 0
          ? t('analytics.weekly.alertLine', { surges: alerts.surges.length, clusters: alerts.clusters.length })
          : t('analytics.weekly.noAlertLine')}
      </Typography.Paragraph>
    </Card>
  );
}

interface FigureRow {
  key: string;
  name: string;
  now: string;
  before: string;
}

/** This week against last week, figure by figure. */
export function WeeklyFigures({ report }: { report: WeeklyReport }) {
  const { t } = useTranslation();
  const c = report.current.totals;
  const p = report.previous;
  const rate = (k: keyof AnalyticsTotals) => (x: AnalyticsTotals) => percent(x[k] as number | null, t);
  const count = (k: keyof AnalyticsTotals) => (x: AnalyticsTotals) => String(x[k] ?? t('analytics.kpi.none'));
  const hours = (x: AnalyticsTotals) =>
    x.avgHandlingHours === null ? t('analytics.kpi.none') : t('analytics.kpi.hours', { value: x.avgHandlingHours });
  const rows: Array<[string, (x: AnalyticsTotals) => string]> = [
    ['received', count('received')],
    ['closed', count('closed')],
    ['onTimeRate', rate('onTimeRate')],
    ['satisfactionRate', rate('satisfactionRate')],
    ['callbackRate', rate('callbackRate')],
    ['returnRate', rate('returnRate')],
    ['repeatCallerRate', rate('repeatCallerRate')],
    ['avgHandlingHours', hours],
  ];
  const data: FigureRow[] = rows.map(([key, show]) => ({ key, name: t(`analytics.kpi.${key}`), now: show(c), before: show(p) }));
  return (
    <Card
      className="section"
      title={
        <Typography.Title level={2} className="card-title">
          {t('analytics.weekly.figures')}
        </Typography.Title>
      }
    >
      <Table<FigureRow>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={data}
        columns={[
          { key: 'name', title: t('analytics.weekly.indicator'), dataIndex: 'name' },
          { key: 'now', title: t('analytics.weekly.thisWeek'), dataIndex: 'now', align: 'right' },
          { key: 'before', title: t('analytics.weekly.lastWeek'), dataIndex: 'before', align: 'right' },
        ]}
      />
    </Card>
  );
}
