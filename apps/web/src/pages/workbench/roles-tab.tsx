import { Flex, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoles, type RoleInfo } from '../../api/users';
import { ErrorAlert } from '../../components/error-alert';
import { StatusTag } from '../../components/status-tag';
import { useLabels } from '../../i18n/labels';
import { currentLang } from '../../i18n';

/** Each role and the permissions it grants, as the server defines them. */
export function RolesTab() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const roles = useRoles();
  const en = currentLang(i18n.language) === 'en';

  const columns: TableColumnsType<RoleInfo> = [
    { key: 'name', title: t('users.role'), render: (_: unknown, r: RoleInfo) => (en ? r.en : r.zh) },
    { key: 'code', title: t('users.roleCode'), dataIndex: 'role', render: (v: string) => <span className="mono">{v}</span> },
    {
      key: 'permissions',
      title: t('users.permissions'),
      dataIndex: 'permissions',
      render: (perms: RoleInfo['permissions']) => (
        <Flex gap={4} wrap>
          {perms.map((p) => (
            <StatusTag key={p} tone="neutral">
              <span title={p}>{labels.permission(p)}</span>
            </StatusTag>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <ErrorAlert error={roles.error} className="block-gap" />
      <Table<RoleInfo> rowKey="role" columns={columns} dataSource={roles.data ?? []} loading={roles.isLoading} pagination={false} />
    </>
  );
}
