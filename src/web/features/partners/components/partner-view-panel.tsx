// The partner's own view: only the activities linked to their partner and the referrals addressed to it, with only the
// consented fields. The server decides what is in it (partners.shared); this screen shows it.
import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../shared/format.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { usePartnerView } from '../api.js';

export function PartnerViewPanel({ networkId }: { networkId: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners' });
  const query = usePartnerView(networkId, true);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <PageError error={query.error} />;
  const { partners, activities, referrals } = query.data;
  if (partners.length === 0) return <Alert color="blue">{t('partnerView.none')}</Alert>;
  return (
    <Stack gap="lg" data-testid="partner-view">
      <Text>{t('partnerView.intro')}</Text>
      <Text fw={600}>{t('partnerView.partnerOf', { names: partners.map((p) => p.name).join(', ') })}</Text>
      <Title order={2}>{t('partnerView.activitiesCaption')}</Title>
      {activities.length === 0 ? (
        <EmptyState title={t('partnerView.activitiesEmpty')} />
      ) : (
        <ScrollTable label={t('partnerView.activitiesCaption')}>
          <Table striped miw={560}>
            <Table.Caption>{t('partnerView.activitiesCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('partnerView.what')}</Table.Th>
                <Table.Th>{t('partnerView.when')}</Table.Th>
                <Table.Th>{t('partnerView.where')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activities.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.title}</Table.Td>
                  <Table.Td>{formatDateTime(a.startsAt)}</Table.Td>
                  <Table.Td>{a.location ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Title order={2}>{t('partnerView.referralsCaption')}</Title>
      {referrals.length === 0 ? (
        <EmptyState title={t('partnerView.referralsEmpty')} />
      ) : (
        <ScrollTable label={t('partnerView.referralsCaption')}>
          <Table striped miw={640} data-testid="partner-referrals">
            <Table.Caption>{t('partnerView.referralsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('referrals.code')}</Table.Th>
                <Table.Th>{t('referrals.shared')}</Table.Th>
                <Table.Th>{t('partnerView.note')}</Table.Th>
                <Table.Th>{t('referrals.date')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referrals.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.candidateCode}</Table.Td>
                  <Table.Td>
                    {Object.entries(r.shared)
                      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
                      .join(' · ')}
                  </Table.Td>
                  <Table.Td>{r.note ?? ''}</Table.Td>
                  <Table.Td>{formatDate(r.referredAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
