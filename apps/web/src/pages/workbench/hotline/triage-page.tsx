import { useState } from 'react';
import { Button, Card, Flex, Grid, Input, List, Table, type TableColumnsType } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { WorkOrderSummary } from '@yiwang/contracts';
import { useOrders } from '../../../api/hotline-orders';
import { ErrorAlert } from '../../../components/error-alert';
import { DeadlineTag } from '../../../components/hotline/deadline-tag';
import { useHotlineLabels } from '../../../components/hotline/use-hotline-labels';
import { PageHeader } from '../../../components/page-header';
import { usePagedSearch } from '../../../components/use-paged-search';
import { formatDateTime } from '../../../lib/dates';
import { orderPath } from './call-suggestions';
import { TriageDispatchModal } from './triage-dispatch-modal';

/** 分类待定: calls the classifier was not sure about, waiting for an agent to choose category and unit. */
export function TriagePage() {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const wide = Grid.useBreakpoint().md !== false;
  const { query, searchProps, tableProps } = usePagedSearch();
  const list = useOrders({ triage: true, state: 'registered', ...query }, { refetchInterval: 30_000 });
  const [dispatching, setDispatching] = useState<string | null>(null);
  const f = (k: string) => t(`hotlineDesk.field.${k}`);
  const title = (o: WorkOrderSummary) => o.title ?? t('hotlineDesk.field.untitled');
  const dispatchButton = (o: WorkOrderSummary) => (
    <Button
      type="primary"
      icon={<SendOutlined aria-hidden />}
      aria-label={`${t('hotlineDesk.triage.dispatch')} ${o.orderNo}`}
      onClick={() => setDispatching(o.id)}
    >
      {t('hotlineDesk.triage.dispatch')}
    </Button>
  );

  const columns: TableColumnsType<WorkOrderSummary> = [
    {
      key: 'orderNo',
      title: f('orderNo'),
      render: (_: unknown, o) => (
        <Link to={orderPath(o.id)} className="mono nowrap">
          {o.orderNo}
        </Link>
      ),
    },
    { key: 'title', title: f('title'), render: (_: unknown, o) => title(o) },
    { key: 'type', title: f('type'), dataIndex: 'type', render: (v: string) => labels.type(v) },
    { key: 'deadline', title: f('deadline'), render: (_: unknown, o) => <DeadlineTag order={o} /> },
    {
      key: 'createdAt',
      title: f('createdAt'),
      dataIndex: 'createdAt',
      render: (v: string) => <span className="mono nowrap">{formatDateTime(v).slice(0, 16)}</span>,
    },
    { key: 'actions', title: t('common.actions'), render: (_: unknown, o) => dispatchButton(o) },
  ];
  const { dataSource, loading, pagination } = tableProps(list);

  return (
    <>
      <PageHeader title={t('hotlineDesk.nav.triage')} />
      <Card className="section">
        <Flex gap={12} wrap className="block-gap" role="search">
          <Input.Search
            aria-label={t('hotlineDesk.filter.text')}
            placeholder={t('hotlineDesk.filter.textPlaceholder')}
            allowClear
            {...searchProps}
            className="filter-wide"
          />
        </Flex>
        <ErrorAlert error={list.error} className="block-gap" />
        {wide ? (
          <Table<WorkOrderSummary>
            rowKey="id"
            columns={columns}
            dataSource={dataSource}
            loading={loading}
            pagination={pagination}
            scroll={{ x: 'max-content' }}
          />
        ) : (
          <List<WorkOrderSummary>
            dataSource={dataSource}
            loading={loading}
            renderItem={(o) => (
              <List.Item actions={[dispatchButton(o)]}>
                <List.Item.Meta
                  title={<Link to={orderPath(o.id)}>{title(o)}</Link>}
                  description={<span className="mono">{o.orderNo}</span>}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      <TriageDispatchModal orderId={dispatching} onClose={() => setDispatching(null)} />
    </>
  );
}
