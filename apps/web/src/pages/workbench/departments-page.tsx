import { useEffect, useState } from 'react';
import { Button, Card, Flex, Input, Table, type TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Department } from '@yiwang/contracts';
import { useDepartments } from '../../api/departments';
import { useCan } from '../../auth/use-permission';
import { DivisionTreeSelect } from '../../components/division-tree-select';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { StatusTag } from '../../components/status-tag';
import { useLabels } from '../../i18n/labels';
import { DepartmentFormModal } from './department-form-modal';

const PAGE_SIZE = 20;

export function DepartmentsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const canWrite = useCan()('identity.department.write');
  const [divisionCode, setDivisionCode] = useState<string | undefined>();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const [editing, setEditing] = useState<Department | 'new' | null>(null);

  // Filter as the user types, without a request per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(input.trim());
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [input]);

  const list = useDepartments({ divisionCode, q: q || undefined, page, pageSize });

  const columns: TableColumnsType<Department> = [
    { key: 'name', title: t('department.name'), dataIndex: 'name' },
    { key: 'code', title: t('department.code'), dataIndex: 'code', render: (v: string) => <span className="mono">{v}</span> },
    { key: 'kind', title: t('department.kind'), dataIndex: 'kind', render: (k: Department['kind']) => labels.deptKind(k) },
    { key: 'division', title: t('department.division'), dataIndex: 'divisionName' },
    {
      key: 'active',
      title: t('common.status'),
      dataIndex: 'active',
      render: (active: boolean) => (
        <StatusTag tone={active ? 'success' : 'neutral'}>{active ? t('common.enabled') : t('common.disabled')}</StatusTag>
      ),
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, d: Department) => (
              <Button
                type="link"
                icon={<EditOutlined aria-hidden />}
                aria-label={`${t('common.edit')} ${d.name}`}
                onClick={() => setEditing(d)}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('department.title')}
        extra={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('department.create')}
            </Button>
          ) : null
        }
      />
      <Card className="section">
        <Flex gap={12} wrap className="block-gap" role="search">
          <DivisionTreeSelect
            aria-label={t('department.filterDivision')}
            placeholder={t('department.allInScope')}
            allowClear
            value={divisionCode}
            onChange={(code) => {
              setDivisionCode(code);
              setPage(1);
            }}
            className="filter-wide"
          />
          <Input.Search
            aria-label={t('department.search')}
            placeholder={t('department.searchPlaceholder')}
            allowClear
            value={input}
            onChange={(e) => setInput(e.target.value)}
            onSearch={(v) => {
              setQ(v.trim());
              setPage(1);
            }}
            enterButton={t('common.search')}
            className="filter-wide"
          />
        </Flex>
        <ErrorAlert error={list.error} className="block-gap" />
        <Table<Department>
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
