import { Suspense } from 'react';
import { Layout, Menu, type MenuProps } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../components/page-state';
import { HeaderActions } from './header-actions';
import { activeNavPath, useWorkbenchNav } from './workbench-nav';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** Staff shell: header, permission-driven side menu, and the page in <main>. */
export function WorkbenchLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const groups = useWorkbenchNav();
  const active = activeNavPath(location.pathname, groups);

  const items = groups.flatMap<MenuItem>((g) => {
    const entries: MenuItem[] = g.entries.map((e) => ({ key: e.path, icon: e.icon, label: <Link to={e.path}>{t(e.labelKey)}</Link> }));
    return g.labelKey ? [{ type: 'group', key: g.key, label: t(g.labelKey), children: entries }] : entries;
  });

  return (
    <Layout className="shell">
      <Layout.Header className="shell-header">
        <Link to="/workbench" className="brand">
          {t('app.name')}
        </Link>
        <HeaderActions />
      </Layout.Header>
      <Layout hasSider>
        <Layout.Sider width={224} theme="light" className="shell-sider">
          <nav aria-label={t('nav.main')}>
            <Menu mode="inline" items={items} selectedKeys={active ? [active] : []} className="shell-menu" />
          </nav>
        </Layout.Sider>
        <Layout className="shell-body">
          <Layout.Content className="shell-content">
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
          <Layout.Footer className="shell-footer">{t('app.footer')}</Layout.Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
