import { Layout, Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { HeaderActions } from './header-actions';
import { ShellContent, ShellFooter, ShellHeader } from './shell-parts';
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
      <ShellHeader home="/workbench">
        <HeaderActions />
      </ShellHeader>
      <Layout hasSider>
        <Layout.Sider width={224} theme="light" className="shell-sider">
          <nav aria-label={t('nav.main')}>
            <Menu mode="inline" items={items} selectedKeys={active ? [active] : []} className="shell-menu" />
          </nav>
        </Layout.Sider>
        <Layout className="shell-body">
          <ShellContent className="shell-content" />
          <ShellFooter />
        </Layout>
      </Layout>
    </Layout>
  );
}
