import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '@yiwang/contracts';
import { useResetPassword } from '../../api/users';
import { ErrorAlert } from '../../components/error-alert';
import { NewPasswordFields } from '../../components/new-password-fields';
import { useModalForm } from '../../components/use-modal-form';

interface Values {
  newPassword: string;
  confirm: string;
}

export function ResetPasswordModal({ user, onClose }: { user: StaffUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const { form, modalProps, closeAfter } = useModalForm<Values>({ onClose, mutations: [reset] });

  const submit = (v: Values) => {
    if (!user) return;
    reset.mutate(
      { id: user.id, newPassword: v.newPassword },
      closeAfter(() => t('users.resetDone')),
    );
  };

  return (
    <Modal open={user !== null} title={t('users.resetTitle', { name: user?.displayName ?? '' })} {...modalProps} destroyOnHidden>
      <ErrorAlert error={reset.error} className="form-alert" />
      <Form<Values> form={form} name="reset-password" layout="vertical" onFinish={submit}>
        <NewPasswordFields
          name="newPassword"
          label={t('users.newPassword')}
          confirm={{ name: 'confirm', label: t('register.confirmPassword') }}
        />
      </Form>
    </Modal>
  );
}
