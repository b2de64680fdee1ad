import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import type { Permission } from '@yiwang/contracts';
import { RequireAuth, RequirePermission } from './auth/require-auth';
import { RootRedirect } from './auth/root-redirect';
import { PageLoading } from './components/page-state';
import { PortalLayout } from './layouts/portal-layout';
import { WorkbenchLayout } from './layouts/workbench-layout';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';

/** One chunk per page: `lazyPage(() => import(...), 'ExportName')`. */
function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const RegisterCitizenPage = lazyPage(() => import('./pages/register-citizen-page'), 'RegisterCitizenPage');
const RegisterEnterprisePage = lazyPage(() => import('./pages/register-enterprise-page'), 'RegisterEnterprisePage');
const WorkbenchHomePage = lazyPage(() => import('./pages/workbench/home-page'), 'WorkbenchHomePage');
const DivisionsPage = lazyPage(() => import('./pages/workbench/divisions-page'), 'DivisionsPage');
const DepartmentsPage = lazyPage(() => import('./pages/workbench/departments-page'), 'DepartmentsPage');
const UsersPage = lazyPage(() => import('./pages/workbench/users-page'), 'UsersPage');
const CalendarPage = lazyPage(() => import('./pages/workbench/calendar-page'), 'CalendarPage');
const AuditPage = lazyPage(() => import('./pages/workbench/audit-page'), 'AuditPage');
const IntakeSourcesPage = lazyPage(() => import('./pages/city-ops/intake-sources-page'), 'IntakeSourcesPage');
const EventMapPage = lazyPage(() => import('./pages/city-ops/event-map-page'), 'EventMapPage');
const CommandViewPage = lazyPage(() => import('./pages/city-ops/command-view-page'), 'CommandViewPage');
const CatalogPage = lazyPage(() => import('./pages/services/catalog-page'), 'CatalogPage');
const GuidePage = lazyPage(() => import('./pages/services/guide-page'), 'GuidePage');
const ServiceItemsPage = lazyPage(() => import('./pages/workbench/services/items-page'), 'ServiceItemsPage');
const ServiceItemEditorPage = lazyPage(() => import('./pages/workbench/services/item-editor-page'), 'ServiceItemEditorPage');
const ServiceQualityPage = lazyPage(() => import('./pages/workbench/services/quality-page'), 'ServiceQualityPage');
const AnalyticsDashboardPage = lazyPage(() => import('./pages/workbench/analytics/analytics-dashboard-page'), 'AnalyticsDashboardPage');
const WeeklyReportPage = lazyPage(() => import('./pages/workbench/analytics/weekly-report-page'), 'WeeklyReportPage');
const CallPage = lazyPage(() => import('./pages/workbench/hotline/call-page'), 'CallPage');
const OrderListPage = lazyPage(() => import('./pages/workbench/hotline/orders-page'), 'OrderListPage');
const InboxPage = lazyPage(() => import('./pages/workbench/hotline/orders-page'), 'InboxPage');
const OrderPage = lazyPage(() => import('./pages/workbench/hotline/order-page'), 'OrderPage');
const TriagePage = lazyPage(() => import('./pages/workbench/hotline/triage-page'), 'TriagePage');
const RoutingRulesPage = lazyPage(() => import('./pages/workbench/hotline/routing-rules-page'), 'RoutingRulesPage');
const CategoriesPage = lazyPage(() => import('./pages/workbench/hotline/categories-page'), 'CategoriesPage');
const ClassifierPage = lazyPage(() => import('./pages/workbench/hotline/classifier-page'), 'ClassifierPage');
const UnitCardsPage = lazyPage(() => import('./pages/workbench/hotline/unit-cards-page'), 'UnitCardsPage');
const PortalHomePage = lazyPage(() => import('./pages/portal/portal-home-page'), 'PortalHomePage');
const ProfilePage = lazyPage(() => import('./pages/portal/profile-page'), 'ProfilePage');
const KnowledgeSearchPage = lazyPage(() => import('./pages/workbench/knowledge-search-page'), 'KnowledgeSearchPage');
const KnowledgeAdminPage = lazyPage(() => import('./pages/workbench/knowledge-admin-page'), 'KnowledgeAdminPage');
const ReportPage = lazyPage(() => import('./pages/portal/report-page'), 'ReportPage');
const MyOrdersPage = lazyPage(() => import('./pages/portal/my-orders-page'), 'MyOrdersPage');
const MyOrderPage = lazyPage(() => import('./pages/portal/my-order-page'), 'MyOrderPage');

