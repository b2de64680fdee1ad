import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegisterEnterprise } from '../api/session';
import { useFormRules } from '../components/use-form-rules';
import { isValidUscc } from '../lib/validators';
import { RegisterForm, useRegistered, type AccountValues } from './register-form';

interface Values extends AccountValues {
  name: string;
  uscc: string;
  legalRepName: string;
}

export function RegisterEnterprisePage() {
  const { t } = useTranslation();
  const register = useRegisterEnterprise();
  const { required, valid } = useFormRules();
  const registered = useRegistered();

  const submit = (v: Values) =>
    register.mutate(
      {
        username: v.username.trim(),
        password: v.password,
        name: v.name.trim(),
        uscc: v.uscc.trim().toUpperCase(),
        legalRepName: v.legalRepName.trim(),
      },
      registered,
    );

  return (
    <RegisterForm<Values> title={t('register.enterpriseTitle')} name="register-enterprise" mutation={register} onFinish={submit}>
      <Form.Item name="name" label={t('register.enterpriseName')} rules={[required(t('register.enterpriseName')), { min: 2, max: 100 }]}>
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item
        name="uscc"
        label={t('register.uscc')}
        extra={t('register.usccHint')}
        rules={[required(t('register.uscc')), valid(isValidUscc, 'register.usccInvalid')]}
      >
        <Input maxLength={18} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="legalRepName" label={t('register.legalRepName')} rules={[required(t('register.legalRepName')), { min: 2, max: 50 }]}>
        <Input />
      </Form.Item>
    </RegisterForm>
  );
}
