import { Flex, Form, Input, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { NewPasswordFields } from '../components/new-password-fields';
import { useFormRules } from '../components/use-form-rules';
import { USERNAME_PATTERN } from '../lib/validators';

/** Username + password + confirmation, shared by both registration forms. */
export function RegisterAccountFields() {
  const { t } = useTranslation();
  const { required } = useFormRules();
  return (
    <>
      <Form.Item
        name="username"
        label={t('register.username')}
        extra={t('register.usernameHint')}
        rules={[required(t('register.username')), { pattern: USERNAME_PATTERN, message: t('register.usernameInvalid') }]}
      >
        <Input autoComplete="username" />
      </Form.Item>
      <NewPasswordFields
        name="password"
        label={t('register.password')}
        confirm={{ name: 'confirmPassword', label: t('register.confirmPassword') }}
      />
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
