import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '@yiwang/contracts';
import { useResetPassword } from '../../api/users';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { isStrongPassword } from '../../lib/validators';

interface Values {
  newPassword: string;
  confirm: string;
}

export function ResetPasswordModal({ user, onClose }: { user: StaffUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const reset = useResetPassword();

  const submit = (v: Values) => {
    if (!user) return;
    reset.mutate(
      { id: user.id, newPassword: v.newPassword },
      {
        onSuccess: () => {
          notify.success(t('users.resetDone'));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.resetTitle', { name: user?.displayName ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => reset.reset()}
      destroyOnHidden
    >
      <ErrorAlert error={reset.error} className="form-alert" />
      <Form<Values> form={form} name="reset-password" layout="vertical" onFinish={submit}>
        <Form.Item
          name="newPassword"
          label={t('users.newPassword')}
          extra={t('register.passwordHint')}
          rules={[
            { required: true, message: t('common.required', { field: t('users.newPassword') }) },
            {
              validator: (_, v: string) =>
                !v || isStrongPassword(v) ? Promise.resolve() : Promise.reject(new Error(t('register.passwordWeak'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('register.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required', { field: t('register.confirmPassword') }) },
            ({ getFieldValue }) => ({
              validator: (_, v: string) =>
                !v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('register.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
