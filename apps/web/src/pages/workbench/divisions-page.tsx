import { useCallback, useMemo, useState } from 'react';
import { Button, Card, Col, Empty, Input, List, Row, Spin, Tree, type TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Division } from '@yiwang/contracts';
import { divisionKeys, fetchDivisionChildren, useDivisionSearch, useRootDivisions } from '../../api/divisions';
import { queryClient } from '../../api/query-client';
import { useCan } from '../../auth/use-permission';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { DivisionDetail } from './division-detail';

const byCode = (a: Division, b: Division) => a.code.localeCompare(b.code);

export function DivisionsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const roots = useRootDivisions();
  const [known, setKnown] = useState<ReadonlyMap<string, Division>>(new Map());
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<string[]>([]);
  const [selected, setSelected] = useState<Division | null>(null);
  const [q, setQ] = useState('');
  const search = useDivisionSearch(q);

  const remember = useCallback((list: Division[], replaceChildrenOf?: string) => {
    setKnown((prev) => {
      const next = new Map(prev);
      if (replaceChildrenOf) for (const d of prev.values()) if (d.parentCode === replaceChildrenOf) next.delete(d.code);
      for (const d of list) next.set(d.code, d);
      return next;
    });
  }, []);

  const loadChildren = useCallback(
    async (code: string) => {
      const list = await fetchDivisionChildren(code);
      remember(list, code);
      setLoaded((prev) => new Set(prev).add(code));
      return list;
    },
    [remember],
  );

  /** After a change: refetch one level so renamed, added or removed divisions show up. */
  const reloadLevel = useCallback(
    async (parentCode: string | null) => {
      await queryClient.invalidateQueries({ queryKey: divisionKeys.all });
      return parentCode ? loadChildren(parentCode) : fetchDivisionChildren(null);
    },
    [loadChildren],
  );

  const lookup = (code: string) => known.get(code) ?? roots.data?.find((d) => d.code === code);

  const treeData = useMemo<TreeDataNode[]>(() => {
    const children = new Map<string, Division[]>();
    for (const d of known.values()) {
      if (!d.parentCode) continue;
      const list = children.get(d.parentCode) ?? [];
      list.push(d);
      children.set(d.parentCode, list);
    }
    const toNode = (d: Division): TreeDataNode => ({
      key: d.code,
      title: d.name,
      isLeaf: !d.hasChildren,
      children: loaded.has(d.code) ? (children.get(d.code) ?? []).sort(byCode).map(toNode) : undefined,
    });
    return [...(roots.data ?? [])].sort(byCode).map((r) => toNode(known.get(r.code) ?? r));
  }, [known, loaded, roots.data]);

  const select = (d: Division) => {
    remember([d]);
    setSelected(d);
  };

  const onCreated = async (parent: Division) => {
    remember([{ ...parent, hasChildren: true }]);
    setExpanded((prev) => (prev.includes(parent.code) ? prev : [...prev, parent.code]));
    await queryClient.invalidateQueries({ queryKey: divisionKeys.all });
    await loadChildren(parent.code);
  };

  return (
    <>
      <PageHeader title={t('division.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card className="section">
            <Input.Search
              aria-label={t('division.search')}
              placeholder={t('division.searchPlaceholder')}
              allowClear
              onSearch={(v) => setQ(v.trim())}
              onChange={(e) => e.target.value === '' && setQ('')}
              enterButton={t('common.search')}
              className="block-gap"
            />
            {q ? (
              <section aria-label={t('division.searchResults')}>
                <ErrorAlert error={search.error} />
                <List<Division>
                  loading={search.isFetching}
                  dataSource={search.data ?? []}
                  locale={{ emptyText: <Empty description={t('division.noResults')} /> }}
                  renderItem={(d) => (
                    <List.Item>
                      <Button type="link" onClick={() => select(d)} aria-current={selected?.code === d.code ? 'true' : undefined}>
                        {d.name}
                      </Button>
                      <span className="mono">{d.code}</span>
                    </List.Item>
                  )}
                />
              </section>
            ) : (
              <section aria-label={t('division.tree')}>
                <ErrorAlert error={roots.error} />
                {roots.isLoading ? (
                  <Spin />
                ) : (
                  <Tree
                    treeData={treeData}
                    loadData={async (node) => void (await loadChildren(String(node.key)))}
                    loadedKeys={[...loaded]}
                    expandedKeys={expanded}
                    onExpand={(keys) => setExpanded(keys.map(String))}
                    selectedKeys={selected ? [selected.code] : []}
                    onSelect={(keys) => {
                      const d = keys[0] === undefined ? undefined : lookup(String(keys[0]));
                      if (d) setSelected(d);
                    }}
                    showLine
                    blockNode
                  />
                )}
              </section>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <DivisionDetail
            division={selected}
            canWrite={can('identity.division.write')}
            onUpdated={(d, before) => {
              setSelected(d);
              remember([d]);
              void reloadLevel(before.parentCode);
            }}
            onCreated={(parent) => void onCreated(parent)}
            onDeleted={(d) => {
              setSelected(null);
              void reloadLevel(d.parentCode);
            }}
            onStale={(d) => void reloadLevel(d.parentCode).then((fresh) => setSelected(fresh.find((x) => x.code === d.code) ?? null))}
          />
        </Col>
      </Row>
    </>
  );
}
