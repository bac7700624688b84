import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter } from 'react-router-dom';
import { ApiError } from './request';
import { PrefsProvider, usePrefs } from './prefs';
import { AppRoutes } from './router';
import { SessionProvider } from './session';
import { themeFor } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (validation, permission, not found) will not change by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

function Themed() {
  const { lang, largeText } = usePrefs();
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={themeFor(largeText)}>
      <AntApp>
        <BrowserRouter>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <PrefsProvider>
        <Themed />
      </PrefsProvider>
    </QueryClientProvider>
  );
}
