// "Ons netwerk dit jaar" for the members (employer contacts, klankbordgroep, kerngroep): the network's mission results this
// year as a funder sees them (small numbers suppressed, no names) and the kerngroep decisions marked as shared with members.
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateOnly } from '../../../shared/format.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { useYearOverview } from '../api.js';
import { useSteeringT } from './measure-parts.js';
import { MissionFigures } from './mission-figures.js';

export function YearOverviewPage() {
  const { networkId = '' } = useParams();
  const { t } = useSteeringT();
  usePageTitle(t('yearOverview.title'));
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t('yearOverview.title')}</Title>
      <YearOverviewSections networkId={networkId} headingOrder={2} />
    </Stack>
  );
}

/** The results and the shared decisions; also shown on the start page of someone without a page of their own. */
export function YearOverviewSections({ networkId, headingOrder }: { networkId: string; headingOrder: 2 | 3 }) {
  const { t } = useSteeringT();
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'nl-NL';
  const overview = useYearOverview(networkId);
  if (overview.isPending) return <PageLoader />;
  if (overview.isError) return <PageError error={overview.error} onRetry={() => void overview.refetch()} />;
  const { year, mission, decisions } = overview.data;
  return (
    <Stack gap="lg" data-testid="year-overview">
      <Text>{t('yearOverview.intro', { year })}</Text>
      <section aria-labelledby="year-results-h">
        <Title order={headingOrder} size="h3" id="year-results-h" mb="xs">
          {t('yearOverview.resultsTitle', { year })}
        </Title>
        <MissionFigures data={mission} locale={locale} placementsTarget={mission.targets.placements.target} />
      </section>
      <section aria-labelledby="year-decisions-h">
        <Title order={headingOrder} size="h3" id="year-decisions-h" mb="xs">
          {t('yearOverview.decisionsTitle')}
        </Title>
        {decisions.length === 0 ? (
          <EmptyState title={t('yearOverview.decisionsEmpty')} />
        ) : (
          <ScrollTable label={t('yearOverview.decisionsTitle')}>
            <Table striped miw={640} data-testid="member-decisions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('yearOverview.decidedOn')}</Table.Th>
                  <Table.Th>{t('yearOverview.body')}</Table.Th>
                  <Table.Th>{t('yearOverview.decision')}</Table.Th>
                  <Table.Th>{t('yearOverview.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {decisions.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>{formatDateOnly(d.decidedOn)}</Table.Td>
                    <Table.Td>{d.bodyName}</Table.Td>
                    <Table.Td>
                      {d.text}
                      {d.organisationName ? ` (${d.organisationName})` : ''}
                    </Table.Td>
                    <Table.Td>{d.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </section>
    </Stack>
  );
}
