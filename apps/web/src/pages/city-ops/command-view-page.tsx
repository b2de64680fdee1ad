import { useMemo } from 'react';
import { Card, Col, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import type { EventCounters } from '@yiwang/contracts';
import { useEventCounters, useEventMap } from '../../api/intake';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { EnabledTag } from '../../components/status-tag';
import { CardTitle } from './card-title';
import { useEventMapOption } from './event-map-option';
import { EChart } from '../../components/echart';

type SourceRow = EventCounters['bySource'][number];

/** 指挥大屏: live counters of the event centre and the open events on the map, refreshed by polling. */
export function CommandViewPage() {
  const { t, i18n } = useTranslation();
  const counters = useEventCounters();
  const map = useEventMap({ status: 'open' });
  const c = counters.data;
  const channels = useMemo(() => (c?.todayByChannel ?? []).map((x) => ({ ...x, label: t(`hotlineDesk.channel.${x.channel}`) })), [c, t]);
  const bars = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      grid: { left: 110, right: 24, top: 8, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: channels.map((x) => x.label) },
      tooltip: { trigger: 'axis' },
      series: [
        { type: 'bar', data: channels.map((x) => x.count), itemStyle: { color: '#0958d9' }, label: { show: true, position: 'right' } },
      ],
    }),
    [channels],
  );
  const points = useMemo(() => map.data?.points ?? [], [map.data]);
  const mapOption = useEventMapOption(points);
  const updated = c ? new Date(c.generatedAt).toLocaleTimeString(i18n.language, { timeZone: 'Asia/Shanghai' }) : '';

  return (
    <>
      <PageHeader
        title={t('intake.command.title')}
        extra={
          <span className="muted" aria-live="polite">
            {c ? t('intake.map.updatedAt', { time: updated }) : t('intake.command.live')}
          </span>
        }
      />
      <ErrorAlert error={counters.error ?? map.error} className="block-gap" />
      <Row gutter={[16, 16]} className="section">
        {(
          [
            ['open', c?.open],
            ['overdue', c?.overdue],
            ['today', c?.today],
          ] as const
        ).map(([k, v]) => (
          <Col key={k} xs={24} md={8}>
            <Card>
              <Statistic
                title={t(`intake.command.${k}`)}
                value={v ?? '—'}
                valueStyle={k === 'overdue' && v ? { color: '#a8071a' } : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card className="section" title={<CardTitle>{t('intake.map.title')}</CardTitle>}>
            <EChart
              option={mapOption}
              height={460}
              renderer="canvas"
              label={`${t('intake.map.chart')}：${t('intake.map.chartSummary', { total: points.length })}`}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card className="section" title={<CardTitle>{t('intake.command.byChannel')}</CardTitle>}>
            <EChart
              option={bars}
              height={Math.max(120, channels.length * 36 + 40)}
              label={channels.map((x) => `${x.label} ${x.count}`).join('，') || t('common.none')}
            />
          </Card>
          <Card className="section" title={<CardTitle>{t('intake.command.bySource')}</CardTitle>}>
            <Table<SourceRow>
              rowKey="sourceId"
              size="small"
              pagination={false}
              dataSource={c?.bySource ?? []}
              locale={{ emptyText: <span className="muted">{t('intake.command.noSources')}</span> }}
              columns={[
                { key: 'name', title: t('intake.sources.name'), dataIndex: 'name' },
                { key: 'kind', title: t('intake.sources.kind'), render: (_: unknown, s) => t(`intake.kind.${s.kind}`) },
                { key: 'open', title: t('intake.command.sourceOpen'), dataIndex: 'open', align: 'right' },
                { key: 'today', title: t('intake.command.sourceToday'), dataIndex: 'today', align: 'right' },
                { key: 'active', title: t('common.status'), render: (_: unknown, s) => <EnabledTag enabled={s.active} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
