import { useState } from 'react';
import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '@yiwang/contracts';
import { useOrders } from '../../../api/hotline-orders';
import { useMe } from '../../../api/session';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { usePagedSearch } from '../../../components/use-paged-search';
import { OrderFilterBar, type FilterValues } from './order-filters';
import { OrderListView } from './order-list-view';

interface InboxTab {
  key: string;
  filters: FilterValues;
}

/** What waits for whom: the unit signs and answers, the hotline reviews and calls back, the supervisor chases. */
function inboxTabs(me: Me | null | undefined): InboxTab[] {
  const roles: readonly string[] = me?.roles ?? [];
  const tabs: InboxTab[] = [];
  if (roles.includes('handling_unit'))
    tabs.push(
      { key: 'toSign', filters: { state: 'dispatched' } },
      { key: 'inProgress', filters: { state: 'in_progress' } },
      { key: 'returned', filters: { state: 'returned' } },
    );
  if (roles.includes('hotline_agent'))
    tabs.push(
      { key: 'toReview', filters: { state: 'replied' } },
      { key: 'toCallBack', filters: { state: 'reviewed' } },
      { key: 'returnRequests', filters: { state: 'returned' } },
      { key: 'reopened', filters: { state: 'reopened' } },
    );
  if (roles.includes('supervisor'))
    tabs.push({ key: 'overdue', filters: { overdue: true } }, { key: 'suspended', filters: { state: 'suspended' } });
  const seen = new Set<string>();
  return [...tabs.filter((tab) => (seen.has(tab.key) ? false : seen.add(tab.key))), { key: 'all', filters: {} }];
}

/** An inbox refreshes itself: new orders arrive while the unit works. */
const INBOX_REFRESH_MS = 60_000;

/** 工单列表 (mode list) and the 承办单位 inbox (mode inbox: tabs of what waits for the signed-in role). */
export function OrdersPage({ mode }: { mode: 'list' | 'inbox' }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const tabs = inboxTabs(me);
  const [tab, setTab] = useState(tabs[0]?.key ?? 'all');
  const [filters, setFilters] = useState<FilterValues>({});
  const { query, onFilter, searchProps, tableProps } = usePagedSearch();
  const preset = mode === 'inbox' ? (tabs.find((x) => x.key === tab)?.filters ?? {}) : {};
  const list = useOrders({ ...filters, ...preset, ...query }, mode === 'inbox' ? { refetchInterval: INBOX_REFRESH_MS } : {});
  const change = onFilter((patch: Partial<FilterValues>) => setFilters((prev) => ({ ...prev, ...patch })));
  const { dataSource, loading, pagination } = tableProps(list);

  return (
    <>
      <PageHeader title={t(mode === 'inbox' ? 'hotlineDesk.nav.inbox' : 'hotlineDesk.nav.orders')} />
      <Card className="section">
        {mode === 'inbox' ? (
          <Tabs
            activeKey={tab}
            onChange={onFilter(setTab)}
            items={tabs.map((x) => ({ key: x.key, label: t(`hotlineDesk.inbox.${x.key}`) }))}
          />
        ) : null}
        <OrderFilterBar value={filters} onChange={change} search={searchProps} hideState={mode === 'inbox' && tab !== 'all'} />
        <ErrorAlert error={list.error} className="block-gap" />
        <OrderListView dataSource={dataSource} loading={loading} pagination={pagination} />
      </Card>
    </>
  );
}

export const OrderListPage = () => <OrdersPage mode="list" />;
export const InboxPage = () => <OrdersPage mode="inbox" />;
