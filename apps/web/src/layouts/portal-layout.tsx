import { Layout, Menu } from 'antd';
import { HomeOutlined, IdcardOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { HeaderActions } from './header-actions';
import { ShellContent, ShellFooter, ShellHeader } from './shell-parts';

/** Citizen / enterprise shell: a top navigation bar and the page in <main>. */
export function PortalLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const selected = pathname.startsWith('/portal/profile') ? '/portal/profile' : '/portal';
  const items = [
    { key: '/portal', icon: <HomeOutlined aria-hidden />, label: <Link to="/portal">{t('nav.portalHome')}</Link> },
    { key: '/portal/profile', icon: <IdcardOutlined aria-hidden />, label: <Link to="/portal/profile">{t('nav.profile')}</Link> },
  ];

  return (
    <Layout className="shell">
      <ShellHeader home="/portal">
        <HeaderActions />
      </ShellHeader>
      <nav aria-label={t('nav.main')} className="portal-nav">
        <Menu mode="horizontal" items={items} selectedKeys={[selected]} />
      </nav>
      <ShellContent className="shell-content portal-content" />
      <ShellFooter />
    </Layout>
  );
}
