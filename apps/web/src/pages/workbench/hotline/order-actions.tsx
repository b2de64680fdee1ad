import { useState } from 'react';
import { Button, Card, Flex, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '@yiwang/contracts';
import { isApiError } from '../../../api/errors';
import type { OrderPreview } from '../../../api/hotline-desk';
import { reloadOrder, useOrderAction } from '../../../api/hotline-orders';
import { ErrorAlert } from '../../../components/error-alert';
import { useHotlineLabels } from '../../../components/hotline/use-hotline-labels';
import { useNotify } from '../../../components/use-notify';
import { ActionFields, actionBody, type ActionValues } from './action-fields';

/** The step that moves the order on for whoever may take it; the rest are secondary. */
const PRIMARY = new Set(['dispatch', 'sign', 'reply', 'review', 'callback', 'approve_return', 'approve_extension']);

interface Props {
  order: WorkOrder;
  duplicates: OrderPreview['duplicates'];
  /** the dialog to open at once (e.g. 合并 from the duplicates card) */
  requested: { type: string; values?: ActionValues } | null;
  onRequestHandled: () => void;
}

/**
 * One button per action the server says this user may take now (availableActions), each opening its
 * form. A stale version (409 CONFLICT) means someone else acted first: say so and show the fresh order.
 */
export function OrderActions({ order, duplicates, requested, onRequestHandled }: Props) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const notify = useNotify();
  const act = useOrderAction();
  const [form] = Form.useForm<ActionValues>();
  const [chosen, setChosen] = useState<string | null>(null);
  const open = requested?.type ?? chosen;

  const close = () => {
    setChosen(null);
    onRequestHandled();
  };
  const submit = (v: ActionValues) => {
    if (!open) return;
    act.mutate(
      { order, action: actionBody(open, v) },
      {
        onSuccess: (o) => {
          notify.success(t('hotlineDesk.actions.done', { action: labels.action(open), state: labels.state(o.state) }));
          close();
        },
        onError: (err) => {
          if (!isApiError(err, 'CONFLICT')) return;
          notify.error(err);
          void reloadOrder(order.id);
          close();
        },
      },
    );
  };

  if (order.availableActions.length === 0) return null;
  return (
    <Card
      className="section"
      title={
        <Typography.Title level={2} className="card-title">
          {t('hotlineDesk.detail.actions')}
        </Typography.Title>
      }
    >
      <Flex gap={8} wrap>
        {order.availableActions.map((type) => (
          <Button key={type} type={PRIMARY.has(type) ? 'primary' : 'default'} onClick={() => setChosen(type)}>
            {labels.action(type)}
          </Button>
        ))}
      </Flex>
      <Modal
        open={open !== null}
        title={open ? labels.action(open) : ''}
        okText={open ? labels.action(open) : t('common.ok')}
        cancelText={t('common.cancel')}
        confirmLoading={act.isPending}
        onOk={() => form.submit()}
        onCancel={close}
        afterClose={() => {
          form.resetFields();
          act.reset();
        }}
        destroyOnHidden
      >
        <ErrorAlert error={act.error && !isApiError(act.error, 'CONFLICT') ? act.error : null} className="form-alert" />
        {open ? (
          <Form<ActionValues>
            form={form}
            layout="vertical"
            name={`action-${open}`}
            onFinish={submit}
            initialValues={requested?.values ?? (open === 'dispatch' && order.categoryCode ? { categoryCode: order.categoryCode } : {})}
          >
            {['sign', 'urge', 'supervise', 'resume'].includes(open) ? (
              <Typography.Paragraph>
                {t('hotlineDesk.actions.confirm', { action: labels.action(open), no: order.orderNo })}
              </Typography.Paragraph>
            ) : null}
            <ActionFields
              type={open}
              reasonOptional={open === 'close' && order.state === 'answered_directly'}
              categoryPrefix={order.categoryCode}
              duplicates={duplicates.filter((d) => d.id !== order.id)}
              onTemplate={(content) => form.setFieldValue('content', content)}
            />
          </Form>
        ) : null}
      </Modal>
    </Card>
  );
}
