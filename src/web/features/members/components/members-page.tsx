// Leden: for the coordinator, backoffice and kerngroep the organisations list (fuzzy search, filters, pages, export);
// for a member employer's contact, the portal view of its own organisation.
import { yearInAmsterdam } from '../../../../core/calendar.js';
import { Anchor, Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { Pager } from '../../../shared/pager.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { ApiError } from '../../../shared/api-client.js';
import { hasPermission, useSession } from '../../../app/session.js';
import {
  organisationsExportUrl,
  useAddColleague,
  useOrganisations,
  useOwnOrganisation,
  useSaveAmbition,
} from '../api.js';
import { ContactForm } from './contacts-card.js';
import type { OrganisationTimeline } from './organisation-page.js';
import { useMembersText } from './use-text.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';
import { organisationsList, type OrganisationSort } from '../../../../core/members/members-lists.js';
import { ORGANISATION_SORTS } from '../../../../core/members/members.contract.js';
import { ORGANISATION_KINDS as KINDS } from '../../../../core/organisations/reference-data.js';
import { MEMBERSHIP_STATUSES as STATUSES } from '../../../../core/members/membership-rules.js';

/**
 * The members list for whoever may read all members; the member portal (one's own organisation) otherwise, or always when
 * `own` is set: an employer who keeps member records under the design still has a page of their own.
 */
export function MembersPage({ documents, own = false }: { documents?: OrganisationTimeline; own?: boolean } = {}) {
  const { networkId = '' } = useParams();
  const session = useSession();
  if (!own && hasPermission(session.data, networkId, 'organisations.read'))
    return <OrganisationsList networkId={networkId} />;
  return <Portal networkId={networkId} documents={documents} />;
}

function OrganisationsList({ networkId }: { networkId: string }) {
  const tx = useMembersText();
  usePageTitle(tx('title'));
  const session = useSession();
  const canImport = hasPermission(session.data, networkId, 'organisations.manage');
  const [searchInput, setSearchInput] = useState('');
  const [search] = useDebouncedValue(searchInput.trim(), 300);
  const [kind, setKind] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<OrganisationSort | null>(null);
  const params = {
    search: search || undefined,
    kind: kind ?? undefined,
    status: status ?? undefined,
    sort: sort ?? (search ? 'relevance' : 'name'),
    order: sort === 'createdAt' ? 'desc' : 'asc',
    page,
    pageSize: 25,
  };
  const list = useOrganisations(networkId, params);
  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{tx('title')}</Title>
          <Text>{tx('intro')}</Text>
        </Stack>
        <Group gap="xs">
          <Button component={Link} to={`/n/${networkId}/leden/lidmaatschappen`} variant="outline">
            {tx('pipelineButton')}
          </Button>
          {canImport && (
            <Button component={Link} to={`/n/${networkId}/leden/import`} variant="outline">
              {tx('importButton')}
            </Button>
          )}
          {canImport && (
            <Button component={Link} to={`/n/${networkId}/leden/nieuw`}>
              {tx('newOrganisation')}
            </Button>
          )}
        </Group>
      </Group>
      <ListToolbar
        searchLabel={tx('searchLabel')}
        search={searchInput}
        onSearchChange={(value) => {
          setSearchInput(value);
          setPage(1);
        }}
        filters={
          <>
            <Select
              label={tx('kindLabel')}
              placeholder={tx('allKinds')}
              clearable
              data={KINDS.map((k) => ({ value: k, label: tx(`kinds.${k}`) }))}
              value={kind}
              onChange={(v) => {
                setKind(v);
                setPage(1);
              }}
            />
            <Select
              label={tx('statusLabel')}
              placeholder={tx('allStatuses')}
              clearable
              data={STATUSES.map((s) => ({ value: s, label: tx(`statuses.${s}`) }))}
              value={status}
              onChange={(v) => {
                setStatus(v);
                setPage(1);
              }}
            />
          </>
        }
        sort={{
          list: organisationsList,
          keys: ORGANISATION_SORTS,
          extra: { relevance: tx('sorts.relevance'), createdAt: tx('sorts.createdAt') },
          value: sort ?? (search ? 'relevance' : 'name'),
          onChange: (v) => {
            setSort(v);
            setPage(1);
          },
        }}
        summary={
          list.data && list.data.items.length > 0 ? (
            <Text aria-live="polite">{tx('total', { count: list.data.total })}</Text>
          ) : undefined
        }
        exportUrl={
          list.data && list.data.items.length > 0
            ? (format) => organisationsExportUrl(networkId, params, format)
            : undefined
        }
      />
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={tx('empty')} />
      ) : (
        <Stack gap="sm">
          <ScrollTable label={tx('tableCaption')}>
            <Table striped highlightOnHover miw={680} data-testid="organisations-table">
              <Table.Caption>{tx('tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx('colName')}</Table.Th>
                  <Table.Th>{tx('colKvk')}</Table.Th>
                  <Table.Th>{tx('colCity')}</Table.Th>
                  <Table.Th>{tx('colKind')}</Table.Th>
                  <Table.Th>{tx('colStatus')}</Table.Th>
                  <Table.Th>{tx('colContacts')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/n/${networkId}/leden/${o.id}`}>
                        {o.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{o.kvkNumber}</Table.Td>
                    <Table.Td>{o.city}</Table.Td>
                    <Table.Td>{tx(`kinds.${o.kind}`)}</Table.Td>
                    <Table.Td>{o.membershipStatus ? tx(`statuses.${o.membershipStatus}`) : ''}</Table.Td>
                    <Table.Td>{o.contactCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={setPage} />
        </Stack>
      )}
    </Stack>
  );
}

/** A member employer's own organisation; `documents` shows its membership documents (composed in src/web/app). */
function Portal({ networkId, documents }: { networkId: string; documents?: OrganisationTimeline }) {
  const tx = useMembersText();
  usePageTitle(tx('portalTitle'));
  const own = useOwnOrganisation(networkId, true);
  const save = useSaveAmbition(networkId);
  const addColleague = useAddColleague(networkId);
  const [addingColleague, setAddingColleague] = useState(false);
  const year = yearInAmsterdam(new Date());
  const current = own.data?.membership?.years.find((y) => y.year === year);
  const [ambition, setAmbition] = useState<string | number>('');
  const [realised, setRealised] = useState<string | number>('');
  if (own.isPending) return <PageLoader />;
  // A contact whose account is not linked to an organisation yet: say what to do instead of "Geen toegang".
  if (own.isError && own.error instanceof ApiError && own.error.status === 403)
    return (
      <Stack gap="lg" maw={800}>
        <Title order={1}>{tx('portalTitle')}</Title>
        <Text data-testid="portal-no-organisation">{tx('portalNoOrganisation')}</Text>
      </Stack>
    );
  if (own.isError) return <PageError error={own.error} onRetry={() => void own.refetch()} />;
  const num = (v: string | number, fallback: number | null | undefined) => (v === '' ? (fallback ?? null) : Number(v));
  return (
    <Stack gap="lg" maw={800}>
      <Stack gap={4}>
        <Title order={1}>{tx('portalTitle')}</Title>
        <Text>{tx('portalIntro')}</Text>
      </Stack>
      <Card withBorder>
        <Stack gap={4}>
          <Title order={2} size="h3">
            {own.data.name}
          </Title>
          {own.data.membership && (
            <Text>{tx('membershipStatus', { status: tx(`statuses.${own.data.membership.status}`) })}</Text>
          )}
        </Stack>
      </Card>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            {
              year,
              ambitionJobs: num(ambition, current?.ambitionJobs),
              realisedJobs: num(realised, current?.realisedJobs),
              version: current?.version ?? 0,
            },
            { onSuccess: () => notifySuccess(tx('saved')) },
          );
        }}
      >
        <Stack>
          <Text fw={600}>
            {tx('yearLabel')}: {year}
          </Text>
          <Group grow>
            <NumberInput
              label={tx('ambitionLabel')}
              min={0}
              value={ambition === '' ? (current?.ambitionJobs ?? '') : ambition}
              onChange={setAmbition}
            />
            <NumberInput
              label={tx('realisedLabel')}
              min={0}
              value={realised === '' ? (current?.realisedJobs ?? '') : realised}
              onChange={setRealised}
            />
          </Group>
          {save.error && (
            <Text c="red.9" role="alert">
              {save.error.message}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {tx('save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Stack gap={4}>
        <Group justify="space-between">
          <Title order={2} size="h3">
            {tx('contactsTitle')}
          </Title>
          {!addingColleague && (
            <Button variant="light" size="sm" onClick={() => setAddingColleague(true)}>
              {tx('addColleague')}
            </Button>
          )}
        </Group>
        {addingColleague && (
          <Card withBorder component="section" aria-label={tx('addColleague')}>
            <Stack gap="xs">
              <Text>{tx('addColleagueIntro')}</Text>
              <ContactForm save={addColleague} contact={null} onDone={() => setAddingColleague(false)} />
            </Stack>
          </Card>
        )}
        {own.data.contacts.map((c) => (
          <Text key={c.id}>
            {c.name}
            {c.jobTitle ? `, ${c.jobTitle}` : ''}
            {c.email ? ` — ` : ''}
            {c.email && <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor>}
          </Text>
        ))}
      </Stack>
      {documents?.({ networkId, organisationId: own.data.id, contacts: own.data.contacts, openOnStart: false })}
    </Stack>
  );
}
