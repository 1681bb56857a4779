// The signed-in shell: header (burger on phones, name, language, user menu), navigation with the network switcher, and main.
// The menu shows only the screens the user's actions in the chosen network allow (see navigation.ts), so no item ends on
// "Geen toegang".
import {
  AppShell,
  Avatar,
  Burger,
  Button,
  Divider,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { NetworkSwitcher } from '../features/networks/components/network-switcher.js';
import { LanguageSwitch } from './language-switch.js';
import { networkPermissions, visibleNav } from './navigation.js';
import { rememberNetwork, useRememberedNetwork } from './last-network.js';
import { PageLoader } from '../shared/page-states.js';
import { RouteErrorBoundary } from './route-error-boundary.js';
import { useSession } from './session.js';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

export function AppShellLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const params = useParams();
  const session = useSession();
  const remembered = useRememberedNetwork();
  const user = session.data?.user;
  const networks = session.data?.networks ?? [];
  const rememberedUsable =
    remembered !== null && (session.data?.platformAdmin || networks.some((network) => network.id === remembered));
  const networkId = params.networkId ?? (rememberedUsable ? remembered : networks[0]?.id);

  useEffect(() => {
    close();
  }, [location.pathname, close]);

  useEffect(() => {
    if (params.networkId) rememberNetwork(params.networkId);
  }, [params.networkId]);

  function switchNetwork(nextId: string) {
    const prefix = params.networkId ? `/n/${params.networkId}` : null;
    const rest = prefix && location.pathname.startsWith(prefix) ? location.pathname.slice(prefix.length) : '';
    void navigate(`/n/${nextId}${rest}`);
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 270, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('app.closeNavigation') : t('app.openNavigation')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Text component={Link} to="/" fw={700} size="lg" c="blue.9" style={{ textDecoration: 'none' }}>
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {user && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button
                    variant="subtle"
                    size="compact-md"
                    px={4}
                    aria-label={t('app.userMenu', { name: user.name })}
                    data-testid="user-menu"
                  >
                    <Group gap={6} wrap="nowrap">
                      <Avatar size={28} color="blue" radius="xl" aria-hidden="true">
                        {initials(user.name)}
                      </Avatar>
                      <Text size="sm" visibleFrom="sm" c="blue.9">
                        {user.name}
                      </Text>
                    </Group>
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label c="gray.7">{t('app.signedInAs', { email: user.email })}</Menu.Label>
                  <Menu.Item component={Link} to="/uitloggen">
                    {t('app.logout')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="md" component="nav" id="main-navigation" aria-label={t('app.mainNavigation')}>
        <ScrollArea type="auto" offsetScrollbars>
          <Stack gap="md">
            <NetworkSwitcher value={networkId ?? null} onChange={switchNetwork} />
            {networkId && (
              <Stack gap={2}>
                {visibleNav(networkPermissions(session.data, networkId)).map((item) => (
                  <NavLink
                    key={item.key}
                    component={Link}
                    variant="filled"
                    to={`/n/${networkId}${item.path}`}
                    label={t(`nav.${item.key}`)}
                    data-nav={item.key}
                    active={
                      params.networkId === networkId &&
                      (item.path === ''
                        ? location.pathname === `/n/${networkId}`
                        : location.pathname === `/n/${networkId}${item.path}` ||
                          location.pathname.startsWith(`/n/${networkId}${item.path}/`))
                    }
                    aria-current={location.pathname === `/n/${networkId}${item.path}` ? 'page' : undefined}
                  />
                ))}
              </Stack>
            )}
            {session.data?.platformAdmin && (
              <>
                <Divider />
                <Stack gap={2}>
                  <Text size="xs" fw={700} tt="uppercase" c="gray.7" px="sm" component="h2">
                    {t('nav.adminSection')}
                  </Text>
                  <NavLink
                    component={Link}
                    variant="filled"
                    to="/beheer/outbox"
                    label={t('nav.adminOutbox')}
                    active={location.pathname.startsWith('/beheer/outbox')}
                  />
                  <NavLink
                    component={Link}
                    variant="filled"
                    to="/beheer/netwerken"
                    label={t('nav.adminNetworks')}
                    active={location.pathname.startsWith('/beheer/netwerken')}
                  />
                  <NavLink
                    component={Link}
                    variant="filled"
                    to="/beheer/vergelijking"
                    label={t('steering.comparisonPageTitle')}
                    active={location.pathname.startsWith('/beheer/vergelijking')}
                  />
                  <NavLink
                    component={Link}
                    variant="filled"
                    to="/beheer/adviseur"
                    label={t('nav.adminAdvisorSettings')}
                    active={location.pathname.startsWith('/beheer/adviseur')}
                  />
                </Stack>
              </>
            )}
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <RouteErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
