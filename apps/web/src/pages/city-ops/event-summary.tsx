import { Descriptions, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { EventMapPoint } from '@yiwang/contracts';

/** The clicked event in brief, with the way into the full order (the hotline's order page). */
export function EventSummary({ point }: { point: EventMapPoint | undefined }) {
  const { t, i18n } = useTranslation();
  if (!point) return <Typography.Paragraph className="muted">{t('intake.map.selectHint')}</Typography.Paragraph>;
  const time = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai' }) : t('common.empty');
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'no', label: t('intake.map.orderNo'), children: <span className="mono">{point.orderNo}</span> },
          { key: 'title', label: t('intake.map.eventTitle'), children: point.title ?? t('common.empty') },
          { key: 'state', label: t('intake.map.state'), children: t(`hotlineDesk.state.${point.state}`) },
          { key: 'channel', label: t('intake.map.channel'), children: t(`hotlineDesk.channel.${point.channel}`) },
          { key: 'source', label: t('intake.map.source'), children: point.sourceName ?? t('common.empty') },
          { key: 'address', label: t('intake.map.address'), children: point.address ?? t('common.empty') },
          { key: 'created', label: t('intake.map.createdAt'), children: time(point.createdAt) },
          { key: 'due', label: t('intake.map.dueAt'), children: time(point.dueAt) },
        ]}
      />
      <Link to={`/workbench/hotline/orders/${point.id}`}>{t('intake.map.open')}</Link>
    </>
  );
}
