import { useMemo } from 'react';
import { Card, Form, Input, Segmented, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnalyticsGranularity } from '@yiwang/contracts';
import { useHotlineCategories } from '../../../api/hotline-analytics';
import { DivisionTreeSelect } from '../../../components/division-tree-select';

export interface AnalyticsFilter {
  from: string;
  to: string;
  divisionCode?: string;
  categoryPrefix?: string;
  granularity: AnalyticsGranularity;
}

/** Period, division, category and time unit; every change applies at once. */
export function AnalyticsFilters({ value, onChange }: { value: AnalyticsFilter; onChange: (f: AnalyticsFilter) => void }) {
  const { t } = useTranslation();
  const categories = useHotlineCategories();
  const tree = useMemo(
    () =>
      (categories.data ?? []).map((c) => ({ id: c.code, pId: c.parentCode, value: c.code, title: c.name, isLeaf: c.parentCode !== null })),
    [categories.data],
  );
  const set = (patch: Partial<AnalyticsFilter>) => onChange({ ...value, ...patch });
  return (
    <Card className="section">
      <Form layout="inline" role="search" aria-label={t('analytics.dashboard.filters')} className="analytics-filters">
        <Form.Item label={t('analytics.dashboard.start')} htmlFor="analytics-from">
          <Input
            id="analytics-from"
            type="date"
            value={value.from}
            max={value.to}
            onChange={(e) => e.target.value && set({ from: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('analytics.dashboard.end')} htmlFor="analytics-to">
          <Input
            id="analytics-to"
            type="date"
            value={value.to}
            min={value.from}
            onChange={(e) => e.target.value && set({ to: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('analytics.dashboard.division')} htmlFor="analytics-division">
          <DivisionTreeSelect
            id="analytics-division"
            className="filter-wide"
            allowClear
            placeholder={t('analytics.dashboard.allDivisions')}
            value={value.divisionCode ?? null}
            onChange={(code) => set({ divisionCode: code })}
          />
        </Form.Item>
        <Form.Item label={t('analytics.dashboard.category')} htmlFor="analytics-category">
          <TreeSelect<string>
            id="analytics-category"
            className="filter-wide"
            allowClear
            showSearch={{ treeNodeFilterProp: 'title' }}
            treeDataSimpleMode
            treeData={tree}
            loading={categories.isLoading}
            placeholder={t('analytics.dashboard.allCategories')}
            value={value.categoryPrefix}
            onChange={(code) => set({ categoryPrefix: code ?? undefined })}
          />
        </Form.Item>
        <Form.Item label={t('analytics.dashboard.granularity')}>
          <Segmented<AnalyticsGranularity>
            aria-label={t('analytics.dashboard.granularity')}
            value={value.granularity}
            onChange={(g) => set({ granularity: g })}
            options={(['day', 'week', 'month'] as const).map((g) => ({ value: g, label: t(`analytics.granularity.${g}`) }))}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
