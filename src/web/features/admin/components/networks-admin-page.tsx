// All networks of the installation, with a form to create one.
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format.js';
import { labelForCode } from '../../../shared/labels.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { useAdminNetworks } from '../api.js';
import { CreateNetworkForm } from './create-network-form.js';
import { UmbrellaOverview } from './umbrella-overview.js';

export function NetworksAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.networksTitle'));
  const networks = useAdminNetworks();

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1}>{t('admin.networksTitle')}</Title>
        <Text>{t('admin.networksIntro')}</Text>
      </Stack>
      {networks.isPending ? (
        <PageLoader />
      ) : networks.isError ? (
        <PageError error={networks.error} onRetry={() => void networks.refetch()} />
      ) : networks.data.items.length === 0 ? (
        <EmptyState title={t('admin.networksTitle')}>
          <Text>{t('admin.networksEmpty')}</Text>
        </EmptyState>
      ) : (
        <ScrollTable label={t('admin.networksCaption')}>
          <Table striped miw={600} data-testid="networks-table">
            <Table.Caption>{t('admin.networksCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.colNetworkName')}</Table.Th>
                <Table.Th>{t('admin.colRegion')}</Table.Th>
                <Table.Th>{t('admin.colPhase')}</Table.Th>
                <Table.Th>{t('admin.colCreatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {networks.data.items.map((network) => (
                <Table.Tr key={network.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/n/${network.id}`}>
                      {network.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{network.region ?? ''}</Table.Td>
                  <Table.Td>{labelForCode(t, 'phases', network.phase)}</Table.Td>
                  <Table.Td>{formatDate(network.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <UmbrellaOverview />
      <CreateNetworkForm />
    </Stack>
  );
}
