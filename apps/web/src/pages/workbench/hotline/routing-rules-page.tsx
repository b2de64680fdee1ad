import { useMemo, useState } from 'react';
import { Card, Flex, Input, Table, Typography, type TableColumnsType } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RoutingRuleView } from '@yiwang/contracts';
import { useDivisionSearch } from '../../../api/divisions';
import { useRoutingRules } from '../../../api/hotline-rules';
import { ErrorAlert } from '../../../components/error-alert';
import { useCategoryPath } from '../../../components/hotline/category-select';
import { UnitName } from '../../../components/hotline/unit-name';
import { PageHeader } from '../../../components/page-header';
import { actionsColumn, CreateButton, RowAction } from '../../../components/row-actions';
import { EnabledTag, StatusTag } from '../../../components/status-tag';
import { divisionCodeOfPrefix } from '../../../lib/division-prefix';
import { RoutingRuleModal } from './routing-rule-modal';

function DivisionOfPrefix({ prefix }: { prefix: string }) {
  const code = divisionCodeOfPrefix(prefix);
  const found = useDivisionSearch(code);
  return (
    <span>
      {found.data?.find((d) => d.code === code)?.name ?? ''} <span className="mono muted">{prefix}</span>
    </span>
  );
}

/** 权责清单: which unit handles which category where; the most specific active rule wins, then priority. */
export function RoutingRulesPage() {
  const { t } = useTranslation();
  const rules = useRoutingRules();
  const categoryPath = useCategoryPath();
  const [editing, setEditing] = useState<RoutingRuleView | 'new' | null>(null);
  const [q, setQ] = useState('');
  const f = (k: string) => t(`hotlineDesk.rules.${k}`);

  // the whole list is small (one line per category × area); filter it here as the user types
  const shown = useMemo(() => {
    const needle = q.trim();
    const all = [...(rules.data ?? [])].sort((a, b) => a.categoryPrefix.localeCompare(b.categoryPrefix) || b.priority - a.priority);
    if (!needle) return all;
    return all.filter(
      (r) =>
        r.categoryPrefix.includes(needle) ||
        (categoryPath(r.categoryPrefix) ?? '').includes(needle) ||
        (r.divisionPrefix ?? '').startsWith(needle) ||
        r.keywords.some((k) => k.includes(needle)) ||
        (r.note ?? '').includes(needle),
    );
  }, [rules.data, q, categoryPath]);

  const columns: TableColumnsType<RoutingRuleView> = [
    {
      key: 'category',
      title: f('category'),
      dataIndex: 'categoryPrefix',
      render: (v: string) => (v ? categoryPath(v) : <span className="muted">{f('allCategories')}</span>),
    },
    {
      key: 'division',
      title: f('division'),
      dataIndex: 'divisionPrefix',
      render: (v: string | null) => (v ? <DivisionOfPrefix prefix={v} /> : <span className="muted">{f('allDivisions')}</span>),
    },
    {
      key: 'keywords',
      title: f('keywords'),
      dataIndex: 'keywords',
      render: (ks: string[]) => (
        <Flex gap={4} wrap>
          {ks.map((k) => (
            <StatusTag key={k} tone="neutral">
              {k}
            </StatusTag>
          ))}
        </Flex>
      ),
    },
    { key: 'unit', title: f('unit'), dataIndex: 'unitId', render: (v: string) => <UnitName id={v} /> },
    { key: 'priority', title: f('priority'), dataIndex: 'priority' },
    { key: 'active', title: t('common.status'), dataIndex: 'active', render: (v: boolean) => <EnabledTag enabled={v} /> },
    { key: 'note', title: f('note'), dataIndex: 'note', render: (v: string | null) => v ?? t('common.empty') },
    ...actionsColumn<RoutingRuleView>(true, t('common.actions'), (r) => (
      <RowAction
        icon={<EditOutlined aria-hidden />}
        label={t('common.edit')}
        target={`${categoryPath(r.categoryPrefix) ?? f('allCategories')} ${r.divisionPrefix ?? ''}`.trim()}
        onClick={() => setEditing(r)}
      />
    )),
  ];

  return (
    <>
      <PageHeader title={t('hotlineDesk.nav.rules')} extra={<CreateButton label={f('create')} onClick={() => setEditing('new')} />} />
      <Card className="section">
        <Typography.Paragraph className="muted">{f('intro')}</Typography.Paragraph>
        <Flex gap={12} wrap className="block-gap" role="search">
          <Input.Search
            aria-label={f('search')}
            placeholder={f('searchPlaceholder')}
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            className="filter-wide"
          />
        </Flex>
        <ErrorAlert error={rules.error} className="block-gap" />
        <Table<RoutingRuleView>
          rowKey="id"
          columns={columns}
          dataSource={shown}
          loading={rules.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
        />
      </Card>
      <RoutingRuleModal rule={editing === 'new' ? null : editing} open={editing !== null} onClose={() => setEditing(null)} />
    </>
  );
}
