import { useState } from 'react';
import { Button, Card, Flex, Form, Grid, Input, Select, Typography } from 'antd';
import { EnvironmentOutlined, SendOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { HOTLINE_ORDER_TYPES, type PortalOrder, type PortalOrderBody } from '@yiwang/contracts';
import { useSubmitReport } from '../../api/portal-orders';
import { ErrorAlert } from '../../components/error-alert';
import { useFormRules } from '../../components/use-form-rules';
import { useNotify } from '../../components/use-notify';

type OrderType = PortalOrderBody['type'];

interface Values {
  type: OrderType;
  title: string;
  body: string;
  address?: string;
}

/** A fresh key per filled-in form; getRandomValues also works where randomUUID (secure contexts only) does not. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** 我要反映: a citizen or enterprise files a 12345 request; the form is built for a phone screen first. */
export function ReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { required } = useFormRules();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitReport();
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const [position, setPosition] = useState<{ lat: number; lng: number } | null>(null);
  const [locating, setLocating] = useState(false);
  const [locateFailed, setLocateFailed] = useState(false);

  const locate = () => {
    if (!('geolocation' in navigator)) return setLocateFailed(true);
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPosition({ lat: Number(p.coords.latitude.toFixed(6)), lng: Number(p.coords.longitude.toFixed(6)) });
        setLocateFailed(false);
        setLocating(false);
      },
      () => {
        setLocateFailed(true);
        setLocating(false);
      },
      { timeout: 10_000 },
    );
  };

  const onFinish = (v: Values) => {
    const address = v.address?.trim();
    const body: PortalOrderBody = {
      type: v.type,
      title: v.title.trim(),
      body: v.body.trim(),
      ...(address ? { address } : {}),
      ...(position ?? {}),
      // the small-screen layout is the mobile page: its requests arrive on the 'mobile' channel
      ...(screens.md === false ? { mobile: true } : {}),
    };
    submit.mutate(
      { body, idempotencyKey },
      {
        onSuccess: (order: PortalOrder) => {
          notify.success(t('knowledge.portal.submitted', { orderNo: order.orderNo }));
          setIdempotencyKey(newKey());
          navigate(`/portal/orders/${order.id}`);
        },
      },
    );
  };

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('knowledge.portal.reportTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('knowledge.portal.reportIntro')}</Typography.Paragraph>
      <Card className="section portal-form">
        <ErrorAlert error={submit.error} className="form-alert" />
        <Form<Values> form={form} name="report" layout="vertical" onFinish={onFinish} initialValues={{ type: 'complaint' }}>
          <Form.Item name="type" label={t('knowledge.portal.type')} rules={[required(t('knowledge.portal.type'))]}>
            <Select<OrderType> options={HOTLINE_ORDER_TYPES.map((k) => ({ value: k, label: t(`knowledge.types.${k}`) }))} />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('knowledge.portal.title')}
            rules={[required(t('knowledge.portal.title')), { whitespace: true, max: 100 }]}
          >
            <Input placeholder={t('knowledge.portal.titlePlaceholder')} maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="body"
            label={t('knowledge.portal.body')}
            rules={[required(t('knowledge.portal.body')), { whitespace: true, max: 5000 }]}
          >
            <Input.TextArea rows={6} showCount maxLength={5000} placeholder={t('knowledge.portal.bodyPlaceholder')} />
          </Form.Item>
          <Form.Item name="address" label={t('knowledge.portal.address')} rules={[{ max: 200 }]}>
            <Input placeholder={t('knowledge.portal.addressPlaceholder')} maxLength={200} autoComplete="street-address" />
          </Form.Item>
          <Flex gap={8} wrap align="center" className="block-gap">
            <Button icon={<EnvironmentOutlined aria-hidden />} loading={locating} onClick={locate}>
              {t('knowledge.portal.locate')}
            </Button>
            <span role="status" className="muted">
              {position ? t('knowledge.portal.located') : locateFailed ? t('knowledge.portal.locateFailed') : ''}
            </span>
          </Flex>
          <Typography.Paragraph className="muted">{t('knowledge.portal.contact')}</Typography.Paragraph>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined aria-hidden />}
            loading={submit.isPending}
            block={screens.md === false}
          >
            {t('knowledge.portal.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
