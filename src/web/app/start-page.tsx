// The start page of a network: the overview with, below it, what fits the user's actions (navigation.ts → startProfile):
// signals and whom to call for whoever runs the network; the network this year for the kerngroep and the members, with
// links to their own screens; mission results and released reports for a funder; what is shared for a partner.
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { OpenAdviceRequestsCard } from '../features/advice/components/advice-page.js';
import { OverviewPage } from '../features/networks/components/overview-page.js';
import { PartnerViewPanel } from '../features/partners/components/partner-view-panel.js';
import { FunderResults, SignalsAndCalls } from '../features/steering/components/start-sections.js';
import { YearOverviewSections } from '../features/steering/components/year-overview-page.js';
import { OwnBodiesCard } from '../features/governance/components/own-body-page.js';
import { itemAllowed, networkNav, networkPermissions, startProfile, type NavKey } from './navigation.js';
import { useSession } from './session.js';

export function StartPage() {
  const { t } = useTranslation();
  const { networkId = '' } = useParams();
  const session = useSession();
  const permissions = networkPermissions(session.data, networkId);
  const can = (action: string) => permissions.includes(action);
  const profile = startProfile(permissions);

  /** Quick links to the user's own screens, only those their actions open. */
  const links = (keys: NavKey[]) => {
    const items = keys
      .map((key) => networkNav.find((item) => item.key === key))
      .filter((item) => item !== undefined && itemAllowed(item, permissions));
    if (items.length === 0) return null;
    return (
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h3" mb="xs">
          {t('start.yourPlaces')}
        </Title>
        <Group gap="lg" data-testid="start-links">
          {items.map((item) => (
            <Anchor key={item!.key} component={Link} to={`/n/${networkId}${item!.path}`}>
              {t(`nav.${item!.key}`)}
            </Anchor>
          ))}
        </Group>
      </Paper>
    );
  };

  let sections = null;
  switch (profile) {
    case 'coordination':
      sections = can('steering.read') ? <SignalsAndCalls networkId={networkId} /> : null;
      break;
    case 'steering':
      sections = (
        <>
          <Text>{t('start.steeringIntro')}</Text>
          {links(['steering', 'setup', 'advice', 'yearOverview'])}
          <SignalsAndCalls networkId={networkId} />
        </>
      );
      break;
    case 'member':
      sections = (
        <>
          <Text>{t('start.memberIntro')}</Text>
          {links(['agenda', 'ownOrganisation', 'candidates', 'yearOverview'])}
          {can('needs.read') && (
            <Anchor component={Link} to={`/n/${networkId}/behoeften`}>
              {t('start.needsLink')}
            </Anchor>
          )}
        </>
      );
      break;
    case 'funder':
      sections = (
        <>
          <Text>{t('start.funderIntro')}</Text>
          <FunderResults networkId={networkId} withReports={can('reports.read_released')} />
          {links(['sharedDecisions', 'candidates'])}
        </>
      );
      break;
    case 'partner':
      sections = <PartnerViewPanel networkId={networkId} />;
      break;
    case 'participant':
      sections = (
        <>
          <Text>{t('start.participantIntro')}</Text>
          {can('advice.give') && <OpenAdviceRequestsCard networkId={networkId} />}
          {links(['advice', 'ownBody', 'agenda', 'members', 'yearOverview'])}
          {can('network.year_overview') && (
            <Stack>
              <YearOverviewSections networkId={networkId} headingOrder={2} />
            </Stack>
          )}
        </>
      );
      break;
  }

  return (
    <div data-testid={`start-${profile}`}>
      <OverviewPage showCounts={profile === 'coordination' || profile === 'steering'}>
        {can('governance.own_body') && <OwnBodiesCard networkId={networkId} />}
        {sections}
      </OverviewPage>
    </div>
  );
}
