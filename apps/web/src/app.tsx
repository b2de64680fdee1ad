import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { queryClient } from './api/query-client';
import { currentLang } from './i18n';
import { router } from './router';
import { theme } from './theme';

/** Providers: data cache, antd locale + theme (switching with the UI language), router. */
export function App() {
  const { i18n } = useTranslation();
  const en = currentLang(i18n.language) === 'en';
  return (
    <QueryClientProvider client={queryClient}>
      {/* autoInsertSpace off: antd would render "登 录", breaking the accessible name "登录". */}
      <ConfigProvider locale={en ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
