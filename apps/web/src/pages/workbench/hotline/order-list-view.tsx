import { Card, Flex, Grid, List, Table, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { WorkOrderSummary } from '@yiwang/contracts';
import { useCategoryPath } from '../../../components/hotline/category-select';
import { DeadlineTag } from '../../../components/hotline/deadline-tag';
import { OrderStateTag } from '../../../components/hotline/order-state-tag';
import { UnitName } from '../../../components/hotline/unit-name';
import { useHotlineLabels } from '../../../components/hotline/use-hotline-labels';
import { formatDateTime } from '../../../lib/dates';
import { orderPath } from './call-suggestions';

interface Props {
  dataSource: WorkOrderSummary[];
  loading: boolean;
  pagination: TablePaginationConfig;
}

/** The orders as a table on wide screens and as cards on a phone (units work from the street too). */
export function OrderListView({ dataSource, loading, pagination }: Props) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const categoryPath = useCategoryPath();
  const screens = Grid.useBreakpoint();
  const f = (k: string) => t(`hotlineDesk.field.${k}`);
  const title = (o: WorkOrderSummary) => o.title ?? t('hotlineDesk.field.untitled');

  if (screens.md === false) {
    return (
      <List<WorkOrderSummary>
        dataSource={dataSource}
        loading={loading}
        pagination={{ ...pagination, size: 'small', showSizeChanger: false, align: 'center' } as never}
        renderItem={(o) => (
          <List.Item>
            <Card size="small" className="order-card">
              <Flex vertical gap={6}>
                <Link to={orderPath(o.id)} className="order-card-title">
                  {title(o)}
                </Link>
                <span className="mono muted">{o.orderNo}</span>
                <Flex gap={4} wrap>
                  <OrderStateTag state={o.state} />
                  <DeadlineTag order={o} />
                </Flex>
                <span>
                  {labels.type(o.type)} · {categoryPath(o.categoryCode) ?? f('noCategory')}
                </span>
                <span className="muted">
                  <UnitName id={o.unitId} /> · {formatDateTime(o.createdAt).slice(0, 16)}
                </span>
              </Flex>
            </Card>
          </List.Item>
        )}
      />
    );
  }

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
    {
      key: 'category',
      title: f('category'),
      dataIndex: 'categoryCode',
      render: (v: string | null) => categoryPath(v) ?? <span className="muted">{f('noCategory')}</span>,
    },
    { key: 'state', title: f('state'), dataIndex: 'state', render: (v: string) => <OrderStateTag state={v} /> },
    { key: 'unit', title: f('unit'), dataIndex: 'unitId', render: (v: string | null) => <UnitName id={v} /> },
    { key: 'deadline', title: f('deadline'), render: (_: unknown, o) => <DeadlineTag order={o} /> },
    {
      key: 'createdAt',
      title: f('createdAt'),
      dataIndex: 'createdAt',
      render: (v: string) => <span className="mono nowrap">{formatDateTime(v).slice(0, 16)}</span>,
    },
  ];
  return (
    <Table<WorkOrderSummary>
      rowKey="id"
      columns={columns}
      dataSource={dataSource}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
    />
  );
}
