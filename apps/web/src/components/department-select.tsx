import { useEffect, useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { useDepartments } from '../api/departments';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  /** limit the choice to one division's departments */
  divisionCode?: string;
  allowClear?: boolean;
  placeholder?: string;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** Department picker searching on the server (the list is already limited to the user's data scope). */
export function DepartmentSelect({ value, onChange, divisionCode, ...rest }: Props) {
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(input.trim()), 250);
    return () => clearTimeout(timer);
  }, [input]);

  const list = useDepartments({ q: q || undefined, divisionCode, page: 1, pageSize: 50 });
  const options = (list.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.name} · ${d.divisionName}` }));

  return (
    <Select<string>
      {...rest}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={options}
      loading={list.isFetching}
      showSearch={{ onSearch: setInput, filterOption: false }}
      popupMatchSelectWidth={false}
    />
  );
}
