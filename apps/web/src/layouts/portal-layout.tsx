import { Suspense } from 'react';
import { Layout, Menu } from 'antd';
import { HomeOutlined, IdcardOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../components/page-state';
import { HeaderActions } from './header-actions';

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
      <Layout.Header className="shell-header">
        <Link to="/portal" className="brand">
          {t('app.name')}
        </Link>
        <HeaderActions />
      </Layout.Header>
      <nav aria-label={t('nav.main')} className="portal-nav">
        <Menu mode="horizontal" items={items} selectedKeys={[selected]} />
      </nav>
      <Layout.Content className="shell-content portal-content">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="shell-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
