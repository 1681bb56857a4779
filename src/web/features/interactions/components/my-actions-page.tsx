// "Mijn acties": the follow-ups from contact moments that are the signed-in person's, open first by due day; search, sort,
// download, and tick off (or reopen) with the row's version.
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { todayInAmsterdam } from '../../../../core/calendar.js';
import { ApiError } from '../../../shared/api-client.js';
import { formatDateOnly } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { myActionsExportUrl, useMyActions, useSetFollowUpDone } from '../api.js';
import { useInteractionsText } from './use-text.js';

export function MyActionsPage() {
  const tx = useInteractionsText();
  const networkId = useParams().networkId!;
  usePageTitle(tx('myActionsTitle'));
  const [status, setStatus] = useState('open');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState('followUpDueOn');
  const params = { status, search: search.trim() || undefined, sort, order: 'asc' };
  const actions = useMyActions(networkId, params);
  const setDone = useSetFollowUpDone(networkId);
  const [staleMessage, setStaleMessage] = useState<string | null>(null);
  // Overdue by the Amsterdam day (the UTC day is still yesterday between midnight and 01:00/02:00).
  const today = todayInAmsterdam(new Date());

  if (actions.isPending) return <PageLoader />;
  if (actions.isError) return <PageError error={actions.error} onRetry={() => void actions.refetch()} />;
  const items = actions.data.items;

  return (
    <Stack gap="md">
      <Title order={1}>{tx('myActionsTitle')}</Title>
      <Text c="gray.7">{tx('myActionsIntro')}</Text>
      <Group align="flex-end">
        <Select
          label={tx('status')}
          value={status}
          onChange={(v) => setStatus(v ?? 'open')}
          data={[
            { value: 'open', label: tx('statusOpen') },
            { value: 'done', label: tx('statusDone') },
            { value: 'all', label: tx('statusAll') },
          ]}
          allowDeselect={false}
        />
        <TextInput label={tx('search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <Select
          label={tx('sortBy')}
          value={sort}
          onChange={(v) => setSort(v ?? 'followUpDueOn')}
          data={[
            { value: 'followUpDueOn', label: tx('sortDue') },
            { value: 'organisationName', label: tx('colOrganisation') },
            { value: 'occurredOn', label: tx('sortDate') },
          ]}
          allowDeselect={false}
        />
        <Anchor href={myActionsExportUrl(networkId, params, 'csv')} download>
          {tx('exportCsv')}
        </Anchor>
        <Anchor href={myActionsExportUrl(networkId, params, 'xlsx')} download>
          {tx('exportXlsx')}
        </Anchor>
      </Group>
      {staleMessage && (
        <Text c="red.9" role="alert">
          {staleMessage}
        </Text>
      )}
      {items.length === 0 ? (
        <Text c="gray.7">{tx('noActions')}</Text>
      ) : (
        <ScrollTable label={tx('myActionsTitle')}>
          <Table striped miw={680} data-testid="my-actions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx('colFollowUp')}</Table.Th>
                <Table.Th>{tx('colOrganisation')}</Table.Th>
                <Table.Th>{tx('colDue')}</Table.Th>
                <Table.Th>{tx('colNote')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{tx('colDone')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.followUp}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/n/${networkId}/leden/${i.organisationId}`}>
                      {i.organisationName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {formatDateOnly(i.followUpDueOn)}{' '}
                    {!i.followUpDone && i.followUpDueOn && i.followUpDueOn < today && (
                      <Badge color="red.9" variant="light">
                        {tx('overdue')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {formatDateOnly(i.occurredOn)}: {i.note}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant={i.followUpDone ? 'default' : 'filled'}
                      aria-label={i.followUpDone ? tx('reopen') : tx('markDoneLabel', { what: i.followUp })}
                      loading={setDone.isPending && setDone.variables?.id === i.id}
                      onClick={() =>
                        setDone.mutate(
                          { id: i.id, done: !i.followUpDone, version: i.version },
                          {
                            onSuccess: () => {
                              setStaleMessage(null);
                              notifySuccess(i.followUpDone ? tx('reopened') : tx('doneSaved'));
                            },
                            onError: (error) =>
                              setStaleMessage(
                                error instanceof ApiError && error.code === 'stale_version'
                                  ? tx('stale')
                                  : error.message,
                              ),
                          },
                        )
                      }
                    >
                      {i.followUpDone ? tx('reopen') : tx('markDone')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
