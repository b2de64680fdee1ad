import { useEffect } from 'react';
import { Button, Flex, Form, Modal, Typography, type FormInstance } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '@yiwang/contracts';
import { isApiError } from '../../../api/errors';
import { useOrderPreview } from '../../../api/hotline-desk';
import { reloadOrder, useOrder, useOrderAction } from '../../../api/hotline-orders';
import { DepartmentSelect } from '../../../components/department-select';
import { ErrorAlert } from '../../../components/error-alert';
import { CategorySelect, useCategoryPath } from '../../../components/hotline/category-select';
import { PageLoading } from '../../../components/page-state';
import { useFormRules } from '../../../components/use-form-rules';
import { useNotify } from '../../../components/use-notify';

interface Values {
  categoryCode?: string;
  unitId?: string;
}

/** The model's top-3 as stored with the order at intake, when there was a model. */
function storedSuggestions(o: WorkOrder): Array<{ code: string; confidence: number }> {
  const top = (o.classification as { top?: Array<{ label?: unknown; confidence?: unknown }> } | null)?.top ?? [];
  return top.flatMap((x) =>
    typeof x.label === 'string' && typeof x.confidence === 'number' ? [{ code: x.label, confidence: x.confidence }] : [],
  );
}

interface FormProps {
  order: WorkOrder;
  form: FormInstance<Values>;
  act: ReturnType<typeof useOrderAction>;
  onDone: () => void;
}

function DispatchForm({ order, form, act, onDone }: FormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { required } = useFormRules();
  const categoryPath = useCategoryPath();
  const categoryCode = Form.useWatch('categoryCode', form);
  // with a category chosen, the responsibility list says which unit it would go to and why
  const preview = useOrderPreview({
    body: order.body,
    type: order.type,
    ...(order.title ? { title: order.title } : {}),
    ...(order.divisionCode ? { divisionCode: order.divisionCode } : {}),
    ...(categoryCode ? { categoryCode } : {}),
  });
  const suggestions = preview.data?.suggestions.length
    ? preview.data.suggestions.map((s) => ({ code: s.categoryCode, confidence: s.confidence }))
    : storedSuggestions(order);
  const routing = preview.data?.routing ?? null;
  useEffect(() => {
    if (routing && categoryCode && !form.getFieldValue('unitId')) form.setFieldValue('unitId', routing.unitId);
  }, [routing, categoryCode, form]);

  const submit = (v: Values) =>
    act.mutate(
      { order, action: { type: 'dispatch', unitId: v.unitId!, ...(v.categoryCode ? { categoryCode: v.categoryCode } : {}) } },
      {
        onSuccess: (o) => {
          notify.success(t('hotlineDesk.triage.dispatched', { no: o.orderNo }));
          onDone();
        },
        onError: (err) => {
          if (!isApiError(err, 'CONFLICT')) return;
          notify.error(err);
          void reloadOrder(order.id);
          onDone();
        },
      },
    );

  return (
    <>
      <Typography.Paragraph className="order-body">{order.body}</Typography.Paragraph>
      <ErrorAlert error={act.error} className="form-alert" />
      <Form<Values> form={form} layout="vertical" name="triage-dispatch" onFinish={submit}>
        {suggestions.length ? (
          <Flex gap={8} wrap className="block-gap" role="group" aria-label={t('hotlineDesk.call.categorySuggest')}>
            {suggestions.slice(0, 3).map((s) => (
              <Button
                key={s.code}
                size="small"
                aria-pressed={s.code === categoryCode}
                icon={s.code === categoryCode ? <CheckOutlined aria-hidden /> : undefined}
                onClick={() => form.setFieldValue('categoryCode', s.code)}
              >
                {categoryPath(s.code)} · {Math.round(s.confidence * 100)}%
              </Button>
            ))}
          </Flex>
        ) : null}
        <Form.Item name="categoryCode" label={t('hotlineDesk.field.category')} rules={[required(t('hotlineDesk.field.category'))]}>
          <CategorySelect allowClear />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('hotlineDesk.field.unit')}
          rules={[required(t('hotlineDesk.field.unit'))]}
          extra={routing ? t('hotlineDesk.triage.suggestedUnit', { unit: routing.unitName, why: routing.explanation }) : null}
        >
          <DepartmentSelect placeholder={t('hotlineDesk.actionField.unitPlaceholder')} />
        </Form.Item>
      </Form>
    </>
  );
}

/** 分派 from the triage queue: choose the category and the unit (the responsibility list proposes one). */
export function TriageDispatchModal({ orderId, onClose }: { orderId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const order = useOrder(orderId ?? '', orderId !== null);
  const act = useOrderAction();
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open={orderId !== null}
      title={t('hotlineDesk.triage.dispatchTitle', { no: order.data?.orderNo ?? '' })}
      okText={t('hotlineDesk.action.dispatch')}
      cancelText={t('common.cancel')}
      confirmLoading={act.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => act.reset()}
      destroyOnHidden
    >
      {order.data && orderId ? <DispatchForm order={order.data} form={form} act={act} onDone={onClose} /> : <PageLoading />}
    </Modal>
  );
}
