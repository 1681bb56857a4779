// Entry point of the web app.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './app/i18n/i18n.js';
import { AppProviders } from './app/providers.js';
import { AppRoutes } from './app/routes.js';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

void i18nReady.then(() => {
  createRoot(container).render(
    <StrictMode>
      <AppProviders>
        <AppRoutes />
      </AppProviders>
    </StrictMode>,
  );
});
