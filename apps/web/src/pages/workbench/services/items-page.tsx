import { useState } from 'react';
import { Card, Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ITEM_STATES, ITEM_TYPES, type ItemState, type ItemSummary, type ItemType } from '@yiwang/contracts';
import { useItems } from '../../../api/services';
import { useCan } from '../../../auth/use-permission';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { CreateButton } from '../../../components/row-actions';
import { usePagedSearch } from '../../../components/use-paged-search';
import { ItemCreateModal } from './item-create-modal';
import { ItemStateTag } from './item-state-tag';

/** The catalog as editors and reviewers see it: drafts included, inside the caller's data scope. */
export function ServiceItemsPage() {
  const { t } = useTranslation();
  const s = (k: string, o?: Record<string, unknown>) => t(`services.${k}`, o ?? {});
  const canWrite = useCan()('services.catalog.write');
  const [state, setState] = useState<ItemState | undefined>();
  const [type, setType] = useState<ItemType | undefined>();
  const [creating, setCreating] = useState(false);
  const { query, onFilter, searchProps, tableProps } = usePagedSearch();
  const list = useItems({ ...query, state, type });

  const columns: TableColumnsType<ItemSummary> = [
    {
      key: 'name',
      title: s('items.name'),
      render: (_: unknown, i) => (
        <Flex vertical gap={2}>
          <Link to={`/workbench/services/items/${i.id}`}>{i.name}</Link>
          <span className="mono muted">{i.code}</span>
        </Flex>
      ),
    },
    { key: 'type', title: s('items.type'), render: (_: unknown, i) => s(`type.${i.type}`) },
    { key: 'kind', title: s('items.kind'), render: (_: unknown, i) => s(`kind.${i.kind}`) },
    { key: 'department', title: s('items.department'), dataIndex: 'departmentName' },
    { key: 'state', title: s('items.state'), render: (_: unknown, i) => <ItemStateTag state={i.state} /> },
    { key: 'live', title: s('items.live'), render: (_: unknown, i) => (i.liveVersionNo ? `v${i.liveVersionNo}` : t('common.empty')) },
  ];

  return (
    <>
      <PageHeader
        title={s('items.title')}
        extra={canWrite ? <CreateButton label={s('items.create')} onClick={() => setCreating(true)} /> : null}
      />
      <Card className="section">
        <Flex gap={12} wrap className="block-gap" role="search">
          <Input.Search
            aria-label={s('catalog.search')}
            placeholder={s('catalog.search')}
            allowClear
            {...searchProps}
            enterButton={t('common.search')}
            className="filter-wide"
          />
          <Select<ItemState>
            aria-label={s('items.filterState')}
            placeholder={s('items.allStates')}
            allowClear
            value={state}
            onChange={onFilter(setState)}
            options={ITEM_STATES.map((x) => ({ value: x, label: s(`state.${x}`) }))}
            className="filter"
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
        </Flex>
        <ErrorAlert error={list.error} className="block-gap" />
        <Table<ItemSummary> rowKey="id" columns={columns} {...tableProps(list)} />
      </Card>
      <ItemCreateModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
