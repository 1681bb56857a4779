// The funder's view of the decision log: only the decisions shared with the funder, searchable, sortable and exportable.
// With funder access "aggregates only", decisions about one organisation are not listed but counted (the server decides).
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { exportUrl, useSharedDecisions } from '../api.js';

export function SharedDecisions({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState('decidedOn');
  const [order, setOrder] = useState('desc');
  const params = { search: search.trim() || undefined, sort, order };
  const shared = useSharedDecisions(networkId, params);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('governance.shared.title')}
      </Title>
      <Text size="sm">{t('governance.shared.intro')}</Text>
      <Group align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={t('governance.shared.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Select
          label={t('governance.shared.sort')}
          data={[
            { value: 'decidedOn', label: t('governance.decisions.date') },
            { value: 'kind', label: t('governance.decisions.kind') },
            { value: 'bodyName', label: t('governance.decisions.body') },
          ]}
          value={sort}
          onChange={(v) => v && setSort(v)}
          allowDeselect={false}
          w={160}
        />
        <Select
          label={t('governance.shared.order')}
          data={[
            { value: 'asc', label: t('governance.shared.asc') },
            { value: 'desc', label: t('governance.shared.desc') },
          ]}
          value={order}
          onChange={(v) => v && setOrder(v)}
          allowDeselect={false}
          w={130}
        />
        <Button
          component="a"
          size="xs"
          variant="outline"
          href={exportUrl(networkId, 'decisions/shared', params, 'csv')}
          download
        >
          {t('governance.shared.exportCsv')}
        </Button>
        <Button
          component="a"
          size="xs"
          variant="outline"
          href={exportUrl(networkId, 'decisions/shared', params, 'xlsx')}
          download
        >
          {t('governance.shared.exportXlsx')}
        </Button>
      </Group>
      {shared.isPending ? (
        <PageLoader />
      ) : shared.isError ? (
        <PageError error={shared.error} onRetry={() => void shared.refetch()} />
      ) : (
        <>
          {shared.data.items.length === 0 ? (
            <EmptyState title={t('governance.shared.empty')} />
          ) : (
            <ScrollTable label={t('governance.shared.title')}>
              <Table striped miw={640} data-testid="shared-decisions">
                <Table.Caption>{t('governance.shared.title')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('governance.decisions.date')}</Table.Th>
                    <Table.Th scope="col">{t('governance.decisions.body')}</Table.Th>
                    <Table.Th scope="col">{t('governance.decisions.kind')}</Table.Th>
                    <Table.Th scope="col">{t('governance.decisions.text')}</Table.Th>
                    <Table.Th scope="col">{t('governance.decisions.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shared.data.items.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>{formatDate(d.decidedOn)}</Table.Td>
                      <Table.Td>{d.bodyName}</Table.Td>
                      <Table.Td>{t(`governance.decisions.kinds.${d.kind}`)}</Table.Td>
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
          {shared.data.organisationDecisions && shared.data.organisationDecisions.count > 0 && (
            <Text size="sm" data-testid="organisation-decisions">
              {t('governance.shared.organisationDecisions', { count: shared.data.organisationDecisions.count })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
