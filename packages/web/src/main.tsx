import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './styles/app.css';
import './styles/print.css';
import { App } from './app/App.js';
import { loadAppConfig } from './config/appConfig.js';
import { initI18n } from './i18n/i18n.js';

async function start(): Promise<void> {
  const [config] = await Promise.all([loadAppConfig(), initI18n()]);
  createRoot(document.getElementById('root')!).render(<App config={config} />);
}

start().catch((error: unknown) => {
  // Before the app can draw anything (no config): say so in both languages.
  document.getElementById('root')!.textContent =
    `배움을 시작하지 못했습니다 / baeum could not start: ${error instanceof Error ? error.message : String(error)}`;
});
