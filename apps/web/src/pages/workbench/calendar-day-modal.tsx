import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '@yiwang/contracts';
import { useSetDay } from '../../api/calendar';
import { ErrorAlert } from '../../components/error-alert';
import { useModalForm } from '../../components/use-modal-form';
import { useNotify } from '../../components/use-notify';

interface Values {
  date: string;
  kind: CalendarDay['kind'];
  name?: string;
}

interface Props {
  open: boolean;
  /** the day being changed; null adds a new one */
  day: CalendarDay | null;
  year: number | null;
  onClose: (savedDate?: string) => void;
}

export function CalendarDayModal({ open, day, year, onClose }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const setDay = useSetDay();
  // Cancelling closes without a date; a save closes with the saved date (below).
  const { form, modalProps, required } = useModalForm<Values>({ onClose: () => onClose(), mutations: [setDay] });

  const submit = (v: Values) => {
    const name = v.name?.trim();
    setDay.mutate(
      { date: v.date, kind: v.kind, ...(name ? { name } : {}) },
      {
        onSuccess: () => {
          notify.success(t('common.saved'));
          onClose(v.date);
        },
      },
    );
  };

  return (
    <Modal open={open} title={day ? t('calendar.editDay') : t('calendar.addDay')} {...modalProps} destroyOnHidden>
      <ErrorAlert error={setDay.error} className="form-alert" />
      <Form<Values>
        form={form}
        name="calendar-day"
        layout="vertical"
        onFinish={submit}
        initialValues={
          day ? { date: day.date, kind: day.kind, name: day.name } : { kind: 'holiday', date: year ? `${year}-01-01` : undefined }
        }
      >
        <Form.Item name="date" label={t('calendar.date')} rules={[required(t('calendar.date'))]}>
          <Input type="date" disabled={day !== null} min={year ? `${year}-01-01` : undefined} max={year ? `${year}-12-31` : undefined} />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kind')} rules={[{ required: true }]}>
          <Select<CalendarDay['kind']>
            options={[
              { value: 'holiday', label: t('calendar.kindHoliday') },
              { value: 'workday', label: t('calendar.kindWorkday') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.dayName')} extra={t('calendar.dayNameHint')} rules={[{ max: 40 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
