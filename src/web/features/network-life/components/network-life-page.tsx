// The page of a network's life: its mission and goals (versioned), its phase with the history of changes, and the funders'
// agreements. Everyone in the network reads the mission and phase; the kerngroep and coordinator write them.
// Each part is its own file: mission-section, phase-section, checklist-section and funder-section.
import { Stack, Text, Title } from '@mantine/core';
import { ChecklistSection } from './checklist-section.js';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../../shared/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { MissionSection } from './mission-section.js';
import { PhaseSection } from './phase-section.js';
import { FunderSection } from './funder-section.js';

export function NetworkLifePage() {
  const { t } = useTranslation();
  usePageTitle(t('networkLife.title'));
  const { networkId = '' } = useParams();
  const session = useSession();
  const canWrite = hasPermission(session.data, networkId, 'network.update');
  const canReadAgreements = hasPermission(session.data, networkId, 'governance.read');
  const canManageAgreements = hasPermission(session.data, networkId, 'governance.manage');
  const readsOwnAgreement = !canReadAgreements && hasPermission(session.data, networkId, 'agreements.read_own');
  return (
    <Stack gap="xl" maw={1000}>
      <Stack gap={4}>
        <Title order={1}>{t('networkLife.title')}</Title>
        <Text>{t('networkLife.intro')}</Text>
      </Stack>
      <MissionSection networkId={networkId} canWrite={canWrite} canReadVersions={canReadAgreements} />
      <PhaseSection networkId={networkId} canWrite={canWrite} />
      {canReadAgreements && <ChecklistSection networkId={networkId} />}
      {canReadAgreements && <FunderSection networkId={networkId} canManage={canManageAgreements} own={false} />}
      {readsOwnAgreement && <FunderSection networkId={networkId} canManage={false} own />}
    </Stack>
  );
}
