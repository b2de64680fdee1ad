import { useMemo, useState } from 'react';
import { Button, Card, Checkbox, Col, Form, Input, Row, Select, Tag } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { HOTLINE_CHANNELS, HOTLINE_ORDER_TYPES, HOTLINE_URGENCIES, type CreateOrderBody, type WorkOrder } from '@yiwang/contracts';
import { useOrderPreview, type PreviewInput } from '../../../api/hotline-desk';
import { useCreateOrder, useOrderAction } from '../../../api/hotline-orders';
import { DivisionTreeSelect } from '../../../components/division-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { CategorySelect } from '../../../components/hotline/category-select';
import { useHotlineLabels } from '../../../components/hotline/use-hotline-labels';
import { PageHeader } from '../../../components/page-header';
import { useDebounced } from '../../../components/use-debounced';
import { useFormRules } from '../../../components/use-form-rules';
import { useNotify } from '../../../components/use-notify';
import { newIdempotencyKey } from '../../../lib/random-key';
import { isValidPhone } from '../../../lib/validators';
import { CallSuggestions, orderPath } from './call-suggestions';
import { KnowledgeSlot, type CitedArticle } from './knowledge-slot';

interface Values {
  channel: CreateOrderBody['channel'];
  type: CreateOrderBody['type'];
  urgency: NonNullable<CreateOrderBody['urgency']>;
  title?: string;
  body?: string;
  categoryCode?: string;
  divisionCode?: string;
  address?: string;
  callerName?: string;
  callerPhone?: string;
  confidential?: boolean;
}

/** Pause in typing before the desk asks for suggestions. */
const PREVIEW_DEBOUNCE_MS = 400;

const text = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);
const pick = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

function toBody(v: Values): CreateOrderBody {
  return {
    channel: v.channel,
    type: v.type,
    urgency: v.urgency,
    body: v.body?.trim() ?? '',
    ...pick({
      title: text(v.title),
      categoryCode: v.categoryCode,
      divisionCode: v.divisionCode,
      address: text(v.address),
      callerName: text(v.callerName),
      callerPhone: text(v.callerPhone),
    }),
    confidential: !!v.confidential,
  };
}

function toPreview(v: Partial<Values> | undefined): PreviewInput | null {
  const body = text(v?.body);
  if (!v || !body) return null;
  return {
    body,
    ...pick({
      type: v.type,
      title: text(v.title),
      divisionCode: v.divisionCode,
      address: text(v.address),
      callerPhone: text(v.callerPhone),
      categoryCode: v.categoryCode,
    }),
  };
}

/** 来电登记: the agent types the call; suggestions follow; one Idempotency-Key per form fill. */
export function CallPage() {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const navigate = useNavigate();
  const notify = useNotify();
  const { required, valid } = useFormRules();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrder();
  const act = useOrderAction();
  const [fillKey] = useState(newIdempotencyKey);
  const [cited, setCited] = useState<CitedArticle | null>(null);

  const watched = Form.useWatch([], form) as Partial<Values> | undefined;
  // debounced as text: the watched object may be a new one on every render even when nothing changed
  const previewJson = useDebounced(JSON.stringify(toPreview(watched)), PREVIEW_DEBOUNCE_MS);
  const previewInput = useMemo(() => JSON.parse(previewJson) as PreviewInput | null, [previewJson]);
  const preview = useOrderPreview(previewInput);

  const opened = async (o: WorkOrder) => {
    notify.success(t('hotlineDesk.call.created', { no: o.orderNo }));
    // a cited article answers the call directly, when the order is still with the hotline
    if (cited && o.availableActions.includes('answer_directly')) {
      await act.mutateAsync({ order: o, action: { type: 'answer_directly', articleId: cited.id } }).catch(notify.error);
    }
    navigate(orderPath(o.id), { state: { duplicates: preview.data?.duplicates ?? [] } });
  };

  const submit = (v: Values) => create.mutate({ body: toBody(v), idempotencyKey: fillKey }, { onSuccess: (o) => void opened(o) });

  const option = (label: (c: string) => string) => (c: string) => ({ value: c, label: label(c) });
  return (
    <>
      <PageHeader title={t('hotlineDesk.call.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card className="section">
            <ErrorAlert error={create.error} className="form-alert" />
            <Form<Values>
              form={form}
              name="call"
              layout="vertical"
              onFinish={submit}
              initialValues={{ channel: 'phone', urgency: 'normal', confidential: false }}
            >
              <Row gutter={16}>
                <Col xs={24} sm={8}>
                  <Form.Item name="channel" label={t('hotlineDesk.field.channel')} rules={[required(t('hotlineDesk.field.channel'))]}>
                    <Select options={HOTLINE_CHANNELS.map(option(labels.channel))} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item name="type" label={t('hotlineDesk.field.type')} rules={[required(t('hotlineDesk.field.type'))]}>
                    <Select options={HOTLINE_ORDER_TYPES.map(option(labels.type))} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item name="urgency" label={t('hotlineDesk.field.urgency')}>
                    <Select options={HOTLINE_URGENCIES.map(option(labels.urgency))} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="title" label={t('hotlineDesk.field.title')} rules={[{ max: 100 }]}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item
                name="body"
                label={t('hotlineDesk.field.body')}
                rules={[
                  required(t('hotlineDesk.field.body')),
                  { whitespace: true, message: t('common.required', { field: t('hotlineDesk.field.body') }) },
                  { max: 5000 },
                ]}
              >
                <Input.TextArea rows={6} showCount maxLength={5000} />
              </Form.Item>
              <KnowledgeSlot title={watched?.title ?? ''} body={watched?.body ?? ''} onCite={setCited} />
              {cited ? (
                <Tag closable onClose={() => setCited(null)} className="block-gap">
                  {t('hotlineDesk.call.cited', { title: cited.title })}
                </Tag>
              ) : null}
              <Form.Item name="categoryCode" label={t('hotlineDesk.field.category')} extra={t('hotlineDesk.call.categoryHint')}>
                <CategorySelect allowClear />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} sm={12}>
                  <Form.Item name="divisionCode" label={t('hotlineDesk.field.division')}>
                    <DivisionTreeSelect allowClear />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="address" label={t('hotlineDesk.field.address')} rules={[{ max: 200 }]}>
                    <Input autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="callerName" label={t('hotlineDesk.field.callerName')} rules={[{ max: 40 }]}>
                    <Input autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="callerPhone"
                    label={t('hotlineDesk.field.callerPhone')}
                    rules={[{ max: 20 }, valid(isValidPhone, 'hotlineDesk.call.phoneInvalid')]}
                  >
                    <Input autoComplete="off" inputMode="tel" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="confidential" valuePropName="checked" extra={t('hotlineDesk.call.confidentialHint')}>
                <Checkbox>{t('hotlineDesk.field.confidential')}</Checkbox>
              </Form.Item>
              <Button type="primary" htmlType="submit" icon={<PhoneOutlined aria-hidden />} loading={create.isPending || act.isPending}>
                {t('hotlineDesk.call.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <CallSuggestions
            preview={preview.data}
            idle={previewInput === null}
            loading={preview.isFetching}
            chosenCategory={watched?.categoryCode}
            onChooseCategory={(code) => form.setFieldValue('categoryCode', code)}
          />
        </Col>
      </Row>
    </>
  );
}
