// Umbrella overview: every network with phase, members, activity, results and ownership signals; searchable, sortable,
// exportable. The same figures as each network's steering dashboard.
import { Anchor, Badge, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { labelForCode } from '../../../shared/labels.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { UMBRELLA_SORTS, umbrellaExportUrl, useUmbrellaOverview, type UmbrellaParams } from '../api.js';

const NUMERIC = ['members', 'activeMembers', 'activitiesLast12Months'] as const;

export function UmbrellaOverview() {
  const { t } = useTranslation();
  const { t: u } = useTranslation('translation', { keyPrefix: 'umbrella' });
  const [params, setParams] = useState<UmbrellaParams>({ search: '', sort: 'name', order: 'asc' });
  const query = useUmbrellaOverview(params);
  return (
    <Stack gap="sm" data-testid="umbrella-overview">
      <Title order={2}>{u('title')}</Title>
      <Text>{u('intro')}</Text>
      <Group align="end" wrap="wrap">
        <TextInput
          label={u('search')}
          value={params.search}
          onChange={(e) => setParams({ ...params, search: e.currentTarget.value })}
        />
        <Select
          label={u('sort')}
          value={params.sort}
          allowDeselect={false}
          data={UMBRELLA_SORTS.map((s) => ({ value: s, label: u(`col.${s}`) }))}
          onChange={(v) => setParams({ ...params, sort: (v ?? 'name') as UmbrellaParams['sort'] })}
        />
        <Select
          label={u('order')}
          value={params.order}
          allowDeselect={false}
          data={[
            { value: 'asc', label: u('asc') },
            { value: 'desc', label: u('desc') },
          ]}
          onChange={(v) => setParams({ ...params, order: v === 'desc' ? 'desc' : 'asc' })}
        />
        <Anchor href={umbrellaExportUrl(params, 'csv')}>{u('exportCsv')}</Anchor>
        <Anchor href={umbrellaExportUrl(params, 'xlsx')}>{u('exportXlsx')}</Anchor>
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <PageError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={u('empty')} />
      ) : (
        <ScrollTable label={u('caption')}>
          <Table striped miw={900} data-testid="umbrella-table">
            <Table.Caption>{u('caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {UMBRELLA_SORTS.map((s) => (
                  <Table.Th
                    key={s}
                    aria-sort={params.sort === s ? (params.order === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {u(`col.${s}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/n/${n.id}`}>
                      {n.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{labelForCode(t, 'phases', n.phase)}</Table.Td>
                  {NUMERIC.map((k) => (
                    <Table.Td key={k}>{n[k]}</Table.Td>
                  ))}
                  <Table.Td>
                    {n.signals.length === 0 ? (
                      u('noSignals')
                    ) : (
                      <Group gap={4}>
                        <Text span fw={700}>
                          {n.signalCount}
                        </Text>
                        {n.signals.map((s) => (
                          <Badge key={s} color="orange.9" variant="light" tt="none">
                            {u(`signals.${s}`, { defaultValue: s })}
                          </Badge>
                        ))}
                      </Group>
                    )}
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
