import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Select, Table, Typography, type TableColumnsType } from 'antd';
import { CheckCircleOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '@yiwang/contracts';
import { useCalendarDays, useCalendarYears, useSetDay, useSetYearComplete } from '../../api/calendar';
import { useCan } from '../../auth/use-permission';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { actionsColumn, CreateButton, RowAction } from '../../components/row-actions';
import { StatusTag } from '../../components/status-tag';
import { useNotify } from '../../components/use-notify';
import { useLabels } from '../../i18n/labels';
import { currentYear } from '../../lib/dates';
import { CalendarDayModal } from './calendar-day-modal';
import { WorkdayCalculator } from './workday-calculator';

export function CalendarPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const labels = useLabels();
  const notify = useNotify();
  const canWrite = useCan()('system.calendar.write');
  const years = useCalendarYears();
  const [chosen, setChosen] = useState<number | null>(null);
  const [editing, setEditing] = useState<CalendarDay | 'new' | null>(null);
  const setDay = useSetDay();
  const setComplete = useSetYearComplete();

  // Offer this year and next even before any data exists, so next year's table can be entered.
  const yearOptions = useMemo(() => {
    const listed = new Set((years.data ?? []).map((y) => y.year));
    const all = new Set([...listed, currentYear(), currentYear() + 1]);
    return [...all]
      .sort((a, b) => b - a)
      .map((y) => ({ value: y, label: listed.has(y) ? String(y) : t('calendar.yearMissing', { year: y }) }));
  }, [years.data, t]);

  const year = chosen ?? currentYear();
  const info = years.data?.find((y) => y.year === year);
  const days = useCalendarDays(years.isSuccess ? year : null);

  const toggleComplete = () => {
    if (!info) return;
    const complete = !info.complete;
    modal.confirm({
      title: complete ? t('calendar.confirmComplete', { year }) : t('calendar.confirmIncomplete', { year }),
      content: t('calendar.completeHint'),
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      onOk: () => setComplete.mutateAsync({ year, complete }).then(() => notify.success(t('common.saved')), notify.error),
    });
  };

  const columns: TableColumnsType<CalendarDay> = [
    { key: 'date', title: t('calendar.date'), dataIndex: 'date', render: (v: string) => <span className="mono">{v}</span> },
    { key: 'weekday', title: t('calendar.weekday'), dataIndex: 'date', render: (v: string) => labels.weekday(v) },
    {
      key: 'kind',
      title: t('calendar.kind'),
      dataIndex: 'kind',
      render: (k: CalendarDay['kind']) =>
        k === 'holiday' ? (
          <StatusTag tone="error">{t('calendar.kindHoliday')}</StatusTag>
        ) : (
          <StatusTag tone="info">{t('calendar.kindWorkday')}</StatusTag>
        ),
    },
    { key: 'name', title: t('calendar.dayName'), dataIndex: 'name' },
    ...actionsColumn<CalendarDay>(canWrite, t('common.actions'), (d) => (
      <Flex gap={0} wrap>
        <RowAction icon={<EditOutlined aria-hidden />} label={t('common.edit')} target={d.date} onClick={() => setEditing(d)} />
        <Popconfirm
          title={t('calendar.removeConfirm', { date: d.date })}
          okText={t('common.remove')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            setDay.mutateAsync({ date: d.date, kind: 'normal' }).then(() => notify.success(t('calendar.removed')), notify.error)
          }
        >
          <Button type="link" danger aria-label={`${t('common.remove')} ${d.date}`}>
            {t('common.remove')}
          </Button>
        </Popconfirm>
      </Flex>
    )),
  ];

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        extra={canWrite ? <CreateButton label={t('calendar.addDay')} onClick={() => setEditing('new')} /> : null}
      />
      <Card className="section">
        <Flex gap={12} align="center" wrap className="block-gap">
          <label htmlFor="calendar-year">{t('calendar.year')}</label>
          <Select<number>
            id="calendar-year"
            value={year}
            onChange={setChosen}
            options={yearOptions}
            style={{ minWidth: 160 }}
            loading={years.isLoading}
          />
          {info ? (
            <StatusTag tone={info.complete ? 'success' : 'neutral'}>
              {info.complete ? t('calendar.complete') : t('calendar.incomplete')}
            </StatusTag>
          ) : null}
          {canWrite && info ? (
            <Button
              icon={info.complete ? <UndoOutlined aria-hidden /> : <CheckCircleOutlined aria-hidden />}
              onClick={toggleComplete}
              loading={setComplete.isPending}
            >
              {info.complete ? t('calendar.markIncomplete') : t('calendar.markComplete')}
            </Button>
          ) : null}
        </Flex>
        <ErrorAlert error={years.error} className="block-gap" />
        {years.isSuccess && years.data.length === 0 ? (
          <Alert type="warning" showIcon title={t('calendar.noYears')} className="block-gap" />
        ) : null}
        {info ? (
          <Descriptions
            className="block-gap"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'source', label: t('calendar.source'), children: info.source || t('common.empty') },
              { key: 'holidays', label: t('calendar.holidays'), children: info.holidays },
              { key: 'workdays', label: t('calendar.workdays'), children: info.workdays },
            ]}
          />
        ) : years.isSuccess ? (
          <Alert
            type="warning"
            showIcon
            title={t('calendar.yearMissing', { year })}
            description={t('calendar.completeHint')}
            className="block-gap"
          />
        ) : null}
        <Typography.Paragraph type="secondary">{t('calendar.completeHint')}</Typography.Paragraph>
        <ErrorAlert error={days.error} className="block-gap" />
        <Table<CalendarDay>
          rowKey="date"
          columns={columns}
          dataSource={days.data ?? []}
          loading={days.isFetching}
          pagination={false}
          locale={{ emptyText: t('calendar.noDays') }}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <WorkdayCalculator />
      <CalendarDayModal
        open={editing !== null}
        day={editing === 'new' ? null : editing}
        year={year}
        onClose={(savedDate) => {
          setEditing(null);
          if (savedDate) setChosen(Number(savedDate.slice(0, 4)));
        }}
      />
    </>
  );
}
