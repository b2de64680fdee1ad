import { useState } from 'react';
import { Button, Card, Flex, List } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PortalOrderSummary } from '@yiwang/contracts';
import { useMyOrders } from '../../api/portal-orders';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/dates';
import { OrderStateTag } from './order-state-tag';

const PAGE_SIZE = 10;

/** 我的诉求: the requests this account filed, newest first. */
export function MyOrdersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const list = useMyOrders({ page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageHeader
        title={t('knowledge.portal.myOrdersTitle')}
        extra={
          <Button type="primary" icon={<FormOutlined aria-hidden />} onClick={() => navigate('/portal/report')}>
            {t('knowledge.portal.newReport')}
          </Button>
        }
      />
      <Card className="section">
        <ErrorAlert error={list.error} className="block-gap" />
        <List<PortalOrderSummary>
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: <span className="muted">{t('knowledge.portal.empty')}</span> }}
          pagination={
            (list.data?.total ?? 0) > PAGE_SIZE
              ? {
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: list.data?.total ?? 0,
                  onChange: setPage,
                  showTotal: (total) => t('common.total', { total }),
                }
              : false
          }
          renderItem={(o) => (
            <List.Item key={o.id}>
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <Link to={`/portal/orders/${o.id}`}>{o.title ?? o.orderNo}</Link>
                    <OrderStateTag state={o.state} />
                  </Flex>
                }
                description={
                  <Flex gap={12} wrap className="muted">
                    <span>
                      {t('knowledge.portal.orderNo')} <span className="mono">{o.orderNo}</span>
                    </span>
                    <span>{t(`knowledge.types.${o.type}`, { defaultValue: o.type })}</span>
                    <span>
                      {t('knowledge.portal.createdAt')} {formatDateTime(o.createdAt)}
                    </span>
                    {o.unitName ? (
                      <span>
                        {t('knowledge.portal.unit')} {o.unitName}
                      </span>
                    ) : null}
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
