// The list of candidates by pseudonymous code: search, filter by status, sort, pages and CSV/XLSX export.
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../app/format.js';
import { EmptyState, PageError, PageLoader } from '../../../app/page-states.js';
import { Pager } from '../../../app/pager.js';
import { ScrollTable } from '../../../app/scroll-table.js';
import { CANDIDATE_STATUSES } from '../../../../core/candidates/codes.js';
import { candidatesExportUrl, useCandidates, type CandidateParams } from '../api.js';

type Props = {
  networkId: string;
  canManage: boolean;
  params: URLSearchParams;
  update: (changes: Record<string, string | null>) => void;
};

const sorts = ['relevance', 'createdAt', 'code', 'status', 'hoursPerWeek'] as const;

export function CandidateList({ networkId, canManage, params, update }: Props) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const search = params.get('zoek') ?? '';
  // A sort the user chose wins; otherwise the best matches first while searching, else the newest first.
  const chosen = params.get('sort') ?? '';
  const sort =
    (sorts as readonly string[]).includes(chosen) && (chosen !== 'relevance' || search)
      ? (chosen as CandidateParams['sort'])
      : search
        ? 'relevance'
        : 'createdAt';
  const query: CandidateParams = {
    search,
    status: params.get('status') ?? '',
    sort,
    order: params.get('volgorde') === 'asc' ? 'asc' : 'desc',
    page: Math.max(1, Number(params.get('pagina')) || 1),
    pageSize: 25,
  };
  const [input, setInput] = useState(search);
  const [debounced] = useDebouncedValue(input, 300);
  useEffect(() => {
    if (debounced.trim() !== search) update({ zoek: debounced.trim(), pagina: null });
  }, [debounced]);
  const list = useCandidates(networkId, query);

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={t('list.search')}
          value={input}
          onChange={(e) => setInput(e.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
        />
        <Select
          label={t('list.status')}
          data={[
            { value: '', label: t('list.allStatuses') },
            ...CANDIDATE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
          ]}
          value={query.status}
          onChange={(value) => update({ status: value || null, pagina: null })}
          allowDeselect={false}
          w={190}
        />
        <Select
          label={t('list.sort')}
          data={[
            ...(search ? [{ value: 'relevance', label: t('list.relevance') }] : []),
            { value: 'createdAt', label: t('list.registered') },
            { value: 'code', label: t('list.code') },
            { value: 'status', label: t('list.status') },
            { value: 'hoursPerWeek', label: t('list.hours') },
          ]}
          value={query.sort}
          onChange={(value) => update({ sort: value, pagina: null })}
          allowDeselect={false}
          w={170}
        />
        <Select
          label={t('list.order')}
          data={[
            { value: 'asc', label: t('list.asc') },
            { value: 'desc', label: t('list.desc') },
          ]}
          value={query.order}
          onChange={(value) => update({ volgorde: value, pagina: null })}
          allowDeselect={false}
          w={140}
        />
        {canManage && (
          <Button component={Link} to={`/n/${networkId}/kandidaten/nieuw`} data-testid="new-candidate">
            {t('list.newCandidate')}
          </Button>
        )}
      </Group>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('list.empty')} />
      ) : (
        <Stack gap="sm">
          <Group justify="space-between">
            <Text aria-live="polite">{t('list.total', { count: list.data.total })}</Text>
            <Group gap="xs">
              <Button
                component="a"
                variant="outline"
                size="xs"
                href={candidatesExportUrl(networkId, query, 'csv')}
                download
              >
                {t('list.exportCsv')}
              </Button>
              <Button
                component="a"
                variant="outline"
                size="xs"
                href={candidatesExportUrl(networkId, query, 'xlsx')}
                download
              >
                {t('list.exportXlsx')}
              </Button>
            </Group>
          </Group>
          <ScrollTable label={t('list.tableLabel')}>
            <Table striped highlightOnHover miw={640} data-testid="candidate-table">
              <Table.Caption>{t('list.tableLabel')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.code')}</Table.Th>
                  <Table.Th>{t('list.status')}</Table.Th>
                  <Table.Th>{t('list.place')}</Table.Th>
                  <Table.Th>{t('list.hours')}</Table.Th>
                  <Table.Th>{t('list.register')}</Table.Th>
                  <Table.Th>{t('list.registered')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/n/${networkId}/kandidaten/${c.id}`}>
                        {c.code}
                      </Anchor>{' '}
                      {c.erased && (
                        <Badge size="xs" color="gray.7" variant="outline">
                          {t('list.erased')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`statuses.${c.status}` as 'statuses.registered')}</Table.Td>
                    <Table.Td>{c.place}</Table.Td>
                    <Table.Td>{c.hoursPerWeek}</Table.Td>
                    <Table.Td>{t(`register.${c.targetGroupRegister}` as 'register.yes')}</Table.Td>
                    <Table.Td>{formatDate(c.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Pager
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onChange={(page) => update({ pagina: String(page) })}
          />
        </Stack>
      )}
    </Stack>
  );
}
