import { useCallback, useMemo, type CSSProperties } from 'react';
import { TreeSelect } from 'antd';
import { useCategories } from '../../api/hotline-orders';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  className?: string;
  'aria-label'?: string;
}

/** The category tree (DB44/T 2479 shape): search by name or code, pick a leaf or a whole branch. */
export function CategorySelect({ value, onChange, ...rest }: Props) {
  const list = useCategories();
  const treeData = useMemo(
    () =>
      (list.data ?? []).filter((c) => c.active).map((c) => ({ id: c.code, pId: c.parentCode, value: c.code, title: c.name, code: c.code })),
    [list.data],
  );
  return (
    <TreeSelect<string>
      {...rest}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={treeData}
      treeDataSimpleMode
      loading={list.isLoading}
      showSearch={{
        filterTreeNode: (input, node) =>
          String(node.title ?? '').includes(input.trim()) || String(node.value ?? '').startsWith(input.trim()),
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 260 } } }}
    />
  );
}

/** code → "城乡建设 / 占道经营", for tables and headers. */
export function useCategoryPath(): (code: string | null | undefined) => string | null {
  const list = useCategories();
  const byCode = useMemo(() => new Map((list.data ?? []).map((c) => [c.code, c])), [list.data]);
  return useCallback(
    (code) => {
      if (!code) return null;
      const names: string[] = [];
      for (let c = byCode.get(code); c; c = c.parentCode ? byCode.get(c.parentCode) : undefined) names.unshift(c.name);
      return names.length ? names.join(' / ') : code;
    },
    [byCode],
  );
}
