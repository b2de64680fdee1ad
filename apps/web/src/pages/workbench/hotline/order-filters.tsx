import type { ChangeEventHandler } from 'react';
import { Checkbox, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { HOTLINE_CHANNELS, HOTLINE_ORDER_TYPES, HOTLINE_STATES } from '@yiwang/contracts';
import type { OrderFilters } from '../../../api/hotline-orders';
import { CategorySelect } from '../../../components/hotline/category-select';
import { useHotlineLabels } from '../../../components/hotline/use-hotline-labels';

export type FilterValues = Omit<OrderFilters, 'q'>;

interface Props {
  value: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
  /** the text box (usePagedSearch's props), kept outside so typing is debounced there */
  search: { value: string; onChange: ChangeEventHandler<HTMLInputElement>; onSearch: (v: string) => void };
  /** the inbox's tabs already choose the state */
  hideState?: boolean;
}

/** Every filter of the order list; each change applies at once and goes back to page 1 (the caller's onChange). */
export function OrderFilterBar({ value, onChange, search, hideState = false }: Props) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const f = (k: string) => t(`hotlineDesk.filter.${k}`);
  return (
    <Flex gap={12} wrap className="block-gap" role="search" aria-label={f('label')}>
      <Input.Search aria-label={f('text')} placeholder={f('textPlaceholder')} allowClear {...search} className="filter-wide" />
      {hideState ? null : (
        <Select<string>
          aria-label={f('state')}
          placeholder={f('state')}
          allowClear
          value={value.state}
          onChange={(v) => onChange({ state: v })}
          options={HOTLINE_STATES.map((s) => ({ value: s, label: labels.state(s) }))}
          className="filter-select"
        />
      )}
      <Select<string>
        aria-label={f('type')}
        placeholder={f('type')}
        allowClear
        value={value.type}
        onChange={(v) => onChange({ type: v })}
        options={HOTLINE_ORDER_TYPES.map((s) => ({ value: s, label: labels.type(s) }))}
        className="filter-select"
      />
      <CategorySelect
        aria-label={f('category')}
        placeholder={f('category')}
        allowClear
        value={value.categoryCode}
        onChange={(v) => onChange({ categoryCode: v })}
        className="filter-select"
      />
      <Select<string>
        aria-label={f('channel')}
        placeholder={f('channel')}
        allowClear
        value={value.channel}
        onChange={(v) => onChange({ channel: v })}
        options={HOTLINE_CHANNELS.map((s) => ({ value: s, label: labels.channel(s) }))}
        className="filter-select"
      />
      <label className="date-filter">
        <span>{f('from')}</span>
        <Input type="date" value={value.createdFrom ?? ''} onChange={(e) => onChange({ createdFrom: e.target.value || undefined })} />
      </label>
      <label className="date-filter">
        <span>{f('to')}</span>
        <Input type="date" value={value.createdTo ?? ''} onChange={(e) => onChange({ createdTo: e.target.value || undefined })} />
      </label>
      <Checkbox checked={!!value.overdue} onChange={(e) => onChange({ overdue: e.target.checked || undefined })}>
        {f('overdue')}
      </Checkbox>
      <Checkbox checked={!!value.triage} onChange={(e) => onChange({ triage: e.target.checked || undefined })}>
        {f('triage')}
      </Checkbox>
    </Flex>
  );
}
