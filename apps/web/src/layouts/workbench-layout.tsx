import { useEffect, useState } from 'react';
import { Button, Flex, Grid, Layout, Menu, type MenuProps } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
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
  // on a phone (units work from the street) the menu folds away behind a header button
  const narrow = Grid.useBreakpoint().lg === false;
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const items = groups.flatMap<MenuItem>((g) => {
    const entries: MenuItem[] = g.entries.map((e) => ({ key: e.path, icon: e.icon, label: <Link to={e.path}>{t(e.labelKey)}</Link> }));
    return g.labelKey ? [{ type: 'group', key: g.key, label: t(g.labelKey), children: entries }] : entries;
  });

  return (
    <Layout className="shell">
      <ShellHeader home="/workbench">
        <Flex align="center" gap={8} wrap>
          {narrow ? (
            <Button
              ghost
              icon={<MenuOutlined aria-hidden />}
              aria-expanded={menuOpen}
              aria-controls="workbench-menu"
              onClick={() => setMenuOpen((open) => !open)}
            >
              {t('hotlineDesk.shell.menu')}
            </Button>
          ) : null}
          <HeaderActions />
        </Flex>
      </ShellHeader>
      <Layout hasSider>
        <Layout.Sider width={224} collapsedWidth={0} collapsed={narrow && !menuOpen} trigger={null} theme="light" className="shell-sider">
          <nav aria-label={t('nav.main')} id="workbench-menu">
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
