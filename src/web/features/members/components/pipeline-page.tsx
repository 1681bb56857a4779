// The membership pipeline: every membership by status (prospect → aangemeld → toegelaten → actief → gepauzeerd →
// beëindigd) as a board of columns, or as one sortable list with contribution and invoice status for the bookkeeper.
// Searchable, sortable, exportable (CSV, XLSX); the board's columns stack on a phone.
import { yearInAmsterdam } from '../../../../core/calendar.js';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { MEMBERSHIP_STATUSES } from '../../../../core/members/membership-rules.js';
import { formatDate, formatNumber } from '../../../shared/format.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { Pager } from '../../../shared/pager.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { membershipsExportUrl, useMemberships, type MembershipRow } from '../api.js';
import { MoveControl } from './membership-card.js';
import { useMembersText } from './use-text.js';

type Sort = 'name' | 'joinedOn' | 'contribution';

/** Cards a status column shows before "show more", and how many more each click adds; rows per page of the list. */
const COLUMN_FIRST = 5;
const COLUMN_STEP = 20;
const LIST_PAGE = 25;

function fold(text: string) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function PipelinePage() {
  const tx = useMembersText();
  usePageTitle(tx('pipeline.title'));
  const { networkId = '' } = useParams();
  const session = useSession();
  const canManage = hasPermission(session.data, networkId, 'members.manage');
  const [year, setYear] = useState<number>(yearInAmsterdam(new Date()));
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const [view, setView] = useState<'board' | 'list'>('board');
  const [error, setError] = useState<string | null>(null);
  // With 120+ members the board ran to 8,650 px: each column shows its first cards and a count of the rest.
  const [shown, setShown] = useState<Record<string, number>>({});
  const [listPage, setListPage] = useState(1);
  const list = useMemberships(networkId, year);
  const rows = useMemo(() => {
    const wanted = fold(search.trim());
    const found = (list.data?.items ?? []).filter((m) => !wanted || fold(m.name).includes(wanted));
    const by: Record<Sort, (a: MembershipRow, b: MembershipRow) => number> = {
      name: (a, b) => a.name.localeCompare(b.name, 'nl'),
      joinedOn: (a, b) => (b.joinedOn ?? '').localeCompare(a.joinedOn ?? ''),
      contribution: (a, b) => (b.contributionCents ?? -1) - (a.contributionCents ?? -1),
    };
    return [...found].sort(by[sort]);
  }, [list.data, search, sort]);
  const euro = (cents: number | null) => (cents === null ? '' : `€ ${formatNumber(cents / 100)}`);

  return (
    <Stack gap="lg" maw={1400}>
      <Anchor component={Link} to={`/n/${networkId}/leden`}>
        {tx('detail.backToList')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{tx('pipeline.title')}</Title>
        <Text>{tx('pipeline.intro')}</Text>
      </Stack>
      <Group align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={tx('pipeline.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setListPage(1);
          }}
          style={{ flex: '1 1 14rem' }}
        />
        <Select
          label={tx('pipeline.sortLabel')}
          data={(['name', 'joinedOn', 'contribution'] as const).map((s) => ({
            value: s,
            label: tx(`pipeline.sorts.${s}`),
          }))}
          value={sort}
          onChange={(v) => setSort((v as Sort | null) ?? 'name')}
          allowDeselect={false}
          w={160}
        />
        <NumberInput
          label={tx('pipeline.year')}
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => typeof v === 'number' && setYear(v)}
          w={110}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="pipeline-view-label">
            {tx('pipeline.view')}
          </Text>
          <SegmentedControl
            aria-labelledby="pipeline-view-label"
            value={view}
            onChange={(v) => setView(v as 'board' | 'list')}
            data={[
              { value: 'board', label: tx('pipeline.board') },
              { value: 'list', label: tx('pipeline.list') },
            ]}
          />
        </Stack>
      </Group>
      <Group justify="space-between">
        <Text aria-live="polite">{tx('pipeline.count', { count: rows.length })}</Text>
        <Group gap="xs">
          <Button
            component="a"
            variant="outline"
            size="xs"
            href={membershipsExportUrl(networkId, year, 'csv')}
            download
          >
            {tx('exportCsv')}
          </Button>
          <Button
            component="a"
            variant="outline"
            size="xs"
            href={membershipsExportUrl(networkId, year, 'xlsx')}
            download
          >
            {tx('exportXlsx')}
          </Button>
        </Group>
      </Group>
      {error && (
        <Alert
          color="red"
          role="alert"
          withCloseButton
          onClose={() => setError(null)}
          closeButtonLabel={tx('detail.cancel')}
        >
          {error}
        </Alert>
      )}
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={tx('pipeline.empty')} />
      ) : view === 'board' ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 6 }} data-testid="pipeline-board">
          {MEMBERSHIP_STATUSES.map((status) => {
            const inColumn = rows.filter((m) => m.status === status);
            const limit = shown[status] ?? COLUMN_FIRST;
            const hiddenCount = Math.max(0, inColumn.length - limit);
            const statusName = tx(`statuses.${status}`);
            return (
              <Card key={status} withBorder padding="sm" component="section" aria-labelledby={`col-${status}`}>
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Title order={2} size="h4" id={`col-${status}`}>
                      {statusName}
                    </Title>
                    <Badge color="dark" variant="light">
                      {inColumn.length}
                    </Badge>
                  </Group>
                  {inColumn.slice(0, limit).map((m) => (
                    <Card key={m.organisationId} withBorder padding="xs" data-testid={`member-${m.organisationId}`}>
                      <Stack gap={4}>
                        <Anchor component={Link} to={`/n/${networkId}/leden/${m.organisationId}`} fw={600}>
                          {m.name}
                        </Anchor>
                        <Text size="xs">{tx('pipeline.conditionsSigned', { count: m.entryConditionsSigned })}</Text>
                        {(m.contributionCents !== null || m.invoiceStatus) && (
                          <Text size="xs">
                            {euro(m.contributionCents)}
                            {m.invoiceStatus ? ` · ${tx(`pipeline.invoice.${m.invoiceStatus}`)}` : ''}
                          </Text>
                        )}
                        {m.statusReason && status === 'ended' && <Text size="xs">{m.statusReason}</Text>}
                        {canManage && (
                          <MoveControl
                            networkId={networkId}
                            organisationId={m.organisationId}
                            name={m.name}
                            status={m.status}
                            onError={setError}
                          />
                        )}
                      </Stack>
                    </Card>
                  ))}
                  {hiddenCount > 0 && (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-label={tx('pipeline.showMoreLabel', { status: statusName, count: hiddenCount })}
                      onClick={() => setShown((s) => ({ ...s, [status]: limit + COLUMN_STEP }))}
                      data-testid={`show-more-${status}`}
                    >
                      {tx('pipeline.showMore', { count: hiddenCount })}
                    </Button>
                  )}
                  {limit > COLUMN_FIRST && inColumn.length > COLUMN_FIRST && (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-label={tx('pipeline.showLessLabel', { status: statusName })}
                      onClick={() => setShown((s) => ({ ...s, [status]: COLUMN_FIRST }))}
                    >
                      {tx('pipeline.showLess')}
                    </Button>
                  )}
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      ) : (
        <Stack gap="sm">
          <ScrollTable label={tx('pipeline.tableCaption')}>
            <Table striped highlightOnHover miw={900} data-testid="pipeline-table">
              <Table.Caption>{tx('pipeline.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx('pipeline.colName')}</Table.Th>
                  <Table.Th>{tx('pipeline.colStatus')}</Table.Th>
                  <Table.Th>{tx('pipeline.colJoined')}</Table.Th>
                  <Table.Th>{tx('pipeline.colConditions')}</Table.Th>
                  <Table.Th>{tx('pipeline.colContribution')}</Table.Th>
                  <Table.Th>{tx('pipeline.colInKind')}</Table.Th>
                  <Table.Th>{tx('pipeline.colInvoice')}</Table.Th>
                  <Table.Th>{tx('pipeline.colAmbition')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.slice((listPage - 1) * LIST_PAGE, listPage * LIST_PAGE).map((m) => (
                  <Table.Tr key={m.organisationId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/n/${networkId}/leden/${m.organisationId}`}>
                        {m.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{tx(`statuses.${m.status}`)}</Table.Td>
                    <Table.Td>{formatDate(m.joinedOn)}</Table.Td>
                    <Table.Td>{m.entryConditionsSigned} / 3</Table.Td>
                    <Table.Td>{euro(m.contributionCents)}</Table.Td>
                    <Table.Td>{m.contributionInKind}</Table.Td>
                    <Table.Td>{m.invoiceStatus ? tx(`pipeline.invoice.${m.invoiceStatus}`) : ''}</Table.Td>
                    <Table.Td>
                      {m.ambitionJobs ?? '–'} / {m.realisedJobs ?? '–'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Pager page={listPage} pageSize={LIST_PAGE} total={rows.length} onChange={setListPage} />
        </Stack>
      )}
    </Stack>
  );
}
