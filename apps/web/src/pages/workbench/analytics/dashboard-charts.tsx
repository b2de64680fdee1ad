import { useMemo, type ReactNode } from 'react';
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AnalyticsCount, HotlineDashboard } from '@yiwang/contracts';
import { EChart, type EChartOption } from '../../../components/echart';
import { categoryName, channelName, divisionName, typeName } from './format';

const MAX_SPOKEN = 31;

/** "电话 120 件，网站 30 件…" — the figures of a breakdown as a sentence for screen readers. */
function spoken(items: Array<{ name: string; count: number }>, t: TFunction): string {
  if (items.length === 0) return t('analytics.charts.empty');
  return items
    .slice(0, MAX_SPOKEN)
    .map((i) => t('analytics.charts.item', { name: i.name, count: i.count }))
    .join('；');
}

function ChartCard({ title, children, empty }: { title: string; children: ReactNode; empty: boolean }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      className="chart-card"
      title={
        <Typography.Title level={3} className="card-title">
          {title}
        </Typography.Title>
      }
    >
      {empty ? <Empty description={t('analytics.charts.empty')} /> : children}
    </Card>
  );
}

export function TrendChart({ data, height = 300 }: { data: HotlineDashboard; height?: number }) {
  const { t } = useTranslation();
  const [received, closed] = [t('analytics.charts.received'), t('analytics.charts.closed')];
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [received, closed], top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: data.series.map((p) => p.bucket) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: received, type: 'line', data: data.series.map((p) => p.received) },
        { name: closed, type: 'line', data: data.series.map((p) => p.closed) },
      ],
    }),
    [data, received, closed],
  );
  const summary = data.series
    .filter((p) => p.received > 0)
    .slice(0, MAX_SPOKEN)
    .map((p) => t('analytics.charts.point', p))
    .join('；');
  return (
    <ChartCard title={t('analytics.charts.trend')} empty={data.totals.received === 0}>
      <EChart option={option} label={t('analytics.charts.trend')} summary={summary} height={height} />
    </ChartCard>
  );
}

function BarCard({
  title,
  items,
  horizontal = true,
}: {
  title: string;
  items: Array<{ name: string; count: number }>;
  horizontal?: boolean;
}) {
  const { t } = useTranslation();
  const shown = useMemo(() => items.slice(0, 15), [items]);
  const option = useMemo<EChartOption>(() => {
    const names = shown.map((i) => i.name);
    const category = {
      type: 'category' as const,
      data: horizontal ? [...names].reverse() : names,
      axisLabel: { width: 96, overflow: 'truncate' as const },
    };
    const value = { type: 'value' as const, minInterval: 1 };
    const counts = shown.map((i) => i.count);
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: horizontal ? 104 : 40, right: 24, top: 12, bottom: 28 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ type: 'bar', name: t('analytics.charts.orders'), data: horizontal ? [...counts].reverse() : counts, barMaxWidth: 24 }],
    };
  }, [shown, horizontal, t]);
  return (
    <ChartCard title={title} empty={items.length === 0}>
      <EChart option={option} label={title} summary={spoken(items, t)} height={Math.max(180, shown.length * 26 + 48)} />
    </ChartCard>
  );
}

function PieCard({ title, items }: { title: string; items: Array<{ name: string; count: number }> }) {
  const { t } = useTranslation();
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      // names in the legend, not around the ring: a narrow card truncates outside labels
      legend: { bottom: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
      series: [
        {
          type: 'pie',
          radius: ['38%', '62%'],
          center: ['50%', '40%'],
          label: { show: false },
          data: items.map((i) => ({ name: i.name, value: i.count })),
        },
      ],
    }),
    [items],
  );
  return (
    <ChartCard title={title} empty={items.length === 0}>
      <EChart option={option} label={title} summary={spoken(items, t)} height={280} />
    </ChartCard>
  );
}

const named = (list: AnalyticsCount[], name: (c: AnalyticsCount) => string) => list.map((c) => ({ name: name(c), count: c.count }));

/** The breakdowns: channel, type, first-level category and area. */
export function BreakdownCharts({ data }: { data: HotlineDashboard }) {
  const { t } = useTranslation();
  const channels = useMemo(() => named(data.byChannel, (c) => channelName(c.key, t)), [data, t]);
  const types = useMemo(() => named(data.byType, (c) => typeName(c.key, t)), [data, t]);
  const categories = useMemo(() => named(data.byCategory, (c) => categoryName(c.key, c.name, t)), [data, t]);
  const divisions = useMemo(() => named(data.byDivision, (c) => divisionName(c.key, c.name, t)), [data, t]);
  return (
    <Row gutter={[16, 16]} className="section">
      <Col xs={24} lg={12} xl={6}>
        <PieCard title={t('analytics.charts.byChannel')} items={channels} />
      </Col>
      <Col xs={24} lg={12} xl={6}>
        <PieCard title={t('analytics.charts.byType')} items={types} />
      </Col>
      <Col xs={24} lg={12} xl={6}>
        <BarCard title={t('analytics.charts.byCategory')} items={categories} />
      </Col>
      <Col xs={24} lg={12} xl={6}>
        <BarCard
          title={t(data.divisionLevel === 'county' ? 'analytics.charts.byDivisionCounty' : 'analytics.charts.byDivisionTown')}
          items={divisions}
        />
      </Col>
    </Row>
  );
}

/** Cells of the grid on longitude × latitude axes (no map tiles), sized and coloured by their count. */
export function HeatChart({ data, height = 380 }: { data: HotlineDashboard; height?: number }) {
  const { t } = useTranslation();
  const points = data.heat.points;
  const option = useMemo<EChartOption>(() => {
    const max = Math.max(1, ...points.map((p) => p.count));
    return {
      tooltip: { trigger: 'item' },
      grid: { left: 56, right: 80, top: 16, bottom: 40 },
      xAxis: { type: 'value', name: t('analytics.charts.longitude'), scale: true, axisLabel: { formatter: (v: number) => v.toFixed(2) } },
      yAxis: { type: 'value', name: t('analytics.charts.latitude'), scale: true, axisLabel: { formatter: (v: number) => v.toFixed(2) } },
      visualMap: {
        min: 1,
        max,
        dimension: 2,
        right: 0,
        top: 'middle',
        calculable: true,
        text: [String(max), '1'],
        inRange: { color: ['#91caff', '#fadb14', '#fa8c16', '#cf1322'] },
      },
      series: [
        {
          type: 'scatter',
          name: t('analytics.charts.orders'),
          data: points.map((p) => [p.lng, p.lat, p.count]),
          symbolSize: (v: number[]) => 6 + 22 * Math.sqrt((v[2] ?? 0) / max),
        },
      ],
    };
  }, [points, t]);
  const summary =
    points.length === 0
      ? t('analytics.charts.empty')
      : points
          .slice(0, 10)
          .map((p) => t('analytics.charts.heatPoint', { lat: p.lat.toFixed(2), lng: p.lng.toFixed(2), count: p.count }))
          .join('；');
  return (
    <ChartCard title={t('analytics.charts.heat')} empty={points.length === 0}>
      <Typography.Paragraph type="secondary" className="chart-note">
        {t('analytics.charts.heatNote')}
      </Typography.Paragraph>
      <EChart option={option} label={t('analytics.charts.heat')} summary={summary} height={height} />
    </ChartCard>
  );
}
