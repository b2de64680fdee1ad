import { Alert, Button, Card, Divider, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuthOptions, useLogin, useMe } from '../api/session';
import { afterLoginPath } from '../auth/home-path';
import { ErrorAlert } from '../components/error-alert';
import { PublicLayout } from '../layouts/public-layout';

interface Values {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const login = useLogin();
  const options = useAuthOptions();
  const from: unknown = (location.state as { from?: unknown } | null)?.from;
  // the single sign-on callback sends failures back here as ?error=oidc
  const [params] = useSearchParams();
  const oidcFailed = params.get('error') === 'oidc' && !login.error;

  if (me.data) return <Navigate to={afterLoginPath(me.data, from)} replace />;

  const submit = (v: Values) =>
    login.mutate(
      { username: v.username.trim(), password: v.password },
      { onSuccess: (account) => navigate(afterLoginPath(account, from), { replace: true }) },
    );

  return (
    <PublicLayout>
      <Card className="auth-card">
        <Typography.Title level={1} className="page-title">
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        <ErrorAlert error={login.error} className="form-alert" />
        {oidcFailed ? <Alert className="form-alert" type="error" showIcon role="alert" title={t('login.oidcFailed')} /> : null}
        <Form<Values>
          layout="vertical"
          name="login"
          onFinish={submit}
          requiredMark={false}
          onValuesChange={() => login.error && login.reset()}
        >
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
        {options.data?.oidc ? (
          <>
            <Divider plain />
            <Button
              block
              href="/api/identity/oidc/login"
              icon={<SafetyCertificateOutlined aria-hidden />}
              title={options.data.oidcLabel ?? undefined}
            >
              {t('login.oidc')}
            </Button>
          </>
        ) : null}
        <Divider plain />
        <Flex gap={12} wrap justify="center" align="center">
          <Typography.Text type="secondary">{t('login.noAccount')}</Typography.Text>
          <Link to="/register/citizen">{t('login.registerCitizen')}</Link>
          <Link to="/register/enterprise">{t('login.registerEnterprise')}</Link>
        </Flex>
        <Flex justify="center" className="auth-footer">
          <Link to="/services">{t('services.catalog.title')}</Link>
        </Flex>
      </Card>
    </PublicLayout>
  );
}
