import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AnalyticsTotals } from '@yiwang/contracts';
import { percent } from './format';

interface Kpi {
  key: string;
  title: string;
  value: string;
  hint?: string;
}

/** The headline figures; each rate says how it was computed (numerator ÷ denominator) on hover and to screen readers. */
export function KpiCards({ totals }: { totals: AnalyticsTotals }) {
  const { t } = useTranslation();
  const kpis: Kpi[] = [
    { key: 'received', title: t('analytics.kpi.received'), value: String(totals.received) },
    { key: 'closed', title: t('analytics.kpi.closed'), value: String(totals.closed) },
    {
      key: 'onTime',
      title: t('analytics.kpi.onTimeRate'),
      value: percent(totals.onTimeRate, t),
      hint: t('analytics.kpi.onTimeHint', { n: totals.onTime, d: totals.onTimeBase }),
    },
    {
      key: 'satisfaction',
      title: t('analytics.kpi.satisfactionRate'),
      value: percent(totals.satisfactionRate, t),
      hint: t('analytics.kpi.satisfactionHint', { n: totals.satisfied, d: totals.callbacks }),
    },
    {
      key: 'callback',
      title: t('analytics.kpi.callbackRate'),
      value: percent(totals.callbackRate, t),
      hint: t('analytics.kpi.callbackHint', { n: totals.calledBack, d: totals.answered }),
    },
    {
      key: 'return',
      title: t('analytics.kpi.returnRate'),
      value: percent(totals.returnRate, t),
      hint: t('analytics.kpi.returnHint', { n: totals.returned, d: totals.dispatched }),
    },
    {
      key: 'repeat',
      title: t('analytics.kpi.repeatCallerRate'),
      value: percent(totals.repeatCallerRate, t),
      hint:
        totals.repeatCallers === null
          ? t('analytics.kpi.repeatMissing')
          : t('analytics.kpi.repeatHint', { n: totals.repeatCallers, d: totals.received }),
    },
    {
      key: 'handling',
      title: t('analytics.kpi.avgHandlingHours'),
      value: totals.avgHandlingHours === null ? t('analytics.kpi.none') : t('analytics.kpi.hours', { value: totals.avgHandlingHours }),
      hint: t('analytics.kpi.handlingHint'),
    },
  ];
  return (
    <Row gutter={[16, 16]} className="section kpi-row" role="list" aria-label={t('analytics.dashboard.title')}>
      {kpis.map((k) => (
        <Col key={k.key} xs={12} md={6} xl={3} role="listitem">
          <Card size="small" className="kpi-card">
            <Statistic
              title={
                <span>
                  {k.title}
                  {k.hint ? (
                    <Tooltip title={k.hint}>
                      <InfoCircleOutlined className="kpi-hint-icon" aria-hidden />
                    </Tooltip>
                  ) : null}
                </span>
              }
              value={k.value}
            />
            {k.hint ? <span className="sr-only">{k.hint}</span> : null}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
