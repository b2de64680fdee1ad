import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitRankingRow } from '@yiwang/contracts';
import { percent } from './format';

const byRate = (k: 'onTimeRate' | 'satisfactionRate' | 'returnRate') => (a: UnitRankingRow, b: UnitRankingRow) =>
  (a[k] ?? -1) - (b[k] ?? -1);

/** 承办单位排名: busiest first; any column sorts. */
export function UnitRanking({ units, pageSize = 10 }: { units: UnitRankingRow[]; pageSize?: number | false }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<UnitRankingRow & { rank: number }> = [
    { key: 'rank', title: t('analytics.units.rank'), dataIndex: 'rank', width: 72 },
    { key: 'name', title: t('analytics.units.unit'), dataIndex: 'name' },
    {
      key: 'received',
      title: t('analytics.units.received'),
      dataIndex: 'received',
      sorter: (a, b) => a.received - b.received,
      align: 'right',
    },
    { key: 'closed', title: t('analytics.units.closed'), dataIndex: 'closed', sorter: (a, b) => a.closed - b.closed, align: 'right' },
    {
      key: 'onTime',
      title: t('analytics.units.onTimeRate'),
      dataIndex: 'onTimeRate',
      sorter: byRate('onTimeRate'),
      align: 'right',
      render: (v: number | null) => percent(v, t),
    },
    {
      key: 'satisfaction',
      title: t('analytics.units.satisfactionRate'),
      dataIndex: 'satisfactionRate',
      sorter: byRate('satisfactionRate'),
      align: 'right',
      render: (v: number | null) => percent(v, t),
    },
    {
      key: 'return',
      title: t('analytics.units.returnRate'),
      dataIndex: 'returnRate',
      sorter: byRate('returnRate'),
      align: 'right',
      render: (v: number | null) => percent(v, t),
    },
  ];
  return (
    <Card
      className="section"
      title={
        <Typography.Title level={2} className="card-title">
          {t('analytics.units.title')}
        </Typography.Title>
      }
    >
      <Table
        rowKey="unitId"
        size="small"
        columns={columns}
        dataSource={units.map((u, i) => ({ ...u, rank: i + 1 }))}
        pagination={pageSize === false ? false : { pageSize, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
