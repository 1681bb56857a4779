// On an organisation's page: record a contact moment, the organisation's timeline (contact moments, activities attended,
// contributions, hosting, needs and placements in one stream, newest first, paged) and the contact moments as a list that
// can be searched, sorted and downloaded.
import { Badge, Button, Card, Group, List, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  INTERACTION_SORTS,
  interactionsList,
  type InteractionSort,
} from '../../../../core/interactions/interaction-lists.js';
import { formatDateOnly } from '../../../shared/format.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';
import { Pager } from '../../../shared/pager.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { interactionsExportUrl, useInteractions, useTimeline } from '../api.js';
import { RecordInteractionModal } from './record-interaction.js';
import { useInteractionsText } from './use-text.js';

const PAGE_SIZE = 10;
const LIST_PAGE_SIZE = 20;

export function InteractionsCard({
  networkId,
  organisationId,
  contacts,
  canRecord,
  openOnStart = false,
}: {
  networkId: string;
  organisationId: string;
  contacts: readonly { id: string; name: string }[];
  canRecord: boolean;
  openOnStart?: boolean;
}) {
  const tx = useInteractionsText();
  const [opened, setOpened] = useState(openOnStart && canRecord);
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<InteractionSort>('occurredOn');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const [listPage, setListPage] = useState(1);
  const timeline = useTimeline(networkId, organisationId, page, PAGE_SIZE);
  const params = { search: search.trim() || undefined, sort, order, page: listPage, pageSize: LIST_PAGE_SIZE };
  const list = useInteractions(networkId, organisationId, params);
  const items = list.data?.items ?? [];
  // A new search or order starts again at the first page.
  const change = (apply: () => void) => {
    apply();
    setListPage(1);
  };

  return (
    <Card withBorder data-testid="interactions-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {tx('cardTitle')}
          </Title>
          {canRecord && (
            <Button onClick={() => setOpened(true)} data-testid="record-interaction">
              {tx('record')}
            </Button>
          )}
        </Group>
        <section aria-labelledby="timeline-h">
          <Title order={3} size="h4" id="timeline-h">
            {tx('timelineTitle')}
          </Title>
          {timeline.data && timeline.data.items.length === 0 ? (
            <Text c="gray.7">{tx('timelineEmpty')}</Text>
          ) : (
            <List spacing={6} mt="xs" listStyleType="none" data-testid="timeline">
              {(timeline.data?.items ?? []).map((item) => (
                <List.Item key={`${item.kind}-${item.id}`}>
                  <Group gap="xs" wrap="nowrap" align="baseline">
                    <Text size="sm" c="gray.7" miw={90}>
                      {formatDateOnly(item.day)}
                    </Text>
                    <Badge
                      variant="light"
                      color={item.kind === 'contact' ? 'blue.9' : 'gray.8'}
                      data-testid="timeline-kind"
                      // The badge keeps its whole word ("Telefoongesprek"): the text beside it wraps instead.
                      styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}
                    >
                      {item.kind === 'contact' && item.subKind
                        ? tx(`kinds.${item.subKind}`)
                        : tx(`timelineKinds.${item.kind}`)}
                    </Badge>
                    <Text size="sm">
                      {item.kind === 'placement' ? tx('placementDetail', { code: item.title }) : item.title}
                      {item.detail && item.kind !== 'placement' ? ` — ${item.detail}` : ''}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          {timeline.data && <Pager page={page} pageSize={PAGE_SIZE} total={timeline.data.total} onChange={setPage} />}
        </section>
        <section aria-labelledby="interactions-h">
          <Title order={3} size="h4" id="interactions-h">
            {tx('listTitle')}
          </Title>
          <ListToolbar
            searchLabel={tx('listSearch')}
            search={search}
            onSearchChange={(value) => change(() => setSearch(value))}
            sort={{
              list: interactionsList,
              keys: INTERACTION_SORTS,
              value: sort,
              onChange: (value) => change(() => setSort(value)),
            }}
            trailing={
              <NativeSelect
                label={tx('order')}
                value={order}
                data={[
                  { value: 'asc', label: tx('asc') },
                  { value: 'desc', label: tx('desc') },
                ]}
                onChange={(event) => change(() => setOrder(event.currentTarget.value as 'asc' | 'desc'))}
              />
            }
            summary={
              list.data && list.data.total > 0 ? (
                <Text size="sm" aria-live="polite">
                  {tx('count', { count: list.data.total })}
                </Text>
              ) : undefined
            }
            exportUrl={(format) => interactionsExportUrl(networkId, organisationId, params, format)}
          />
          {items.length === 0 ? (
            <Text c="gray.7" mt="xs">
              {tx('noInteractions')}
            </Text>
          ) : (
            <ScrollTable label={tx('listTitle')}>
              <Table striped miw={760} mt="sm" data-testid="interactions-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tx('colDate')}</Table.Th>
                    <Table.Th>{tx('colKind')}</Table.Th>
                    <Table.Th>{tx('colContact')}</Table.Th>
                    <Table.Th>{tx('colNote')}</Table.Th>
                    <Table.Th>{tx('colOutcome')}</Table.Th>
                    <Table.Th>{tx('colFollowUp')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>{formatDateOnly(i.occurredOn)}</Table.Td>
                      <Table.Td>{tx(`kinds.${i.kind}`)}</Table.Td>
                      <Table.Td>{i.contactName}</Table.Td>
                      <Table.Td>{i.note}</Table.Td>
                      <Table.Td>{i.outcome}</Table.Td>
                      <Table.Td>
                        {i.followUp &&
                          `${i.followUp} (${i.followUpOwnerName ?? ''}${i.followUpDueOn ? `, ${formatDateOnly(i.followUpDueOn)}` : ''})${i.followUpDone ? ` ✓ ${tx('colDone').toLowerCase()}` : ''}`}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
          {list.data && (
            <Pager page={listPage} pageSize={LIST_PAGE_SIZE} total={list.data.total} onChange={setListPage} />
          )}
        </section>
      </Stack>
      {canRecord && (
        <RecordInteractionModal
          networkId={networkId}
          organisationId={organisationId}
          contacts={contacts}
          opened={opened}
          onClose={() => setOpened(false)}
        />
      )}
    </Card>
  );
}
