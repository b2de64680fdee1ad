import { Flex, Form, Input, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isStrongPassword, USERNAME_PATTERN } from '../lib/validators';

/** Username + password + confirmation, shared by both registration forms. */
export function RegisterAccountFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="username"
        label={t('register.username')}
        extra={t('register.usernameHint')}
        rules={[
          { required: true, message: t('common.required', { field: t('register.username') }) },
          { pattern: USERNAME_PATTERN, message: t('register.usernameInvalid') },
        ]}
      >
        <Input autoComplete="username" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('register.password')}
        extra={t('register.passwordHint')}
        rules={[
          { required: true, message: t('common.required', { field: t('register.password') }) },
          {
            validator: (_, v: string) =>
              !v || isStrongPassword(v) ? Promise.resolve() : Promise.reject(new Error(t('register.passwordWeak'))),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('register.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('common.required', { field: t('register.confirmPassword') }) },
          ({ getFieldValue }) => ({
            validator: (_, v: string) =>
              !v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('register.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

/** Link back to the login page under both registration forms. */
export function RegisterFooter() {
  const { t } = useTranslation();
  return (
    <Flex gap={8} justify="center" className="auth-footer">
      <Typography.Text type="secondary">{t('register.haveAccount')}</Typography.Text>
      <Link to="/login">{t('register.toLogin')}</Link>
    </Flex>
  );
}
