import { useState } from 'react';
import { Card, Flex, Input, Table, type TableColumnsType } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Department } from '@yiwang/contracts';
import { useDepartments } from '../../api/departments';
import { useCan } from '../../auth/use-permission';
import { DivisionTreeSelect } from '../../components/division-tree-select';
import { ErrorAlert } from '../../components/error-alert';
import { usePagedSearch } from '../../components/use-paged-search';
import { PageHeader } from '../../components/page-header';
import { actionsColumn, CreateButton, RowAction } from '../../components/row-actions';
import { EnabledTag } from '../../components/status-tag';
import { useLabels } from '../../i18n/labels';
import { DepartmentFormModal } from './department-form-modal';

export function DepartmentsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const canWrite = useCan()('identity.department.write');
  const [divisionCode, setDivisionCode] = useState<string | undefined>();
  const { query, onFilter, searchProps, tableProps } = usePagedSearch();
  const [editing, setEditing] = useState<Department | 'new' | null>(null);

  const list = useDepartments({ divisionCode, ...query });

  const columns: TableColumnsType<Department> = [
    { key: 'name', title: t('department.name'), dataIndex: 'name' },
    { key: 'code', title: t('department.code'), dataIndex: 'code', render: (v: string) => <span className="mono">{v}</span> },
    { key: 'kind', title: t('department.kind'), dataIndex: 'kind', render: (k: Department['kind']) => labels.deptKind(k) },
    { key: 'division', title: t('department.division'), dataIndex: 'divisionName' },
    {
      key: 'active',
      title: t('common.status'),
      dataIndex: 'active',
      render: (active: boolean) => <EnabledTag enabled={active} />,
    },
    ...actionsColumn<Department>(canWrite, t('common.actions'), (d) => (
      <RowAction icon={<EditOutlined aria-hidden />} label={t('common.edit')} target={d.name} onClick={() => setEditing(d)} />
    )),
  ];

  return (
    <>
      <PageHeader
        title={t('department.title')}
        extra={canWrite ? <CreateButton label={t('department.create')} onClick={() => setEditing('new')} /> : null}
      />
      <Card className="section">
        <Flex gap={12} wrap className="block-gap" role="search">
          <DivisionTreeSelect
            aria-label={t('department.filterDivision')}
            placeholder={t('department.allInScope')}
            allowClear
            value={divisionCode}
            onChange={onFilter(setDivisionCode)}
            className="filter-wide"
          />
          <Input.Search
            aria-label={t('department.search')}
            placeholder={t('department.searchPlaceholder')}
            allowClear
            {...searchProps}
            enterButton={t('common.search')}
            className="filter-wide"
          />
        </Flex>
        <ErrorAlert error={list.error} className="block-gap" />
        <Table<Department> rowKey="id" columns={columns} {...tableProps(list)} />
      </Card>
      <DepartmentFormModal
        department={editing === 'new' ? null : editing}
        open={editing !== null}
        defaultDivision={divisionCode}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
