import { Button, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventMapPoint } from '@yiwang/contracts';
import { StatusTag, type Tone } from '../../components/status-tag';
import { groupOf, type Group } from './event-map-option';

const TONE: Record<Group, Tone> = { overdue: 'error', triage: 'accent', handling: 'info', closed: 'neutral' };

/** The map's points as a table: what the chart shows, readable without it (keyboard, screen readers). */
export function EventList({ points, onPick }: { points: readonly EventMapPoint[]; onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<EventMapPoint> = [
    {
      key: 'orderNo',
      title: t('intake.map.orderNo'),
      render: (_: unknown, p) => (
        <Button type="link" className="mono" onClick={() => onPick(p.id)} aria-label={`${t('intake.map.selected')} ${p.orderNo}`}>
          {p.orderNo}
        </Button>
      ),
    },
    { key: 'title', title: t('intake.map.eventTitle'), dataIndex: 'title' },
    {
      key: 'state',
      title: t('intake.map.state'),
      render: (_: unknown, p) => (
        <StatusTag tone={TONE[groupOf(p)]}>{p.overdue ? t('intake.map.overdue') : t(`hotlineDesk.state.${p.state}`)}</StatusTag>
      ),
    },
  ];
  return (
    <Table<EventMapPoint>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={points as EventMapPoint[]}
      pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
    />
  );
}
