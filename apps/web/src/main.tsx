// Only the regular weight is self-hosted: its GB 2312 subsets are half of the first load, and
// bold text is drawn from it (synthesised) rather than doubling the font download.
import '@fontsource/noto-sans-sc/400.css';
import './styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { queryClient } from './api/query';
import { App } from './app';
import { AuthProvider } from './auth/auth-context';
import { FONT_STACK } from './fonts';

dayjs.locale('zh-cn');

// A reader who asked the system for less motion gets none: dropdowns, dialogs and drawers open and
// close at once (and browser tests, which ask for it, never meet a list left half-closed).
const REDUCED_MOTION = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={zhCN}
        theme={{ token: { fontFamily: FONT_STACK, colorPrimary: '#1677ff', motion: !REDUCED_MOTION } }}
      >
        <AntApp>
          <BrowserRouter>
            <AuthProvider>
              <App />
            </AuthProvider>
          </BrowserRouter>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  </StrictMode>,
);
