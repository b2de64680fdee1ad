import { Card, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '@yiwang/contracts';
import { useHotlineLabels } from '../../../components/hotline/use-hotline-labels';
import { StatusTag } from '../../../components/status-tag';
import { formatDateTime } from '../../../lib/dates';

const COLOURS: Record<string, string> = {
  return: 'orange',
  urge: 'orange',
  supervise: 'red',
  reopen: 'red',
  callback: 'green',
  close: 'green',
};

/** Every step of the order, oldest first; internal lines (negotiation with units) are marked. */
export function OrderTimeline({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  return (
    <Card
      className="section"
      title={
        <Typography.Title level={2} className="card-title">
          {t('hotlineDesk.detail.timeline')}
        </Typography.Title>
      }
    >
      <Timeline
        items={order.timeline.map((line) => ({
          key: line.seq,
          color: COLOURS[line.action] ?? 'blue',
          content: (
            <Flex vertical gap={2}>
              <Flex gap={8} wrap align="center">
                <strong>{labels.action(line.action)}</strong>
                <span className="muted">{labels.actorRole(line.actorRole)}</span>
                {line.fromState && line.fromState !== line.toState ? (
                  <span className="muted">
                    {labels.state(line.fromState)} → {labels.state(line.toState)}
                  </span>
                ) : null}
                {line.internal ? <StatusTag tone="neutral">{t('hotlineDesk.detail.internal')}</StatusTag> : null}
              </Flex>
              {line.note ? <div className="timeline-note">{line.note}</div> : null}
              <span className="mono muted">{formatDateTime(line.at)}</span>
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
