import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadAdminConfig } from './auth/admin-config';
import { SessionProvider } from './auth/session';
import { setupI18n } from './i18n/i18n';
import { App } from './App';
import './styles.css';

setupI18n();
const root = createRoot(document.getElementById('root')!);
loadAdminConfig().then(
  (config) => root.render(
    <StrictMode>
      <SessionProvider config={config}><App /></SessionProvider>
    </StrictMode>,
  ),
  () => root.render(<main id="main"><p role="alert">No s’ha pogut carregar la configuració del back office.</p></main>),
);
