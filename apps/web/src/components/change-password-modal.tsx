import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../api/session';
import { ErrorAlert } from './error-alert';
import { NewPasswordFields } from './new-password-fields';
import { useModalForm } from './use-modal-form';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  // The header keeps this dialog mounted, so typed passwords must be cleared on close.
  const { form, modalProps, closeAfter, required } = useModalForm<Values>({
    onClose,
    mutations: [change],
    resetFieldsOnClose: true,
  });

  const submit = (v: Values) =>
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      closeAfter(() => t('password.success')),
    );

  return (
    <Modal open={open} title={t('password.title')} {...modalProps}>
      <ErrorAlert error={change.error} className="form-alert" />
      <Form form={form} layout="vertical" name="change-password" onFinish={submit} requiredMark>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[required(t('password.current'))]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields name="newPassword" label={t('password.next')} confirm={{ name: 'confirm', label: t('password.confirm') }} />
      </Form>
    </Modal>
  );
}
