// The list of candidates by pseudonymous code: search, filter by status, sort, pages and CSV/XLSX export.
import { Anchor, Badge, Button, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { Pager } from '../../../shared/pager.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { CANDIDATE_STATUSES } from '../../../../core/candidates/codes.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';
import { candidatesList, type CandidateSort } from '../../../../core/candidates/candidates-lists.js';
import { CANDIDATE_SORTS } from '../../../../core/candidates/candidates.contract.js';
import { candidatesExportUrl, useCandidates, type CandidateParams } from '../api.js';

type Props = {
  networkId: string;
  canManage: boolean;
  params: URLSearchParams;
  update: (changes: Record<string, string | null>) => void;
};

export function CandidateList({ networkId, canManage, params, update }: Props) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const search = params.get('zoek') ?? '';
  // A sort the user chose wins; otherwise the best matches first while searching, else the newest first.
  const chosen = params.get('sort') ?? '';
  const sort: CandidateSort =
    (CANDIDATE_SORTS as readonly string[]).includes(chosen) && (chosen !== 'relevance' || search)
      ? (chosen as CandidateSort)
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
      <ListToolbar
        searchLabel={t('list.search')}
        search={input}
        onSearchChange={setInput}
        filters={
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
        }
        sort={{
          list: candidatesList,
          label: t('list.sort'),
          // Best match only means something while searching.
          keys: search ? CANDIDATE_SORTS : CANDIDATE_SORTS.filter((s) => s !== 'relevance'),
          extra: { relevance: t('list.relevance') },
          value: sort,
          onChange: (value) => update({ sort: value, pagina: null }),
        }}
        trailing={
          <>
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
          </>
        }
        summary={
          list.data && list.data.items.length > 0 ? (
            <Text aria-live="polite">{t('list.total', { count: list.data.total })}</Text>
          ) : undefined
        }
        exportUrl={
          list.data && list.data.items.length > 0
            ? (format) => candidatesExportUrl(networkId, query, format)
            : undefined
        }
      />
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('list.empty')} />
      ) : (
        <Stack gap="sm">
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
