import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '@yiwang/contracts';
import { useCategoryPath } from '../../../components/hotline/category-select';
import { DeadlineTag } from '../../../components/hotline/deadline-tag';
import { OrderStateTag } from '../../../components/hotline/order-state-tag';
import { UnitName } from '../../../components/hotline/unit-name';
import { useHotlineLabels } from '../../../components/hotline/use-hotline-labels';
import { StatusTag } from '../../../components/status-tag';
import { formatDateTime } from '../../../lib/dates';

/** Who has the order, until when, and — the question every unit asks — why it was sent to them. */
export function OrderHeader({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const categoryPath = useCategoryPath();
  const f = (k: string) => t(`hotlineDesk.field.${k}`);
  const dash = t('common.empty');
  return (
    <Card className="section">
      <Flex gap={8} wrap align="center" className="block-gap">
        <span className="mono order-no">{order.orderNo}</span>
        <OrderStateTag state={order.state} />
        <DeadlineTag order={order} />
        {order.urgency !== 'normal' ? <StatusTag tone="error">{labels.urgency(order.urgency)}</StatusTag> : null}
        {order.triage ? <StatusTag tone="warning">{t('hotlineDesk.filter.triage')}</StatusTag> : null}
        {order.confidential ? <StatusTag tone="accent">{f('confidential')}</StatusTag> : null}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'type', label: f('type'), children: labels.type(order.type) },
          { key: 'channel', label: f('channel'), children: labels.channel(order.channel) },
          { key: 'category', label: f('category'), children: categoryPath(order.categoryCode) ?? f('noCategory') },
          { key: 'unit', label: f('unit'), children: <UnitName id={order.unitId} /> },
          {
            key: 'coUnits',
            label: f('coUnits'),
            children: order.coUnitIds.length ? (
              <Flex gap={4} wrap>
                {order.coUnitIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? '、' : ''}
                    <UnitName id={id} />
                  </span>
                ))}
              </Flex>
            ) : (
              dash
            ),
          },
          { key: 'due', label: f('dueAt'), children: order.dueAt ? formatDateTime(order.dueAt) : dash },
          { key: 'created', label: f('createdAt'), children: formatDateTime(order.createdAt) },
        ]}
      />
      {order.routing ? (
        <section aria-labelledby="routing-why" className="routing-why">
          <Typography.Title level={2} id="routing-why" className="card-title">
            {t('hotlineDesk.detail.why')}
          </Typography.Title>
          <Typography.Paragraph className="why-text">{order.routing.why}</Typography.Paragraph>
          {order.routing.matchedOn.length ? (
            <Flex gap={4} wrap>
              {order.routing.matchedOn.map((m) => (
                <StatusTag key={m} tone="info">
                  {t(`hotlineDesk.matchedOn.${m}`, { defaultValue: m })}
                </StatusTag>
              ))}
              {(order.routing.keywords ?? []).map((k) => (
                <StatusTag key={`kw-${k}`} tone="neutral">
                  {k}
                </StatusTag>
              ))}
            </Flex>
          ) : null}
        </section>
      ) : null}
    </Card>
  );
}
