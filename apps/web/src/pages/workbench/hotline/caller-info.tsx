import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Modal } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '@yiwang/contracts';
import { useRevealCaller } from '../../../api/hotline-desk';
import { useCan } from '../../../auth/use-permission';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormRules } from '../../../components/use-form-rules';

/**
 * The caller as the server shows them (masked, or withheld for 保密). 查看号码 is an audited read:
 * the user states a purpose first, and the unmasked details live only in the open dialog.
 */
export function CallerInfo({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const can = useCan();
  const { required } = useFormRules();
  const reveal = useRevealCaller();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ purpose: string }>();
  const f = (k: string) => t(`hotlineDesk.field.${k}`);
  const hasCaller = order.callerName !== null || order.callerPhone !== null;
  const close = () => {
    setOpen(false);
    reveal.reset();
    form.resetFields();
  };

  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: f('callerName'), children: order.callerName ?? t('common.empty') },
          { key: 'phone', label: f('callerPhone'), children: <span className="mono">{order.callerPhone ?? t('common.empty')}</span> },
        ]}
      />
      {order.confidential && !hasCaller ? <div className="muted">{t('hotlineDesk.caller.withheld')}</div> : null}
      {hasCaller && can('hotline.caller.read_personal') ? (
        <Button icon={<EyeOutlined aria-hidden />} onClick={() => setOpen(true)}>
          {t('hotlineDesk.caller.reveal')}
        </Button>
      ) : null}
      <Modal
        open={open}
        title={t('hotlineDesk.caller.reveal')}
        onCancel={close}
        okText={reveal.data ? t('common.ok') : t('hotlineDesk.caller.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={reveal.isPending}
        onOk={() => (reveal.data ? close() : form.submit())}
        destroyOnHidden
      >
        <ErrorAlert error={reveal.error} className="form-alert" />
        {reveal.data ? (
          <>
            <Descriptions
              column={1}
              items={[
                { key: 'name', label: f('callerName'), children: reveal.data.name ?? t('common.empty') },
                { key: 'phone', label: f('callerPhone'), children: <span className="mono">{reveal.data.phone ?? t('common.empty')}</span> },
              ]}
            />
            <Alert type="info" showIcon title={t('hotlineDesk.caller.audited')} />
          </>
        ) : (
          <Form
            form={form}
            layout="vertical"
            name="caller-purpose"
            onFinish={(v) => reveal.mutate({ orderId: order.id, purpose: v.purpose.trim() })}
          >
            <Form.Item
              name="purpose"
              label={t('hotlineDesk.caller.purpose')}
              extra={t('hotlineDesk.caller.purposeHint')}
              rules={[
                required(t('hotlineDesk.caller.purpose')),
                { whitespace: true, message: t('common.required', { field: t('hotlineDesk.caller.purpose') }) },
                { max: 200 },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
