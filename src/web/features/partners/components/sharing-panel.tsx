// Sharing with partner networks: organise an activity together (it then appears in both agendas), share a work
// opportunity, link a partner to a joint activity (its people see it in their own view), and the work opportunities other
// networks share with this one (searchable, sortable, exportable). The server refuses a share with a network that is not a
// recorded partner; its message is shown as is.
import { Alert, Button, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.js';
import { formatDateTime } from '../../../shared/format.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';
import { sharedOpportunitiesList } from '../../../../core/partners/partners-lists.js';
import { SHARED_OPPORTUNITY_SORTS } from '../../../../core/partners/partners.contract.js';
import {
  sharedOpportunitiesExportUrl,
  useAllPartners,
  useLinkPartnerActivity,
  useOwnActivities,
  useOwnOpportunities,
  useShareActivity,
  useShareOpportunity,
  useSharedOpportunities,
  type SharedOpportunityParams,
} from '../api.js';

function Problem({ error }: { error: unknown }) {
  if (!(error instanceof ApiError)) return null;
  return (
    <Alert color="red" role="alert">
      {[error.message, ...error.issues.map((i) => i.message)].join(' ')}
    </Alert>
  );
}

export function SharingPanel({
  networkId,
  canManage,
  canRead,
}: {
  networkId: string;
  canManage: boolean;
  canRead: boolean;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners.sharing' });
  return (
    <Stack gap="xl">
      {canManage && <ShareForms networkId={networkId} />}
      {canRead && (
        <Stack>
          <Title order={2}>{t('receivedTitle')}</Title>
          <ReceivedOpportunities networkId={networkId} />
        </Stack>
      )}
    </Stack>
  );
}

function ShareForms({ networkId }: { networkId: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners.sharing' });
  const partners = useAllPartners(networkId, true);
  const activities = useOwnActivities(networkId, true);
  const opportunities = useOwnOpportunities(networkId, true);
  const shareActivity = useShareActivity(networkId);
  const shareOpportunity = useShareOpportunity(networkId);
  const link = useLinkPartnerActivity(networkId);
  const [act, setAct] = useState<{ activityId: string | null; partnerNetworkId: string | null }>({
    activityId: null,
    partnerNetworkId: null,
  });
  const [opp, setOpp] = useState<{ opportunityId: string | null; partnerNetworkId: string | null }>({
    opportunityId: null,
    partnerNetworkId: null,
  });
  const [lnk, setLnk] = useState<{ partnerId: string | null; activityId: string | null }>({
    partnerId: null,
    activityId: null,
  });
  const partnerRows = partners.data?.items ?? [];
  const networkOptions = partnerRows
    .filter((p) => p.partnerNetworkId)
    .map((p) => ({ value: p.partnerNetworkId!, label: p.partnerNetworkName ?? p.name }));
  const activityOptions = (activities.data?.items ?? []).map((a) => ({
    value: a.id,
    label: `${a.title} — ${formatDateTime(a.startsAt)}`,
  }));
  const opportunityOptions = (opportunities.data?.items ?? [])
    .filter((o) => o.status === 'open')
    .map((o) => ({ value: o.id, label: `${o.title} — ${o.organisationName}` }));
  return (
    <Stack gap="xl">
      <Text>{t('intro')}</Text>
      {partners.isSuccess && networkOptions.length === 0 && <Alert color="blue">{t('noPartnerNetworks')}</Alert>}
      <form
        aria-labelledby="share-activity-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (act.activityId && act.partnerNetworkId)
            shareActivity.mutate({ activityId: act.activityId, partnerNetworkId: act.partnerNetworkId });
        }}
      >
        <Stack maw={560}>
          <Title order={2} id="share-activity-title">
            {t('activityTitle')}
          </Title>
          <Problem error={shareActivity.error} />
          {shareActivity.isSuccess && (
            <Alert color="green" role="status">
              {t('activityShared')}
            </Alert>
          )}
          <Select
            required
            searchable
            label={t('activity')}
            value={act.activityId}
            data={activityOptions}
            onChange={(v) => setAct({ ...act, activityId: v })}
          />
          <Select
            required
            label={t('partnerNetwork')}
            value={act.partnerNetworkId}
            data={networkOptions}
            onChange={(v) => setAct({ ...act, partnerNetworkId: v })}
          />
          <Button type="submit" loading={shareActivity.isPending}>
            {t('shareActivity')}
          </Button>
        </Stack>
      </form>
      <form
        aria-labelledby="share-opportunity-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (opp.opportunityId && opp.partnerNetworkId)
            shareOpportunity.mutate({ opportunityId: opp.opportunityId, partnerNetworkId: opp.partnerNetworkId });
        }}
      >
        <Stack maw={560}>
          <Title order={2} id="share-opportunity-title">
            {t('opportunityTitle')}
          </Title>
          <Problem error={shareOpportunity.error} />
          {shareOpportunity.isSuccess && (
            <Alert color="green" role="status">
              {t('opportunityShared')}
            </Alert>
          )}
          <Select
            required
            searchable
            label={t('opportunity')}
            value={opp.opportunityId}
            data={opportunityOptions}
            onChange={(v) => setOpp({ ...opp, opportunityId: v })}
          />
          <Select
            required
            label={t('partnerNetwork')}
            value={opp.partnerNetworkId}
            data={networkOptions}
            onChange={(v) => setOpp({ ...opp, partnerNetworkId: v })}
          />
          <Button type="submit" loading={shareOpportunity.isPending}>
            {t('shareOpportunity')}
          </Button>
        </Stack>
      </form>
      <form
        aria-labelledby="link-partner-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (lnk.partnerId && lnk.activityId) link.mutate({ partnerId: lnk.partnerId, activityId: lnk.activityId });
        }}
      >
        <Stack maw={560}>
          <Title order={2} id="link-partner-title">
            {t('linkTitle')}
          </Title>
          <Text>{t('linkIntro')}</Text>
          <Problem error={link.error} />
          {link.isSuccess && (
            <Alert color="green" role="status">
              {t('linked')}
            </Alert>
          )}
          <Select
            required
            searchable
            label={t('partner')}
            value={lnk.partnerId}
            data={partnerRows.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(v) => setLnk({ ...lnk, partnerId: v })}
          />
          <Select
            required
            searchable
            label={t('activity')}
            value={lnk.activityId}
            data={activityOptions}
            onChange={(v) => setLnk({ ...lnk, activityId: v })}
          />
          <Button type="submit" loading={link.isPending}>
            {t('link')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

function ReceivedOpportunities({ networkId }: { networkId: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'partners.sharing' });
  const [params, setParams] = useState<SharedOpportunityParams>({ search: '', sort: 'title', order: 'asc' });
  const query = useSharedOpportunities(networkId, params, true);
  return (
    <Stack>
      <ListToolbar
        searchLabel={t('search')}
        search={params.search}
        onSearchChange={(search) => setParams({ ...params, search })}
        sort={{
          list: sharedOpportunitiesList,
          label: t('sort'),
          keys: SHARED_OPPORTUNITY_SORTS,
          value: params.sort,
          onChange: (sort) => setParams({ ...params, sort }),
        }}
        trailing={
          <Select
            label={t('order')}
            value={params.order}
            allowDeselect={false}
            data={[
              { value: 'asc', label: t('asc') },
              { value: 'desc', label: t('desc') },
            ]}
            onChange={(v) => setParams({ ...params, order: v === 'desc' ? 'desc' : 'asc' })}
          />
        }
        exportUrl={(format) => sharedOpportunitiesExportUrl(networkId, params, format)}
      />
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <PageError error={query.error} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ScrollTable label={t('caption')}>
          <Table striped miw={720} data-testid="shared-opportunities">
            <Table.Caption>{t('caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('title')}</Table.Th>
                <Table.Th>{t('network')}</Table.Th>
                <Table.Th>{t('employer')}</Table.Th>
                <Table.Th>{t('hours')}</Table.Th>
                <Table.Th>{t('place')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((o) => (
                <Table.Tr key={o.opportunityId}>
                  <Table.Td>{o.title}</Table.Td>
                  <Table.Td>{o.ownerNetworkName}</Table.Td>
                  <Table.Td>{o.organisationName}</Table.Td>
                  <Table.Td>{o.hoursPerWeek ?? ''}</Table.Td>
                  <Table.Td>{o.place ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
