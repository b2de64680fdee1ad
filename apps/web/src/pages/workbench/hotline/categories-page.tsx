import { useMemo } from 'react';
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Category } from '@yiwang/contracts';
import { useCategories } from '../../../api/hotline-orders';
import { useRoutingRules } from '../../../api/hotline-rules';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { EnabledTag } from '../../../components/status-tag';

interface Node extends Category {
  key: string;
  rules: number;
  children?: Node[];
}

/** 诉求分类: the category tree (DB44/T 2479 shape) with how many 权责清单 lines name each category. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const categories = useCategories();
  const rules = useRoutingRules();
  const f = (k: string) => t(`hotlineDesk.categories.${k}`);

  const tree = useMemo(() => {
    const ruleCount = new Map<string, number>();
    for (const r of rules.data ?? []) ruleCount.set(r.categoryPrefix, (ruleCount.get(r.categoryPrefix) ?? 0) + 1);
    const nodes = new Map<string, Node>(
      (categories.data ?? []).map((c) => [c.code, { ...c, key: c.code, rules: ruleCount.get(c.code) ?? 0 }]),
    );
    const roots: Node[] = [];
    for (const n of nodes.values()) {
      const parent = n.parentCode ? nodes.get(n.parentCode) : undefined;
      if (parent) (parent.children ??= []).push(n);
      else roots.push(n);
    }
    return roots;
  }, [categories.data, rules.data]);

  const columns: TableColumnsType<Node> = [
    { key: 'name', title: f('name'), dataIndex: 'name' },
    { key: 'code', title: f('code'), dataIndex: 'code', render: (v: string) => <span className="mono">{v}</span> },
    { key: 'rules', title: f('rules'), dataIndex: 'rules' },
    { key: 'active', title: t('common.status'), dataIndex: 'active', render: (v: boolean) => <EnabledTag enabled={v} /> },
  ];

  return (
    <>
      <PageHeader title={t('hotlineDesk.nav.categories')} />
      <Card className="section">
        <Typography.Paragraph className="muted">{f('intro')}</Typography.Paragraph>
        <ErrorAlert error={categories.error} className="block-gap" />
        <Table<Node> rowKey="code" columns={columns} dataSource={tree} loading={categories.isFetching} pagination={false} />
      </Card>
    </>
  );
}
