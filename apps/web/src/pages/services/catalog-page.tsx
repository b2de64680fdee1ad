import { useState } from 'react';
import { Card, Flex, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ITEM_TARGETS, ITEM_TYPES, type ItemType, type PublicItemSummary } from '@yiwang/contracts';
import { usePublicDepartments, usePublicItems } from '../../api/services';
import { useMe } from '../../api/session';
import { ErrorAlert } from '../../components/error-alert';
import { StatusTag } from '../../components/status-tag';
import { usePagedSearch } from '../../components/use-paged-search';
import { PublicLayout } from '../../layouts/public-layout';
import './services.css';

type Target = (typeof ITEM_TARGETS)[number];

/** The public catalog: search published services by name or code, type, applicant and department. */
export function CatalogPage() {
  const { t } = useTranslation();
  const s = (key: string, o?: Record<string, unknown>) => t(`services.${key}`, o ?? {});
  const me = useMe();
  const [type, setType] = useState<ItemType | undefined>();
  const [target, setTarget] = useState<Target | undefined>();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const { query, onFilter, searchProps, tableProps } = usePagedSearch();
  const list = usePublicItems({ ...query, type, target, departmentId });
  const departments = usePublicDepartments();

  const columns: TableColumnsType<PublicItemSummary> = [
    {
      key: 'name',
      title: s('items.name'),
      render: (_: unknown, i) => (
        <Flex vertical gap={2}>
          <Link to={`/guide/${i.id}`}>{i.name}</Link>
          <span className="mono muted">{i.code}</span>
        </Flex>
      ),
    },
    { key: 'type', title: s('items.type'), render: (_: unknown, i) => s(`type.${i.type}`) },
    { key: 'department', title: s('items.department'), dataIndex: 'departmentName' },
    {
      key: 'limit',
      title: s('guide.promised'),
      render: (_: unknown, i) =>
        i.limitKind === 'immediate'
          ? s('catalog.immediate')
          : i.promisedDays === null
            ? t('common.empty')
            : s('catalog.days', { days: i.promisedDays }),
    },
    {
      key: 'online',
      title: s('guide.online'),
      render: (_: unknown, i) => (
        <Flex gap={4} wrap>
          {i.onlineDepth ? <StatusTag tone={i.onlineDepth === 4 ? 'success' : 'info'}>{s(`depth.d${i.onlineDepth}`)}</StatusTag> : null}
          {i.visits !== null ? <StatusTag tone="neutral">{s('catalog.visits', { count: i.visits })}</StatusTag> : null}
        </Flex>
      ),
    },
  ];

  return (
    <PublicLayout>
      <Card className="catalog-card">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Typography.Title level={1} className="page-title">
            {s('catalog.title')}
          </Typography.Title>
          {me.data ? null : <Link to="/login">{s('catalog.login')}</Link>}
        </Flex>
        <Typography.Paragraph>{s('catalog.intro')}</Typography.Paragraph>
        <Flex gap={12} wrap className="block-gap" role="search">
          <Input.Search
            aria-label={s('catalog.search')}
            placeholder={s('catalog.search')}
            allowClear
            {...searchProps}
            enterButton={t('common.search')}
            className="filter-wide"
          />
          <Select<ItemType>
            aria-label={s('catalog.filterType')}
            placeholder={s('catalog.allTypes')}
            allowClear
            value={type}
            onChange={onFilter(setType)}
            options={ITEM_TYPES.map((x) => ({ value: x, label: s(`type.${x}`) }))}
            className="filter"
          />
          <Select<Target>
            aria-label={s('catalog.filterTarget')}
            placeholder={s('catalog.allTargets')}
            allowClear
            value={target}
            onChange={onFilter(setTarget)}
            options={ITEM_TARGETS.map((x) => ({ value: x, label: s(`target.${x}`) }))}
            className="filter"
          />
          <Select<string>
            aria-label={s('catalog.filterDepartment')}
            placeholder={s('catalog.allDepartments')}
            allowClear
            showSearch
            optionFilterProp="label"
            value={departmentId}
            onChange={onFilter(setDepartmentId)}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: `${d.name}（${d.items}）` }))}
            className="filter-wide"
          />
        </Flex>
        <ErrorAlert error={list.error} className="block-gap" />
        <Table<PublicItemSummary> rowKey="id" columns={columns} {...tableProps(list)} locale={{ emptyText: s('catalog.empty') }} />
      </Card>
    </PublicLayout>
  );
}
