import { Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useRegisterCitizen } from '../api/session';
import { ErrorAlert } from '../components/error-alert';
import { useNotify } from '../components/use-notify';
import { PublicLayout } from '../layouts/public-layout';
import { isValidIdNumber, isValidPhone } from '../lib/validators';
import { RegisterAccountFields, RegisterFooter } from './register-account-fields';

interface Values {
  username: string;
  password: string;
  confirmPassword: string;
  realName: string;
  idNumber: string;
  phone?: string;
}

export function RegisterCitizenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const register = useRegisterCitizen();

  const submit = (v: Values) => {
    const phone = v.phone?.trim();
    register.mutate(
      {
        username: v.username.trim(),
        password: v.password,
        realName: v.realName.trim(),
        idNumber: v.idNumber.trim().toUpperCase(),
        ...(phone ? { phone } : {}),
      },
      {
        onSuccess: () => {
          notify.success(t('register.success'));
          navigate('/portal', { replace: true });
        },
      },
    );
  };

  return (
    <PublicLayout>
      <Card className="auth-card auth-card-wide">
        <Typography.Title level={1} className="page-title">
          {t('register.citizenTitle')}
        </Typography.Title>
        <ErrorAlert error={register.error} className="form-alert" />
        <Form<Values> layout="vertical" name="register-citizen" onFinish={submit}>
          <RegisterAccountFields />
          <Form.Item
            name="realName"
            label={t('register.realName')}
            rules={[
              { required: true, message: t('common.required', { field: t('register.realName') }) },
              { min: 2, max: 50 },
            ]}
          >
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t('register.idNumber')}
            extra={t('register.idNumberHint')}
            rules={[
              { required: true, message: t('common.required', { field: t('register.idNumber') }) },
              {
                validator: (_, v: string) =>
                  !v || isValidIdNumber(v) ? Promise.resolve() : Promise.reject(new Error(t('register.idNumberInvalid'))),
              },
            ]}
          >
            <Input maxLength={18} autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('register.phone')}
            extra={t('register.phoneHint')}
            rules={[
              {
                validator: (_, v?: string) =>
                  !v || isValidPhone(v) ? Promise.resolve() : Promise.reject(new Error(t('register.phoneInvalid'))),
              },
            ]}
          >
            <Input type="tel" autoComplete="tel" maxLength={20} />
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
