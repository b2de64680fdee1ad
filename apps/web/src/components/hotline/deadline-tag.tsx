import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dates';
import { deadlineStatus, type DeadlineFields, type DeadlineStatus } from '../../lib/deadline';
import { StatusTag, type Tone } from '../status-tag';

const TONES: Record<DeadlineStatus, Tone> = {
  answered: 'neutral',
  pending: 'accent',
  none: 'neutral',
  overdue: 'error',
  paused: 'neutral',
  warning: 'warning',
  on_time: 'success',
};

/** The deadline in words and colour (the words carry it for those who cannot tell the colours apart). */
export function DeadlineTag({ order }: { order: DeadlineFields }) {
  const { t } = useTranslation();
  const status = deadlineStatus(order, new Date());
  const due = order.dueAt ? formatDateTime(order.dueAt).slice(0, 16) : null;
  return (
    <StatusTag tone={TONES[status]}>
      <span className="nowrap">
        {t(`hotlineDesk.deadline.${status}`)}
        {due && status !== 'answered' ? ` · ${due}` : ''}
      </span>
    </StatusTag>
  );
}
