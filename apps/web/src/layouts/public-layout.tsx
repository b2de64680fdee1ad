import type { ReactNode } from 'react';
import { Layout } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../components/language-toggle';

/** Frame for pages reachable without a session: login and registration. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Layout className="shell">
      <Layout.Header className="shell-header">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <LanguageToggle ghost />
      </Layout.Header>
      <Layout.Content className="public-content">{children}</Layout.Content>
      <Layout.Footer className="shell-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
