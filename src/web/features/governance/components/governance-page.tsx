// The organisation in use: gap signals and people in roles, the task board, and bodies with meetings and decisions.
import { Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../shared/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { Admissions } from './admissions.js';
import { BodiesAndDecisions } from './bodies-decisions.js';
import { GapSignalsPanel } from './gap-signals-panel.js';
import { RoleAssignments } from './role-assignments.js';
import { SharedDecisions } from './shared-decisions.js';
import { TaskBoard } from './task-board.js';

const tabs = ['rollen', 'taken', 'organen', 'toelating'] as const;
type Tab = (typeof tabs)[number];

export function GovernancePage() {
  const { t } = useTranslation();
  usePageTitle(t('governance.title'));
  const { networkId = '' } = useParams();
  const session = useSession();
  const canManage = hasPermission(session.data, networkId, 'governance.manage');
  const canRead = hasPermission(session.data, networkId, 'governance.read');
  const readsShared = hasPermission(session.data, networkId, 'decisions.read_shared');
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('tab');
  const tab: Tab = tabs.includes(raw as Tab) ? (raw as Tab) : 'rollen';

  // A funder reads only the decisions shared with it.
  if (session.data && !canRead && readsShared)
    return (
      <Stack gap="lg" maw={1200}>
        <Title order={1}>{t('governance.title')}</Title>
        <SharedDecisions networkId={networkId} />
      </Stack>
    );

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1}>{t('governance.title')}</Title>
        <Text>{t('governance.intro')}</Text>
        <Group gap="md">
          <Anchor component={Link} to={`/n/${networkId}/inrichting`}>
            {t('governance.backToDesign')}
          </Anchor>
          <Text fw={600}>{t('governance.title')}</Text>
        </Group>
      </Stack>
      <Tabs
        value={tab}
        onChange={(v) => setSearchParams({ tab: v ?? 'rollen' }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="rollen">{t('governance.tabs.roles')}</Tabs.Tab>
          <Tabs.Tab value="taken">{t('governance.tabs.tasks')}</Tabs.Tab>
          <Tabs.Tab value="organen">{t('governance.tabs.bodies')}</Tabs.Tab>
          <Tabs.Tab value="toelating">{t('governance.tabs.admissions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rollen" pt="md">
          <Stack gap="xl">
            <GapSignalsPanel networkId={networkId} />
            <RoleAssignments networkId={networkId} canManage={canManage} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="taken" pt="md">
          <TaskBoard networkId={networkId} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="organen" pt="md">
          <BodiesAndDecisions networkId={networkId} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="toelating" pt="md">
          <Admissions networkId={networkId} canManage={canManage} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
