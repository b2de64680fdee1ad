import { useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import { TreeSelect } from 'antd';
import type { Division } from '@yiwang/contracts';
import { fetchDivisionChildren, fetchDivisionSearch, useRootDivisions } from '../api/divisions';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  disabled?: boolean;
  style?: CSSProperties;
  className?: string;
  'aria-label'?: string;
}

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

/**
 * Division picker that loads children on expand and asks the server when the user types,
 * so a county or town can be found without opening every level.
 */
export function DivisionTreeSelect({ value, onChange, ...rest }: Props) {
  const roots = useRootDivisions();
  const [known, setKnown] = useState<ReadonlyMap<string, Division>>(new Map());
  const [search, setSearch] = useState('');

  const merge = useCallback((list: Division[]) => {
    setKnown((prev) => {
      const next = new Map(prev);
      for (const d of list) next.set(d.code, d);
      return next;
    });
  }, []);

  useEffect(() => {
    if (roots.data) merge(roots.data);
  }, [roots.data, merge]);

  // With a single root (the city) open it straight away: its districts are what people pick.
  const lone = roots.data?.length === 1 ? roots.data[0] : undefined;
  useEffect(() => {
    if (lone?.hasChildren) fetchDivisionChildren(lone.code).then(merge, () => undefined);
  }, [lone?.code, lone?.hasChildren, merge]);

  // A preset value (e.g. the page's filter) may be deep in the tree: look its name up once.
  const valueKnown = !value || known.has(value);
  useEffect(() => {
    if (!valueKnown && value) fetchDivisionSearch(value).then(merge, () => undefined);
  }, [value, valueKnown, merge]);

  useEffect(() => {
    const q = search.trim();
    if (!q) return;
    const timer = setTimeout(() => fetchDivisionSearch(q).then(merge, () => undefined), 250);
    return () => clearTimeout(timer);
  }, [search, merge]);

  const treeData = useMemo<Node[]>(
    () =>
      [...known.values()].map((d) => ({
        id: d.code,
        pId: d.parentCode,
        value: d.code,
        title: d.name,
        isLeaf: !d.hasChildren,
      })),
    [known],
  );

  // The tree opens the ancestors of matches only when the search text changes, before the server's
  // matches have arrived; so while searching, open the ancestors of every known match ourselves.
  const q = search.trim();
  const matchAncestors = useMemo(() => {
    if (!q) return undefined;
    const keys = new Set<string>();
    for (const d of known.values()) {
      if (!d.name.includes(q) && !d.code.startsWith(q)) continue;
      for (let p = d.parentCode; p && known.has(p) && !keys.has(p); p = known.get(p)?.parentCode ?? null) keys.add(p);
    }
    return [...keys];
  }, [known, q]);
  // what the user opened or closed during this search (until the next matches arrive)
  const [toggled, setToggled] = useState<{ for: string[]; keys: string[] } | null>(null);
  const searchExpandedKeys = matchAncestors && toggled?.for === matchAncestors ? toggled.keys : matchAncestors;

  const loadData = useCallback(
    async (node: { value?: string | number | null }) => {
      if (typeof node.value !== 'string') return;
      merge(await fetchDivisionChildren(node.value));
    },
    [merge],
  );

  return (
    <TreeSelect<string>
      {...rest}
      value={value ?? undefined}
      onChange={(v) => {
        setSearch(''); // picking clears the search text without calling onSearch
        onChange?.(v ?? undefined);
      }}
      treeData={treeData}
      treeDataSimpleMode
      loadData={loadData}
      loading={roots.isLoading}
      treeDefaultExpandedKeys={lone ? [lone.code] : []}
      treeExpandedKeys={searchExpandedKeys}
      onTreeExpand={(keys) => {
        if (matchAncestors) setToggled({ for: matchAncestors, keys: keys.map(String) });
      }}
      showSearch={{
        onSearch: setSearch,
        filterTreeNode: (input, node) => {
          const q = input.trim();
          return String(node.title ?? '').includes(q) || String(node.value ?? '').startsWith(q);
        },
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 280 } } }}
    />
  );
}
