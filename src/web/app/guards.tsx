// Route guards: signed-in users only, platform admins only, and the start page that sends everyone to the right place.
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { PageError, PageLoader, usePageTitle } from '../shared/page-states.js';
import { useSession, useSetupStatus } from './session.js';

/** Where to go after signing in: only a local path, never another site. */
export function safeReturnPath(value: string | null): string {
  if (value && value.startsWith('/') && !value.startsWith('//')) return value;
  return '/';
}

export function RequireUser() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <main id="main">
        <PageLoader />
      </main>
    );
  }
  if (session.isError) {
    return (
      <main id="main">
        <PageError error={session.error} onRetry={() => void session.refetch()} />
      </main>
    );
  }
  if (!session.data.user) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/inloggen?terug=${encodeURIComponent(back)}`} replace />;
  }
  return <Outlet />;
}

export function RequireAdmin() {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.data?.platformAdmin) {
    return (
      <Alert color="red" variant="light" title={t('app.forbiddenTitle')} role="alert">
        {t('app.forbiddenText')}
      </Alert>
    );
  }
  return <Outlet />;
}

export function HomeRedirect() {
  const { t } = useTranslation();
  const setup = useSetupStatus();
  const session = useSession();
  usePageTitle(t('app.name'));

  if (setup.isPending || session.isPending) return <PageLoader />;
  if (setup.isError) return <PageError error={setup.error} onRetry={() => void setup.refetch()} />;
  if (setup.data.needsSetup) return <Navigate to="/setup" replace />;
  if (session.isError) return <PageError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.user) return <Navigate to="/inloggen" replace />;
  const first = session.data.networks[0];
  if (first) return <Navigate to={`/n/${first.id}`} replace />;
  if (session.data.platformAdmin) return <Navigate to="/beheer/netwerken" replace />;
  return (
    <Stack>
      <Title order={1}>{t('app.noNetworksTitle')}</Title>
      <Text>{t('app.noNetworksText')}</Text>
      <div>
        <Button component={Link} to="/uitloggen" variant="outline">
          {t('app.logout')}
        </Button>
      </div>
    </Stack>
  );
}
