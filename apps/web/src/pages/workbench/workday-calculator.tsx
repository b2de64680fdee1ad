import { Alert, Button, Card, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAddWorkdays } from '../../api/calendar';
import { ErrorAlert } from '../../components/error-alert';
import { useLabels } from '../../i18n/labels';
import { todayIso } from '../../lib/dates';

interface Values {
  start: string;
  days: number;
}

/** Start date + N working days → due date, using the server's holiday table. */
export function WorkdayCalculator() {
  const { t } = useTranslation();
  const labels = useLabels();
  const add = useAddWorkdays();

  return (
    <Card
      className="section"
      title={
        <Typography.Title level={2} className="card-title">
          {t('calendar.calcTitle')}
        </Typography.Title>
      }
    >
      <Form<Values>
        name="workday-calc"
        layout="inline"
        initialValues={{ start: todayIso(), days: 20 }}
        onFinish={(v) => add.mutate({ start: v.start, days: v.days })}
        className="block-gap"
      >
        <Form.Item
          name="start"
          label={t('calendar.calcStart')}
          rules={[{ required: true, message: t('common.required', { field: t('calendar.calcStart') }) }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="days"
          label={t('calendar.calcDays')}
          rules={[{ required: true, message: t('common.required', { field: t('calendar.calcDays') }) }]}
        >
          <InputNumber min={0} max={3650} precision={0} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<CalculatorOutlined aria-hidden />} loading={add.isPending}>
          {t('calendar.calcSubmit')}
        </Button>
      </Form>
      <div aria-live="polite">
        <ErrorAlert error={add.error} />
        {add.data ? (
          <Alert
            type="success"
            showIcon
            title={
              <Flex gap={8} wrap>
                <strong>{t('calendar.calcDue', { due: add.data.due, weekday: labels.weekday(add.data.due) })}</strong>
              </Flex>
            }
            description={t('calendar.calcExplain', { start: add.data.start, days: add.data.days })}
          />
        ) : null}
      </div>
    </Card>
  );
}
