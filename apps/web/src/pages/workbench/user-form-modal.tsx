import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATA_SCOPES, STAFF_ROLES, type DataScope, type Role, type StaffUser } from '@yiwang/contracts';
import { useCreateUser, useUpdateUser, type NewUser } from '../../api/users';
import { DepartmentSelect } from '../../components/department-select';
import { ErrorAlert } from '../../components/error-alert';
import { NewPasswordFields } from '../../components/new-password-fields';
import { useModalForm } from '../../components/use-modal-form';
import { useLabels } from '../../i18n/labels';
import { USERNAME_PATTERN } from '../../lib/validators';

/** A new account's fields; editing also sets the status. */
interface Values extends NewUser {
  status: StaffUser['status'];
}

interface Props {
  /** null creates a new staff account */
  user: StaffUser | null;
  open: boolean;
  onClose: () => void;
}

export function UserFormModal({ user, open, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const create = useCreateUser();
  const update = useUpdateUser();
  const { form, modalProps, closeAfter, required } = useModalForm<Values>({ onClose, mutations: [create, update] });
  const isNew = user === null;

  const submit = (v: Values) => {
    const displayName = v.displayName.trim();
    if (isNew) {
      create.mutate(
        {
          username: v.username.trim(),
          displayName,
          password: v.password,
          roles: v.roles,
          departmentId: v.departmentId,
          dataScope: v.dataScope,
        },
        closeAfter((u: StaffUser) => t('users.created', { name: u.displayName })),
      );
      return;
    }
    update.mutate(
      { id: user.id, version: user.version, displayName, roles: v.roles, dataScope: v.dataScope, status: v.status },
      // A stale version: the list is refetched; close so the user reopens the fresh record.
      closeAfter(() => t('users.updated'), { closeOnError: true }),
    );
  };

  return (
    <Modal open={open} title={isNew ? t('users.create') : t('users.edit')} {...modalProps} destroyOnHidden>
      {isNew ? <ErrorAlert error={create.error} className="form-alert" /> : null}
      <Form<Values>
        form={form}
        name="user"
        layout="vertical"
        onFinish={submit}
        initialValues={
          user
            ? { username: user.username, displayName: user.displayName, roles: user.roles, dataScope: user.dataScope, status: user.status }
            : { roles: [], dataScope: 'unit', status: 'active' }
        }
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={isNew ? t('register.usernameHint') : undefined}
          rules={isNew ? [required(t('users.username')), { pattern: USERNAME_PATTERN, message: t('register.usernameInvalid') }] : []}
        >
          <Input autoComplete="off" disabled={!isNew} className="mono" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[required(t('users.displayName')), { max: 50 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        {isNew ? (
          <>
            <NewPasswordFields name="password" label={t('users.password')} />
            <Form.Item name="departmentId" label={t('users.department')} rules={[required(t('users.department'))]}>
              <DepartmentSelect />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          name="roles"
          label={t('users.roles')}
          rules={[{ type: 'array', required: true, min: 1, message: t('common.choose', { field: t('users.roles') }) }]}
        >
          <Select<Role[]> mode="multiple" options={STAFF_ROLES.map((r) => ({ value: r, label: labels.role(r) }))} />
        </Form.Item>
        <Form.Item name="dataScope" label={t('users.scope')} rules={[required(t('users.scope'))]}>
          <Select<DataScope> options={DATA_SCOPES.map((s) => ({ value: s, label: labels.scope(s) }))} />
        </Form.Item>
        {!isNew ? (
          <Form.Item name="status" label={t('users.status')}>
            <Select<StaffUser['status']>
              options={[
                { value: 'active', label: t('common.enabled') },
                { value: 'disabled', label: t('common.disabled') },
              ]}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
