import { Card, Empty, Flex, List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ClusterAlert, SurgeAlert, WeakSignalReport } from '@yiwang/contracts';
import { StatusTag } from '../../../components/status-tag';
import { categoryName, divisionName } from './format';

type Alert = ({ kind: 'surge' } & SurgeAlert) | ({ kind: 'cluster' } & ClusterAlert);

const ORDER_LINKS = 8;

/** Each alert names its area and matter, says why it fired, and links to the orders behind it. */
function AlertItem({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const place = `${divisionName(alert.divisionCode, alert.divisionName, t)} · ${categoryName(alert.categoryCode, alert.categoryName, t)}`;
  const why =
    alert.kind === 'surge'
      ? `${t('analytics.alerts.surgeText', { count: alert.count, expected: alert.expected.toFixed(1), ratio: alert.ratio.toFixed(1) })}（${t(
          'analytics.alerts.significance',
          { q: alert.qValue < 0.001 ? alert.qValue.toExponential(1) : alert.qValue.toFixed(3) },
        )}）`
      : t('analytics.alerts.clusterText', { count: alert.orderCount });
  return (
    <List.Item className="alert-item">
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex gap={8} align="center" wrap>
          <StatusTag tone={alert.kind === 'surge' ? 'error' : 'accent'}>{t(`analytics.alerts.${alert.kind}`)}</StatusTag>
          <Typography.Text strong>{place}</Typography.Text>
        </Flex>
        <Typography.Text>{why}</Typography.Text>
        {alert.kind === 'cluster' ? <Typography.Text type="secondary">“{alert.sampleText}”</Typography.Text> : null}
        <nav aria-label={`${place} ${t('analytics.alerts.orders')}`}>
          <Flex gap={12} wrap>
            {alert.orders.slice(0, ORDER_LINKS).map((o) => (
              <Link key={o.id} to={`/workbench/hotline/orders/${o.id}`} className="mono">
                {o.orderNo}
              </Link>
            ))}
            {alert.orderCount > ORDER_LINKS ? <Typography.Text type="secondary">… {alert.orderCount}</Typography.Text> : null}
          </Flex>
        </nav>
      </Flex>
    </List.Item>
  );
}

export function AlertsList({ report, title }: { report: WeakSignalReport; title?: string }) {
  const { t } = useTranslation();
  const alerts: Alert[] = [
    ...report.surges.map((s) => ({ kind: 'surge' as const, ...s })),
    ...report.clusters.map((c) => ({ kind: 'cluster' as const, ...c })),
  ];
  const m = report.method;
  return (
    <Card
      className="section"
      title={
        <Typography.Title level={2} className="card-title">
          {title ?? t('analytics.alerts.title')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('analytics.alerts.window', {
          from: report.window.from,
          to: report.window.to,
          bfrom: report.baseline.from,
          bto: report.baseline.to,
        })}
      </Typography.Paragraph>
      {alerts.length === 0 ? (
        <Empty description={t('analytics.alerts.none')} />
      ) : (
        <List
          dataSource={alerts}
          renderItem={(a) => <AlertItem alert={a} />}
          rowKey={(a) => `${a.kind}:${a.divisionCode}:${a.categoryCode}:${a.orders[0]?.id ?? ''}`}
        />
      )}
      <Typography.Paragraph type="secondary" className="method-note">
        {t('analytics.alerts.method', { min: m.minCount, ratio: m.minRatio, sim: m.similarityThreshold, size: m.minClusterSize })}
      </Typography.Paragraph>
    </Card>
  );
}
