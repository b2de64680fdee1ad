import { useState } from 'react';
import { Button, Card, Col, Descriptions, Grid, Result, Row, Typography } from 'antd';
import { MergeCellsOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '@yiwang/contracts';
import { useDivisionSearch } from '../../../api/divisions';
import { isApiError } from '../../../api/errors';
import { useOrderPreview, type OrderPreview } from '../../../api/hotline-desk';
import { useOrder } from '../../../api/hotline-orders';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-state';
import { CallerInfo } from './caller-info';
import { DuplicateList } from './call-suggestions';
import { OrderActions } from './order-actions';
import { OrderHeader } from './order-header';
import { OrderTimeline } from './order-timeline';

function DivisionName({ code }: { code: string }) {
  const found = useDivisionSearch(code);
  return <>{found.data?.find((d) => d.code === code)?.name ?? code}</>;
}

function OrderContent({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const f = (k: string) => t(`hotlineDesk.field.${k}`);
  return (
    <Card
      className="section"
      title={
        <Typography.Title level={2} className="card-title">
          {t('hotlineDesk.detail.content')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph className="order-body">{order.body}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'division',
            label: f('division'),
            children: order.divisionCode ? <DivisionName code={order.divisionCode} /> : t('common.empty'),
          },
          { key: 'address', label: f('address'), children: order.address ?? t('common.empty') },
        ]}
      />
      <CallerInfo order={order} />
    </Card>
  );
}

/** The near-duplicates of an order that can still be merged (合并) into one of them. */
function MergeCandidates({ items, onMerge }: { items: OrderPreview['duplicates']; onMerge: (id: string) => void }) {
  const { t } = useTranslation();
  if (!items.length) return null;
  return (
    <Card
      className="section"
      title={
        <Typography.Title level={2} className="card-title">
          {t('hotlineDesk.call.duplicates')}
        </Typography.Title>
      }
    >
      <DuplicateList
        items={items}
        extra={(id) => (
          <Button icon={<MergeCellsOutlined aria-hidden />} onClick={() => onMerge(id)}>
            {t('hotlineDesk.action.merge')}
          </Button>
        )}
      />
    </Card>
  );
}

/** 工单详情: header with the why, content and caller, timeline, and the actions this user may take now. */
export function OrderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const order = useOrder(id);
  const wide = Grid.useBreakpoint().xl === true;
  const [requested, setRequested] = useState<{ type: string; values?: Record<string, string> } | null>(null);
  const o = order.data;
  // the call form hands over what its preview found; an order opened later asks again
  const fromCall = (location.state as { duplicates?: OrderPreview['duplicates'] } | null)?.duplicates;
  const canMerge = !!o?.availableActions.includes('merge');
  const preview = useOrderPreview(
    canMerge && o && !fromCall?.length
      ? { body: o.body, ...(o.title ? { title: o.title } : {}), ...(o.divisionCode ? { divisionCode: o.divisionCode } : {}), type: o.type }
      : null,
  );
  const duplicates = (fromCall?.length ? fromCall : (preview.data?.duplicates ?? [])).filter((d) => d.id !== id);

  if (order.isPending) return <PageLoading />;
  if (!o) {
    if (isApiError(order.error, 'NOT_FOUND'))
      return (
        <Result
          status="404"
          title={t('hotlineDesk.detail.notFound')}
          extra={<Link to="/workbench/hotline/orders">{t('hotlineDesk.nav.orders')}</Link>}
        />
      );
    return <ErrorAlert error={order.error} />;
  }
  // on a phone the actions come right after the header, not below the whole timeline
  const actions = <OrderActions order={o} duplicates={duplicates} requested={requested} onRequestHandled={() => setRequested(null)} />;
  return (
    <>
      <PageHeader
        title={o.title ?? t('hotlineDesk.detail.titleFallback', { no: o.orderNo })}
        extra={
          <Link to="/workbench/hotline/orders">
            <UnorderedListOutlined aria-hidden /> {t('hotlineDesk.nav.orders')}
          </Link>
        }
      />
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={16}>
          <OrderHeader order={o} />
          {wide ? null : actions}
          <OrderContent order={o} />
          {canMerge ? (
            <MergeCandidates items={duplicates} onMerge={(into) => setRequested({ type: 'merge', values: { intoOrderId: into } })} />
          ) : null}
          <OrderTimeline order={o} />
        </Col>
        {wide ? (
          <Col xs={24} xl={8}>
            {actions}
          </Col>
        ) : null}
      </Row>
    </>
  );
}
