import { useState } from 'react';
import { Button, Col, Flex, Row, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useHotlineDashboard, useWeakSignals } from '../../../api/hotline-analytics';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-state';
import { formatDateTime } from '../../../lib/dates';
import { AlertsList } from './alerts-list';
import { AnalyticsFilters, type AnalyticsFilter } from './analytics-filters';
import { BreakdownCharts, HeatChart, TrendChart } from './dashboard-charts';
import { isoWeekOf, shanghaiDay } from './format';
import { KpiCards } from './kpi-cards';
import { UnitRanking } from './unit-ranking';
import './analytics.css';

/** 领导看数 for the 12345 hotline (H6): figures, charts, unit ranking, heat map and weak signals in the caller's scope. */
export function AnalyticsDashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<AnalyticsFilter>({ from: shanghaiDay(-29), to: shanghaiDay(), granularity: 'day' });
  const dashboard = useHotlineDashboard(filter);
  const alerts = useWeakSignals({ to: filter.to, divisionCode: filter.divisionCode, categoryPrefix: filter.categoryPrefix });
  const data = dashboard.data;

  return (
    <>
      <PageHeader
        title={t('analytics.dashboard.title')}
        extra={
          <Button
            icon={<FileTextOutlined aria-hidden />}
            onClick={() => navigate(`/workbench/analytics/weekly?week=${isoWeekOf(filter.to)}`)}
          >
            {t('analytics.dashboard.weeklyLink')}
          </Button>
        }
      />
      <AnalyticsFilters value={filter} onChange={setFilter} />
      <ErrorAlert error={dashboard.error} className="block-gap" />
      {!data ? (
        dashboard.isLoading ? (
          <PageLoading />
        ) : null
      ) : (
        <div aria-busy={dashboard.isFetching}>
          <Flex justify="space-between" wrap className="block-gap">
            <Typography.Text type="secondary">{t('analytics.dashboard.cohort')}</Typography.Text>
            <Typography.Text type="secondary" aria-live="polite">
              {data.refreshedAt
                ? t('analytics.dashboard.refreshedAt', { time: formatDateTime(data.refreshedAt) })
                : t('analytics.dashboard.live')}
            </Typography.Text>
          </Flex>
          <KpiCards totals={data.totals} />
          <Row gutter={[16, 16]} className="section">
            <Col xs={24} xl={14}>
              <TrendChart data={data} />
            </Col>
            <Col xs={24} xl={10}>
              <HeatChart data={data} height={300} />
            </Col>
          </Row>
          <BreakdownCharts data={data} />
          <UnitRanking units={data.units} />
        </div>
      )}
      <ErrorAlert error={alerts.error} className="block-gap" />
      {alerts.data ? <AlertsList report={alerts.data} /> : null}
    </>
  );
}
