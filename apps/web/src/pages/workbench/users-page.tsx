import { useState } from 'react';
import { Card, Flex, Input, Table, Tabs, type TableColumnsType } from 'antd';
import { EditOutlined, KeyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '@yiwang/contracts';
import { useUsers } from '../../api/users';
import { useCan } from '../../auth/use-permission';
import { DepartmentSelect } from '../../components/department-select';
import { ErrorAlert } from '../../components/error-alert';
import { usePagedSearch } from '../../components/use-paged-search';
import { PageHeader } from '../../components/page-header';
import { actionsColumn, CreateButton, RowAction } from '../../components/row-actions';
import { EnabledTag, StatusTag } from '../../components/status-tag';
import { useLabels } from '../../i18n/labels';
import { ResetPasswordModal } from './reset-password-modal';
import { RolesTab } from './roles-tab';
import { UserFormModal } from './user-form-modal';

function isLocked(u: StaffUser): boolean {
  return !!u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now();
}

function UsersTab({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { query, onFilter, searchProps, tableProps } = usePagedSearch();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [editing, setEditing] = useState<StaffUser | 'new' | null>(null);
  const [resetting, setResetting] = useState<StaffUser | null>(null);

  const list = useUsers({ ...query, departmentId });

  const columns: TableColumnsType<StaffUser> = [
    { key: 'username', title: t('users.username'), dataIndex: 'username', render: (v: string) => <span className="mono">{v}</span> },
    { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
    { key: 'department', title: t('users.department'), dataIndex: 'departmentName', render: (v: string | null) => v ?? t('common.empty') },
    {
      key: 'roles',
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (roles: StaffUser['roles']) => (
        <Flex gap={4} wrap>
          {roles.map((r) => (
            <StatusTag key={r} tone="info">
              {labels.role(r)}
            </StatusTag>
          ))}
        </Flex>
      ),
    },
    { key: 'scope', title: t('users.scope'), dataIndex: 'dataScope', render: (s: StaffUser['dataScope']) => labels.scope(s) },
    {
      key: 'status',
      title: t('users.status'),
      render: (_: unknown, u: StaffUser) => (
        <Flex gap={4} wrap>
          <EnabledTag enabled={u.status === 'active'} />
          {isLocked(u) ? <StatusTag tone="error">{t('users.locked')}</StatusTag> : null}
        </Flex>
      ),
    },
    ...actionsColumn<StaffUser>(canWrite, t('common.actions'), (u) => (
      <Flex gap={0} wrap>
        <RowAction icon={<EditOutlined aria-hidden />} label={t('common.edit')} target={u.username} onClick={() => setEditing(u)} />
        <RowAction
          icon={<KeyOutlined aria-hidden />}
          label={t('users.resetPassword')}
          target={u.username}
          onClick={() => setResetting(u)}
        />
      </Flex>
    )),
  ];

  return (
    <>
      <Flex gap={12} wrap justify="space-between" className="block-gap">
        <Flex gap={12} wrap role="search">
          <Input.Search
            aria-label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            allowClear
            {...searchProps}
            enterButton={t('common.search')}
            className="filter-wide"
          />
          <DepartmentSelect
            aria-label={t('users.filterDepartment')}
            placeholder={t('users.allDepartments')}
            allowClear
            value={departmentId}
            onChange={onFilter(setDepartmentId)}
            style={{ minWidth: 240 }}
          />
        </Flex>
        {canWrite ? <CreateButton label={t('users.create')} onClick={() => setEditing('new')} /> : null}
      </Flex>
      <ErrorAlert error={list.error} className="block-gap" />
      <Table<StaffUser> rowKey="id" columns={columns} {...tableProps(list)} />
      <UserFormModal user={editing === 'new' ? null : editing} open={editing !== null} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const canWrite = useCan()('identity.user.write');
  return (
    <>
      <PageHeader title={t('users.title')} />
      <Card className="section">
        <Tabs
          items={[
            { key: 'users', label: t('users.tabUsers'), children: <UsersTab canWrite={canWrite} /> },
            { key: 'roles', label: t('users.tabRoles'), children: <RolesTab /> },
          ]}
        />
      </Card>
    </>
  );
}
