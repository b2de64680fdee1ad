import { useEffect, useState } from 'react';
import { Button, Card, Flex, Input, Table, Tabs, type TableColumnsType } from 'antd';
import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '@yiwang/contracts';
import { useUsers } from '../../api/users';
import { useCan } from '../../auth/use-permission';
import { DepartmentSelect } from '../../components/department-select';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { StatusTag } from '../../components/status-tag';
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
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<StaffUser | 'new' | null>(null);
  const [resetting, setResetting] = useState<StaffUser | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(input.trim());
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [input]);

  const list = useUsers({ q: q || undefined, departmentId, page, pageSize });

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
          <StatusTag tone={u.status === 'active' ? 'success' : 'neutral'}>
            {u.status === 'active' ? t('common.enabled') : t('common.disabled')}
          </StatusTag>
          {isLocked(u) ? <StatusTag tone="error">{t('users.locked')}</StatusTag> : null}
        </Flex>
      ),
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, u: StaffUser) => (
              <Flex gap={0} wrap>
                <Button
                  type="link"
                  icon={<EditOutlined aria-hidden />}
                  aria-label={`${t('common.edit')} ${u.username}`}
                  onClick={() => setEditing(u)}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  type="link"
                  icon={<KeyOutlined aria-hidden />}
                  aria-label={`${t('users.resetPassword')} ${u.username}`}
                  onClick={() => setResetting(u)}
                >
                  {t('users.resetPassword')}
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Flex gap={12} wrap justify="space-between" className="block-gap">
        <Flex gap={12} wrap role="search">
          <Input.Search
            aria-label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            allowClear
            value={input}
            onChange={(e) => setInput(e.target.value)}
            onSearch={(v) => setQ(v.trim())}
            enterButton={t('common.search')}
            className="filter-wide"
          />
          <DepartmentSelect
            aria-label={t('users.filterDepartment')}
            placeholder={t('users.allDepartments')}
            allowClear
            value={departmentId}
            onChange={(id) => {
              setDepartmentId(id);
              setPage(1);
            }}
            style={{ minWidth: 240 }}
          />
        </Flex>
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('users.create')}
          </Button>
        ) : null}
      </Flex>
      <ErrorAlert error={list.error} className="block-gap" />
      <Table<StaffUser>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
      />
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
