// Aggregates only, for funders, partners and governance: candidates per status and placements with their banenafspraak count.
// Shown as tables (the accessible form of these figures).
import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { useStatistics } from '../api.js';

export function StatisticsPanel({ networkId }: { networkId: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const stats = useStatistics(networkId, true);
  if (stats.isPending) return <PageLoader />;
  if (stats.isError) return <PageError error={stats.error} />;
  const s = stats.data;
  return (
    <Stack gap="md">
      <Text>{t('statistics.intro')}</Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('statistics.byStatus')}
          </Title>
          <Table data-testid="status-statistics">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.status')}</Table.Th>
                <Table.Th>{t('statistics.count')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.candidatesByStatus.map((r) => (
                <Table.Tr key={r.status}>
                  <Table.Td>{t(`statuses.${r.status}` as 'statuses.registered', { defaultValue: r.status })}</Table.Td>
                  <Table.Td>{r.count}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">{t('statistics.total')}</Table.Th>
                <Table.Td>{s.candidatesTotal}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('statistics.placements')}
          </Title>
          <Table data-testid="placement-statistics">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">{t('statistics.total')}</Table.Th>
                <Table.Td>{s.placements.total}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('statistics.active')}</Table.Th>
                <Table.Td>{s.placements.active}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('statistics.activeJobs')}</Table.Th>
                <Table.Td>
                  {typeof s.placements.activeJobs === 'number'
                    ? formatNumber(s.placements.activeJobs)
                    : s.placements.activeJobs}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('statistics.byContract')}
          </Title>
          <Table>
            <Table.Tbody>
              {s.placementsByContract.map((r) => (
                <Table.Tr key={r.contractKind}>
                  <Table.Th scope="row">
                    {t(`placements.contracts.${r.contractKind}` as 'placements.contracts.permanent', {
                      defaultValue: r.contractKind,
                    })}
                  </Table.Th>
                  <Table.Td>{r.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
