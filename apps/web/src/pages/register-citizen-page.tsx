import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegisterCitizen } from '../api/session';
import { useFormRules } from '../components/use-form-rules';
import { isValidIdNumber, isValidPhone } from '../lib/validators';
import { RegisterForm, useRegistered, type AccountValues } from './register-form';

interface Values extends AccountValues {
  realName: string;
  idNumber: string;
  phone?: string;
}

export function RegisterCitizenPage() {
  const { t } = useTranslation();
  const register = useRegisterCitizen();
  const { required, valid } = useFormRules();
  const registered = useRegistered();

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
      registered,
    );
  };

  return (
    <RegisterForm<Values> title={t('register.citizenTitle')} name="register-citizen" mutation={register} onFinish={submit}>
      <Form.Item name="realName" label={t('register.realName')} rules={[required(t('register.realName')), { min: 2, max: 50 }]}>
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('register.idNumber')}
        extra={t('register.idNumberHint')}
        rules={[required(t('register.idNumber')), valid(isValidIdNumber, 'register.idNumberInvalid')]}
      >
        <Input maxLength={18} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('register.phone')}
        extra={t('register.phoneHint')}
        rules={[valid(isValidPhone, 'register.phoneInvalid')]}
      >
        <Input type="tel" autoComplete="tel" maxLength={20} />
      </Form.Item>
    </RegisterForm>
  );
}
