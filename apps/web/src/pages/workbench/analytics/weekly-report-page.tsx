import { Button, Card, Col, Flex, Input, Row, Table, Typography } from 'antd';
import { LeftOutlined, PrinterOutlined, RightOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TopIssue } from '@yiwang/contracts';
import { useWeeklyReport } from '../../../api/hotline-analytics';
import { DivisionTreeSelect } from '../../../components/division-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-state';
import { formatDateTime } from '../../../lib/dates';
import { AlertsList } from './alerts-list';
import { BreakdownCharts, HeatChart, TrendChart } from './dashboard-charts';
import { categoryName, isoWeekOf, shanghaiDay, shiftWeek } from './format';
import { UnitRanking } from './unit-ranking';
import { WeeklyFigures, WeeklySummary } from './weekly-summary';
import './analytics.css';

const WEEK = /^\d{4}-W\d{2}$/;

/** 智能周报: one ISO week as a printable page — prose summary, figures against last week, charts, top matters, alerts. */
export function WeeklyReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('week') ?? '';
  const week = WEEK.test(asked) ? asked : isoWeekOf(shanghaiDay());
  const divisionCode = params.get('divisionCode') ?? undefined;
  const report = useWeeklyReport(week, divisionCode);
  const go = (next: { week?: string; divisionCode?: string | undefined }) => {
    const p = new URLSearchParams({ week: next.week ?? week });
    const code = 'divisionCode' in next ? next.divisionCode : divisionCode;
    if (code) p.set('divisionCode', code);
    setParams(p);
  };
  const r = report.data;
  const issueColumns = [
    { key: 'rank', title: '#', render: (_: unknown, __: TopIssue, i: number) => i + 1, width: 48 },
    {
      key: 'name',
      title: t('analytics.weekly.category'),
      render: (_: unknown, x: TopIssue) => categoryName(x.categoryCode, x.categoryName, t),
    },
    { key: 'count', title: t('analytics.weekly.count'), dataIndex: 'count', align: 'right' as const },
    { key: 'previous', title: t('analytics.weekly.previous'), dataIndex: 'previousCount', align: 'right' as const },
    {
      key: 'change',
      title: t('analytics.weekly.change'),
      align: 'right' as const,
      render: (_: unknown, x: TopIssue) =>
        x.previousCount === 0 ? t('analytics.weekly.newIssue') : `${(((x.count - x.previousCount) / x.previousCount) * 100).toFixed(0)}%`,
    },
  ];

  return (
    <div className="weekly-report">
      <div className="no-print">
        <PageHeader
          title={t('analytics.weekly.title')}
          extra={
            <>
              <Button
                icon={<LeftOutlined aria-hidden />}
                aria-label={shiftWeek(week, -1)}
                onClick={() => go({ week: shiftWeek(week, -1) })}
              />
              <Input
                type="week"
                aria-label={t('analytics.weekly.weekPicker')}
                value={week}
                onChange={(e) => WEEK.test(e.target.value) && go({ week: e.target.value })}
                style={{ width: 170 }}
              />
              <Button
                icon={<RightOutlined aria-hidden />}
                aria-label={shiftWeek(week, 1)}
                onClick={() => go({ week: shiftWeek(week, 1) })}
              />
              <DivisionTreeSelect
                aria-label={t('analytics.dashboard.division')}
                className="filter-wide"
                allowClear
                placeholder={t('analytics.dashboard.allDivisions')}
                value={divisionCode ?? null}
                onChange={(code) => go({ divisionCode: code })}
              />
              <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
                {t('analytics.weekly.print')}
              </Button>
            </>
          }
        />
      </div>
      <ErrorAlert error={report.error} className="block-gap" />
      {!r ? (
        report.isLoading ? (
          <PageLoading />
        ) : null
      ) : (
        <article aria-labelledby="weekly-title" className="report-body">
          <header className="report-head">
            <Typography.Title level={2} id="weekly-title" className="section-title">
              {t('analytics.weekly.title')} · {r.week}
            </Typography.Title>
            <Flex gap={16} wrap className="muted">
              <span>{t('analytics.weekly.period', { from: r.from, to: r.to })}</span>
              <span>{t('analytics.weekly.scope', { scope: r.divisionName ?? t('analytics.weekly.wholeCity') })}</span>
              <span>{t('analytics.weekly.generatedAt', { time: formatDateTime(r.generatedAt) })}</span>
            </Flex>
          </header>
          <WeeklySummary report={r} />
          <WeeklyFigures report={r} />
          <Row gutter={[16, 16]} className="section report-charts">
            <Col xs={24} lg={12}>
              <TrendChart data={r.current} height={260} />
            </Col>
            <Col xs={24} lg={12}>
              <HeatChart data={r.current} height={260} />
            </Col>
          </Row>
          <BreakdownCharts data={r.current} />
          <Card
            className="section"
            title={
              <Typography.Title level={2} className="card-title">
                {t('analytics.weekly.topIssues')}
              </Typography.Title>
            }
          >
            <Table
              rowKey="categoryCode"
              size="small"
              pagination={false}
              columns={issueColumns}
              dataSource={r.topIssues}
              locale={{ emptyText: t('analytics.weekly.noIssues') }}
            />
          </Card>
          <UnitRanking units={r.current.units.slice(0, 10)} pageSize={false} />
          <AlertsList report={r.alerts} />
        </article>
      )}
    </div>
  );
}
