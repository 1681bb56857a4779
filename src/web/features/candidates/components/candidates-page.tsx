// The candidates hub: tabs by permission. Coordinator and back office: candidates, opportunities, placements and reminders;
// an employer's contact: the candidates proposed to their organisation; funders, partners, governance: figures only.
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../shared/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { CandidateList } from './candidate-list.js';
import { CheckInReminders } from './check-in-reminders.js';
import { EmployerProposals } from './employer-proposals.js';
import { OpportunitiesPanel } from './opportunities-panel.js';
import { PlacementsPanel } from './placements-panel.js';
import { SettingsPanel } from './settings-panel.js';
import { StatisticsPanel } from './statistics-panel.js';

type Tab = 'kandidaten' | 'werkplekken' | 'plaatsingen' | 'herinneringen' | 'voorstellen' | 'cijfers' | 'instellingen';

export function CandidatesPage() {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  usePageTitle(t('title'));
  const { networkId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const session = useSession();
  const can = (p: string) => hasPermission(session.data, networkId, p);
  const tabs: { key: Tab; label: string; show: boolean }[] = [
    { key: 'kandidaten', label: t('tabs.candidates'), show: can('candidates.read') },
    { key: 'werkplekken', label: t('tabs.opportunities'), show: can('opportunities.read') },
    { key: 'plaatsingen', label: t('tabs.placements'), show: can('placements.read') },
    { key: 'herinneringen', label: t('tabs.reminders'), show: can('placements.read') },
    { key: 'voorstellen', label: t('tabs.proposals'), show: can('proposals.respond') },
    { key: 'cijfers', label: t('tabs.statistics'), show: can('candidates.statistics') },
    { key: 'instellingen', label: t('tabs.settings'), show: can('candidates.rights') },
  ];
  const visible = tabs.filter((tab) => tab.show);
  const requested = searchParams.get('tab');
  const active = visible.find((tab) => tab.key === requested)?.key ?? visible[0]?.key;

  function update(changes: Record<string, string | null>) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  }

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text>{t('intro')}</Text>
      </Stack>
      {active && (
        <Tabs value={active} onChange={(value) => update({ tab: value, pagina: null })} keepMounted={false}>
          <Tabs.List>
            {visible.map((tab) => (
              <Tabs.Tab key={tab.key} value={tab.key}>
                {tab.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="kandidaten" pt="md">
            <CandidateList
              networkId={networkId}
              canManage={can('candidates.manage')}
              params={searchParams}
              update={update}
            />
          </Tabs.Panel>
          <Tabs.Panel value="werkplekken" pt="md">
            <OpportunitiesPanel networkId={networkId} canManage={can('opportunities.manage')} />
          </Tabs.Panel>
          <Tabs.Panel value="plaatsingen" pt="md">
            <PlacementsPanel networkId={networkId} canManage={can('placements.manage')} />
          </Tabs.Panel>
          <Tabs.Panel value="herinneringen" pt="md">
            <CheckInReminders
              networkId={networkId}
              now={searchParams.get('nu') ?? undefined}
              canManage={can('placements.manage')}
            />
          </Tabs.Panel>
          <Tabs.Panel value="voorstellen" pt="md">
            <EmployerProposals networkId={networkId} />
          </Tabs.Panel>
          <Tabs.Panel value="cijfers" pt="md">
            <StatisticsPanel networkId={networkId} />
          </Tabs.Panel>
          <Tabs.Panel value="instellingen" pt="md">
            <SettingsPanel networkId={networkId} now={searchParams.get('nu') ?? undefined} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
