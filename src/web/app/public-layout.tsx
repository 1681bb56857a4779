// Layout for the screens without a signed-in user: setup, login, password and invitation pages.
import { Anchor, Box, Container, Group } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from './language-switch.js';
import { PageLoader } from '../shared/page-states.js';
import { RouteErrorBoundary } from './route-error-boundary.js';

export function PublicLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Box component="header" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" maw={960} mx="auto">
          <Anchor href="/" underline="never" c="blue.9" fw={700} size="lg">
            {t('app.name')}
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main" size={560} py="xl" px="md" tabIndex={-1}>
        <RouteErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </Container>
    </>
  );
}
