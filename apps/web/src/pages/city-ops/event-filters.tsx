import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { EVENT_STATUS_FILTERS, HOTLINE_CHANNELS, type EventMapQuery } from '@yiwang/contracts';
import { useCategories, useEventCounters } from '../../api/intake';

interface Props {
  value: EventMapQuery;
  onChange: (q: EventMapQuery) => void;
}

/** Status, category, channel and source filters of the event map; sources come from the live counters. */
export function EventFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const categories = useCategories();
  const counters = useEventCounters();
  const set = (patch: Partial<EventMapQuery>) => {
    const next = { ...value, ...patch };
    for (const k of Object.keys(next) as Array<keyof EventMapQuery>) if (next[k] === undefined) delete next[k];
    onChange(next);
  };
  const all = { value: '', label: t('intake.map.all') };
  const orEmpty = (v: string) => (v === '' ? undefined : v);
  return (
    <Flex gap={12} wrap role="search" aria-label={t('intake.map.filters')} className="block-gap">
      <Select
        aria-label={t('intake.map.status')}
        prefix={`${t('intake.map.status')}：`}
        style={{ minWidth: 150 }}
        value={value.status ?? 'open'}
        onChange={(status) => set({ status })}
        options={EVENT_STATUS_FILTERS.map((s) => ({ value: s, label: t(`intake.statusFilter.${s}`) }))}
      />
      <Select
        aria-label={t('intake.map.category')}
        prefix={`${t('intake.map.category')}：`}
        className="filter-wide"
        showSearch
        optionFilterProp="label"
        value={value.categoryCode ?? ''}
        onChange={(v: string) => set({ categoryCode: orEmpty(v) })}
        options={[all, ...(categories.data ?? []).map((c) => ({ value: c.code, label: c.parentCode ? `— ${c.name}` : c.name }))]}
      />
      <Select
        aria-label={t('intake.map.channel')}
        prefix={`${t('intake.map.channel')}：`}
        style={{ minWidth: 150 }}
        value={value.channel ?? ''}
        onChange={(v: string) => set({ channel: orEmpty(v) as EventMapQuery['channel'] })}
        options={[all, ...HOTLINE_CHANNELS.map((c) => ({ value: c, label: t(`hotlineDesk.channel.${c}`) }))]}
      />
      <Select
        aria-label={t('intake.map.source')}
        prefix={`${t('intake.map.source')}：`}
        className="filter-wide"
        value={value.sourceId ?? ''}
        onChange={(v: string) => set({ sourceId: orEmpty(v) })}
        options={[all, ...(counters.data?.bySource ?? []).map((s) => ({ value: s.sourceId, label: s.name }))]}
      />
    </Flex>
  );
}
