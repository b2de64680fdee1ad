import { Card, Descriptions, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PortalTimelineLine } from '@yiwang/contracts';
import { useMyOrder } from '../../api/portal-orders';
import { LoadError, PageLoading } from '../../components/page-state';
import { formatDateTime } from '../../lib/dates';
import { OrderStateTag } from './order-state-tag';

function TimelineLine({ line }: { line: PortalTimelineLine }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text strong>{t(`knowledge.actions.${line.action}`, { defaultValue: t('knowledge.actions.other') })}</Typography.Text>
      {line.unitName ? <Typography.Text className="muted"> · {line.unitName}</Typography.Text> : null}
      <div className="muted">{formatDateTime(line.at)}</div>
      {line.note ? <Typography.Paragraph className="article-body">{line.note}</Typography.Paragraph> : null}
      {line.article ? <div className="muted">{t('knowledge.portal.answerBasis', { title: line.article.title })}</div> : null}
    </>
  );
}

/** One of my requests: what I wrote, where it stands, and the public progress. */
export function MyOrderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const order = useMyOrder(id);
  if (order.isPending) return <PageLoading />;
  if (order.isError) return <LoadError error={order.error} onRetry={() => void order.refetch()} />;
  const o = order.data;

  return (
    <>
      <Link to="/portal/orders">
        <ArrowLeftOutlined aria-hidden /> {t('knowledge.portal.back')}
      </Link>
      <Typography.Title level={1} className="page-title">
        {o.title ?? o.orderNo}
      </Typography.Title>
      <Card className="section">
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'no', label: t('knowledge.portal.orderNo'), children: <span className="mono">{o.orderNo}</span> },
            { key: 'state', label: t('knowledge.portal.state'), children: <OrderStateTag state={o.state} /> },
            { key: 'type', label: t('knowledge.portal.type'), children: t(`knowledge.types.${o.type}`, { defaultValue: o.type }) },
            { key: 'created', label: t('knowledge.portal.createdAt'), children: formatDateTime(o.createdAt) },
            ...(o.unitName ? [{ key: 'unit', label: t('knowledge.portal.unit'), children: o.unitName }] : []),
            ...(o.dueAt ? [{ key: 'due', label: t('knowledge.portal.dueAt'), children: formatDateTime(o.dueAt) }] : []),
            ...(o.address ? [{ key: 'address', label: t('knowledge.portal.address'), children: o.address }] : []),
          ]}
        />
        <Typography.Title level={2} className="subsection-title">
          {t('knowledge.portal.content')}
        </Typography.Title>
        <Typography.Paragraph className="article-body">{o.body}</Typography.Paragraph>
      </Card>
      <Card className="section">
        <Typography.Title level={2} className="section-title">
          {t('knowledge.portal.timeline')}
        </Typography.Title>
        <Timeline
          items={[...o.timeline].reverse().map((line, i) => ({ key: `${line.at}-${i}`, children: <TimelineLine line={line} /> }))}
        />
      </Card>
    </>
  );
}
