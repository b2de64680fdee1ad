import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../api/session';
import { isStrongPassword } from '../lib/validators';
import { ErrorAlert } from './error-alert';
import { useNotify } from './use-notify';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();

  const submit = (v: Values) =>
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => {
          notify.success(t('password.success'));
          onClose();
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t('password.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        change.reset();
      }}
    >
      <ErrorAlert error={change.error} className="form-alert" />
      <Form form={form} layout="vertical" name="change-password" onFinish={submit} requiredMark>
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('common.required', { field: t('password.current') }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.next')}
          extra={t('register.passwordHint')}
          rules={[
            { required: true, message: t('common.required', { field: t('password.next') }) },
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
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required', { field: t('password.confirm') }) },
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
