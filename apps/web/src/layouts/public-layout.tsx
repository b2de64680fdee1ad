import type { ReactNode } from 'react';
import { Layout } from 'antd';
import { LanguageToggle } from '../components/language-toggle';
import { ShellFooter, ShellHeader } from './shell-parts';

/** Frame for pages reachable without a session: login and registration. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Layout className="shell">
      <ShellHeader home="/">
        <LanguageToggle ghost />
      </ShellHeader>
      <Layout.Content className="public-content">{children}</Layout.Content>
      <ShellFooter />
    </Layout>
  );
}
