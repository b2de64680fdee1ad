import { Layout, Menu } from 'antd';
import { FileSearchOutlined, FormOutlined, HomeOutlined, IdcardOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { HeaderActions } from './header-actions';
import { ShellContent, ShellFooter, ShellHeader } from './shell-parts';

/** Citizen / enterprise shell: a top navigation bar and the page in <main>. */
export function PortalLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = [
    { key: '/portal', icon: <HomeOutlined aria-hidden />, label: <Link to="/portal">{t('nav.portalHome')}</Link> },
    { key: '/portal/report', icon: <FormOutlined aria-hidden />, label: <Link to="/portal/report">{t('knowledge.nav.report')}</Link> },
    {
      key: '/portal/orders',
      icon: <FileSearchOutlined aria-hidden />,
      label: <Link to="/portal/orders">{t('knowledge.nav.myOrders')}</Link>,
    },
    { key: '/portal/profile', icon: <IdcardOutlined aria-hidden />, label: <Link to="/portal/profile">{t('nav.profile')}</Link> },
  ];
  // the longest entry the location starts with (/portal/orders/… selects 我的诉求)
  const selected = items
    .map((i) => i.key)
    .reduce((best, key) => (pathname.startsWith(key) && key.length > best.length ? key : best), '/portal');

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
