import { Suspense, type ReactNode } from 'react';
import { Layout } from 'antd';
import { Link, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../components/page-state';

/** Top bar of every shell: the brand linking to the shell's home, then the shell's actions. */
export function ShellHeader({ home, children }: { home: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Layout.Header className="shell-header">
      <Link to={home} className="brand">
        {t('app.name')}
      </Link>
      {children}
    </Layout.Header>
  );
}

export function ShellFooter() {
  const { t } = useTranslation();
  return <Layout.Footer className="shell-footer">{t('app.footer')}</Layout.Footer>;
}

/** The routed page in <main>, with a spinner while its lazily loaded chunk arrives. */
export function ShellContent({ className }: { className: string }) {
  return (
    <Layout.Content className={className}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </Layout.Content>
  );
}