const standalone = (page: ReactNode) => <Suspense fallback={<PageLoading fullPage />}>{page}</Suspense>;
const guarded = (permission: Permission, page: ReactNode) => <RequirePermission permission={permission}>{page}</RequirePermission>;

export const router = createBrowserRouter([
  { path: '/', element: <RootRedirect /> },
  { path: '/login', element: <LoginPage /> },
  { path: '/register/citizen', element: standalone(<RegisterCitizenPage />) },
  { path: '/register/enterprise', element: standalone(<RegisterEnterprisePage />) },
  // 办事指南 are public: citizens read them before (or without) signing in
  { path: '/services', element: standalone(<CatalogPage />) },
  { path: '/guide/:id', element: standalone(<GuidePage />) },
  {
    path: '/workbench',
    element: (
      <RequireAuth kinds={['staff']}>
        <WorkbenchLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <WorkbenchHomePage /> },
      { path: 'divisions', element: guarded('identity.division.read', <DivisionsPage />) },
      { path: 'departments', element: guarded('identity.department.read', <DepartmentsPage />) },
      { path: 'users', element: guarded('identity.user.read', <UsersPage />) },
      { path: 'calendar', element: guarded('system.calendar.read', <CalendarPage />) },
      { path: 'audit', element: guarded('system.audit.read', <AuditPage />) },
      { path: 'knowledge', element: guarded('hotline.knowledge.read', <KnowledgeSearchPage />) },
      { path: 'knowledge-admin', element: guarded('hotline.knowledge.write', <KnowledgeAdminPage />) },
      { path: 'city-ops/sources', element: guarded('hotline.sources.manage', <IntakeSourcesPage />) },
      { path: 'city-ops/map', element: guarded('hotline.order.read', <EventMapPage />) },
      { path: 'city-ops/command', element: guarded('hotline.order.read', <CommandViewPage />) },
      { path: 'services/items', element: guarded('services.catalog.read', <ServiceItemsPage />) },
      { path: 'services/items/:id', element: guarded('services.catalog.read', <ServiceItemEditorPage />) },
      { path: 'services/quality', element: guarded('services.catalog.read', <ServiceQualityPage />) },
      { path: 'analytics', element: guarded('hotline.analytics.read', <AnalyticsDashboardPage />) },
      { path: 'analytics/weekly', element: guarded('hotline.analytics.read', <WeeklyReportPage />) },
      { path: 'hotline/call', element: guarded('hotline.order.create', <CallPage />) },
      { path: 'hotline/orders', element: guarded('hotline.order.read', <OrderListPage />) },
      { path: 'hotline/inbox', element: guarded('hotline.order.act', <InboxPage />) },
      { path: 'hotline/orders/:id', element: guarded('hotline.order.read', <OrderPage />) },
      { path: 'hotline/triage', element: guarded('hotline.order.create', <TriagePage />) },
      { path: 'hotline/rules', element: guarded('hotline.rules.manage', <RoutingRulesPage />) },
      { path: 'hotline/categories', element: guarded('hotline.rules.manage', <CategoriesPage />) },
      { path: 'hotline/classifier', element: guarded('hotline.classifier.manage', <ClassifierPage />) },
      { path: 'hotline/unit-cards', element: guarded('hotline.order.read', <UnitCardsPage />) },
    ],
  },
  {
    path: '/portal',
    element: (
      <RequireAuth kinds={['citizen', 'enterprise']}>
        <PortalLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <PortalHomePage /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: 'report', element: guarded('portal.use', <ReportPage />) },
      { path: 'orders', element: guarded('portal.use', <MyOrdersPage />) },
      { path: 'orders/:id', element: guarded('portal.use', <MyOrderPage />) },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
