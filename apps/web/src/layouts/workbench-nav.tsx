import type { ReactNode } from 'react';
import {
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  ExperimentOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FundOutlined,
  HomeOutlined,
  InboxOutlined,
  NodeIndexOutlined,
  PhoneOutlined,
  QuestionCircleOutlined,
  ReadOutlined,
  SolutionOutlined,
  TagsOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { Permission } from '@yiwang/contracts';
import { useCan } from '../auth/use-permission';

export interface NavEntry {
  path: string;
  labelKey: string;
  icon: ReactNode;
  permission?: Permission;
}

export interface NavGroup {
  key: string;
  labelKey?: string;
  entries: NavEntry[];
}

/** The workbench menu. Entries appear according to the permissions the server sent in /me. */
export const WORKBENCH_NAV: NavGroup[] = [
  { key: 'main', entries: [{ path: '/workbench', labelKey: 'nav.home', icon: <HomeOutlined aria-hidden /> }] },
  // 12345 hotline desk, unit inbox, knowledge base, rules (issue 4)
  {
    key: 'hotline',
    labelKey: 'nav.hotline',
    entries: [
      {
        path: '/workbench/hotline/call',
        labelKey: 'hotlineDesk.nav.call',
        icon: <PhoneOutlined aria-hidden />,
        permission: 'hotline.order.create',
      },
      {
        path: '/workbench/hotline/inbox',
        labelKey: 'hotlineDesk.nav.inbox',
        icon: <InboxOutlined aria-hidden />,
        permission: 'hotline.order.act',
      },
      {
        path: '/workbench/hotline/orders',
        labelKey: 'hotlineDesk.nav.orders',
        icon: <UnorderedListOutlined aria-hidden />,
        permission: 'hotline.order.read',
      },
      {
        path: '/workbench/hotline/triage',
        labelKey: 'hotlineDesk.nav.triage',
        icon: <QuestionCircleOutlined aria-hidden />,
        permission: 'hotline.order.create',
      },
      {
        path: '/workbench/hotline/unit-cards',
        labelKey: 'hotlineDesk.nav.unitCards',
        icon: <AlertOutlined aria-hidden />,
        permission: 'hotline.order.read',
      },
      {
        path: '/workbench/hotline/rules',
        labelKey: 'hotlineDesk.nav.rules',
        icon: <NodeIndexOutlined aria-hidden />,
        permission: 'hotline.rules.manage',
      },
      {
        path: '/workbench/hotline/categories',
        labelKey: 'hotlineDesk.nav.categories',
        icon: <TagsOutlined aria-hidden />,
        permission: 'hotline.rules.manage',
      },
      {
        path: '/workbench/hotline/classifier',
        labelKey: 'hotlineDesk.nav.classifier',
        icon: <ExperimentOutlined aria-hidden />,
        permission: 'hotline.classifier.manage',
      },
      {
        path: '/workbench/knowledge',
        labelKey: 'knowledge.nav.search',
        icon: <ReadOutlined aria-hidden />,
        permission: 'hotline.knowledge.read',
      },
      {
        path: '/workbench/knowledge-admin',
        labelKey: 'knowledge.nav.admin',
        icon: <FileTextOutlined aria-hidden />,
        permission: 'hotline.knowledge.write',
      },
    ],
  },
  // 一网统管: event map, command view, analytics (issue 4)
  {
    key: 'cityOps',
    labelKey: 'nav.cityOps',
    entries: [
      {
        path: '/workbench/city-ops/map',
        labelKey: 'intake.map.title',
        icon: <EnvironmentOutlined aria-hidden />,
        permission: 'hotline.order.read',
      },
      {
        path: '/workbench/city-ops/command',
        labelKey: 'intake.command.title',
        icon: <DashboardOutlined aria-hidden />,
        permission: 'hotline.order.read',
      },
      {
        path: '/workbench/city-ops/sources',
        labelKey: 'intake.sources.title',
        icon: <ApiOutlined aria-hidden />,
        permission: 'hotline.sources.manage',
      },
      {
        path: '/workbench/analytics',
        labelKey: 'analytics.nav.dashboard',
        icon: <FundOutlined aria-hidden />,
        permission: 'hotline.analytics.read',
      },
      {
        path: '/workbench/analytics/weekly',
        labelKey: 'analytics.nav.weekly',
        icon: <FileTextOutlined aria-hidden />,
        permission: 'hotline.analytics.read',
      },
    ],
  },
  // 一网通办: service catalog and guide quality (issue 3)
  {
    key: 'services',
    labelKey: 'services.nav.group',
    entries: [
      {
        path: '/workbench/services/items',
        labelKey: 'services.nav.items',
        icon: <SolutionOutlined aria-hidden />,
        permission: 'services.catalog.read',
      },
      {
        path: '/workbench/services/quality',
        labelKey: 'services.nav.quality',
        icon: <FileDoneOutlined aria-hidden />,
        permission: 'services.catalog.read',
      },
    ],
  },
  {
    key: 'org',
    labelKey: 'nav.org',
    entries: [
      {
        path: '/workbench/divisions',
        labelKey: 'nav.divisions',
        icon: <ClusterOutlined aria-hidden />,
        permission: 'identity.division.read',
      },
      {
        path: '/workbench/departments',
        labelKey: 'nav.departments',
        icon: <ApartmentOutlined aria-hidden />,
        permission: 'identity.department.read',
      },
      { path: '/workbench/users', labelKey: 'nav.users', icon: <TeamOutlined aria-hidden />, permission: 'identity.user.read' },
    ],
  },
  {
    key: 'system',
    labelKey: 'nav.system',
    entries: [
      { path: '/workbench/calendar', labelKey: 'nav.calendar', icon: <CalendarOutlined aria-hidden />, permission: 'system.calendar.read' },
      { path: '/workbench/audit', labelKey: 'nav.audit', icon: <AuditOutlined aria-hidden />, permission: 'system.audit.read' },
    ],
  },
];

export function useWorkbenchNav(): NavGroup[] {
  const can = useCan();
  return WORKBENCH_NAV.map((g) => ({ ...g, entries: g.entries.filter((e) => !e.permission || can(e.permission)) })).filter(
    (g) => g.entries.length > 0,
  );
}

/** The entry whose path is the longest prefix of the current location. */
export function activeNavPath(pathname: string, groups: NavGroup[]): string | undefined {
  let best: string | undefined;
  for (const g of groups)
    for (const e of g.entries)
      if ((pathname === e.path || pathname.startsWith(`${e.path}/`)) && (!best || e.path.length > best.length)) best = e.path;
  return best;
}
