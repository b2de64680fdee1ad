import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { isStrongPassword } from '../lib/validators';
import { useFormRules } from './use-form-rules';

interface Props {
  /** Form field holding the new password. */
  name: string;
  label: string;
  /** The re-typed copy; omitted where an administrator sets the password once. */
  confirm?: { name: string; label: string };
}

/**
 * Choosing a new password: registration, changing one's own and creating or resetting a staff
 * account all apply the same strength rule, so the rule and its messages live here once.
 */
export function NewPasswordFields({ name, label, confirm }: Props) {
  const { t } = useTranslation();
  const { required, valid } = useFormRules();
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        extra={t('register.passwordHint')}
        rules={[required(label), valid(isStrongPassword, 'register.passwordWeak')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {confirm ? (
        <Form.Item
          name={confirm.name}
          label={confirm.label}
          dependencies={[name]}
          rules={[
            required(confirm.label),
            ({ getFieldValue }) => ({
              validator: (_, v: string) =>
                !v || v === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error(t('register.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      ) : null}
    </>
  );
}
