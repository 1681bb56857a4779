// The Inrichting page: the verkenning wizard, saved versions (compare, apply, documents) and the responsibility matrix.
import { Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../shared/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { DesignMatrix } from './design-matrix.js';
import { DesignRights } from './design-rights.js';
import { DesignVersions } from './design-versions.js';
import { DesignWizard } from './design-wizard.js';

const tabs = ['verkenning', 'versies', 'matrix', 'rechten'] as const;
type Tab = (typeof tabs)[number];

export function DesignPage() {
  const { t } = useTranslation();
  usePageTitle(t('design.title'));
  const { networkId = '' } = useParams();
  const session = useSession();
  const canManage = hasPermission(session.data, networkId, 'design.manage');
  const canRead = hasPermission(session.data, networkId, 'design.read');
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('tab');
  const tab: Tab = tabs.includes(raw as Tab) ? (raw as Tab) : 'verkenning';
  const setTab = (value: string | null) => setSearchParams({ tab: value ?? 'verkenning' }, { replace: true });

  // A funder does not read the design itself, only the decisions shared with it.
  if (session.data && !canRead)
    return (
      <Stack gap="lg" maw={1200}>
        <Title order={1}>{t('design.title')}</Title>
        <Text>{t('design.noAccess')}</Text>
        {hasPermission(session.data, networkId, 'decisions.read_shared') && (
          <Anchor component={Link} to={`/n/${networkId}/inrichting/organisatie`}>
            {t('design.sharedDecisionsLink')}
          </Anchor>
        )}
      </Stack>
    );

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1}>{t('design.title')}</Title>
        <Text>{t('design.intro')}</Text>
        <Group gap="md">
          <Text fw={600}>{t('design.sections.design')}</Text>
          <Anchor component={Link} to={`/n/${networkId}/inrichting/organisatie`}>
            {t('design.sections.organisation')}
          </Anchor>
        </Group>
      </Stack>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="verkenning">{t('design.tabs.wizard')}</Tabs.Tab>
          <Tabs.Tab value="versies">{t('design.tabs.versions')}</Tabs.Tab>
          <Tabs.Tab value="matrix">{t('design.tabs.matrix')}</Tabs.Tab>
          <Tabs.Tab value="rechten">{t('design.tabs.rights')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="verkenning" pt="md">
          <DesignWizard networkId={networkId} canManage={canManage} onSaved={() => setTab('versies')} />
        </Tabs.Panel>
        <Tabs.Panel value="versies" pt="md">
          <DesignVersions networkId={networkId} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="matrix" pt="md">
          <DesignMatrix networkId={networkId} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="rechten" pt="md">
          <DesignRights networkId={networkId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
