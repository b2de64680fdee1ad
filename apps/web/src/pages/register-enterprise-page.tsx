import { Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useRegisterEnterprise } from '../api/session';
import { ErrorAlert } from '../components/error-alert';
import { useNotify } from '../components/use-notify';
import { PublicLayout } from '../layouts/public-layout';
import { isValidUscc } from '../lib/validators';
import { RegisterAccountFields, RegisterFooter } from './register-account-fields';

interface Values {
  username: string;
  password: string;
  confirmPassword: string;
  name: string;
  uscc: string;
  legalRepName: string;
}

export function RegisterEnterprisePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const register = useRegisterEnterprise();

  const submit = (v: Values) =>
    register.mutate(
      {
        username: v.username.trim(),
        password: v.password,
        name: v.name.trim(),
        uscc: v.uscc.trim().toUpperCase(),
        legalRepName: v.legalRepName.trim(),
      },
      {
        onSuccess: () => {
          notify.success(t('register.success'));
          navigate('/portal', { replace: true });
        },
      },
    );

  return (
    <PublicLayout>
      <Card className="auth-card auth-card-wide">
        <Typography.Title level={1} className="page-title">
          {t('register.enterpriseTitle')}
        </Typography.Title>
        <ErrorAlert error={register.error} className="form-alert" />
        <Form<Values> layout="vertical" name="register-enterprise" onFinish={submit}>
          <RegisterAccountFields />
          <Form.Item
            name="name"
            label={t('register.enterpriseName')}
            rules={[
              { required: true, message: t('common.required', { field: t('register.enterpriseName') }) },
              { min: 2, max: 100 },
            ]}
          >
            <Input autoComplete="organization" />
          </Form.Item>
          <Form.Item
            name="uscc"
            label={t('register.uscc')}
            extra={t('register.usccHint')}
            rules={[
              { required: true, message: t('common.required', { field: t('register.uscc') }) },
              {
                validator: (_, v: string) =>
                  !v || isValidUscc(v) ? Promise.resolve() : Promise.reject(new Error(t('register.usccInvalid'))),
              },
            ]}
          >
            <Input maxLength={18} autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Form.Item
            name="legalRepName"
            label={t('register.legalRepName')}
            rules={[
              { required: true, message: t('common.required', { field: t('register.legalRepName') }) },
              { min: 2, max: 50 },
            ]}
          >
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={register.isPending}>
            {t('register.submit')}
          </Button>
        </Form>
        <RegisterFooter />
      </Card>
    </PublicLayout>
  );
}
