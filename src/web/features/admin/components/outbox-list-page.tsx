// The mail outbox: every email the installation sends, searchable, with a detail view per message.
import { Anchor, Badge, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../shared/format.js';
import { labelForCode } from '../../../shared/labels.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { Pager } from '../../../shared/pager.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { useOutbox } from '../api.js';
import { statusColor } from './outbox-status.js';

const pageSize = 25;

export function OutboxListPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.outboxTitle'));
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('zoek') ?? '';
  const page = Math.max(1, Number(searchParams.get('pagina')) || 1);
  const [searchInput, setSearchInput] = useState(search);
  const [debouncedSearch] = useDebouncedValue(searchInput, 300);
  const outbox = useOutbox({ search, page, pageSize });

  function update(changes: Record<string, string | null>) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  }

  useEffect(() => {
    if (debouncedSearch.trim() !== search) update({ zoek: debouncedSearch.trim(), pagina: null });
    // Only the typed search drives this effect.
  }, [debouncedSearch]);

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1}>{t('admin.outboxTitle')}</Title>
        <Text>{t('admin.outboxIntro')}</Text>
      </Stack>
      <TextInput
        type="search"
        label={t('admin.outboxSearchLabel')}
        placeholder={t('people.searchPlaceholder')}
        value={searchInput}
        onChange={(e) => setSearchInput(e.currentTarget.value)}
        maw={420}
      />
      {outbox.isPending ? (
        <PageLoader />
      ) : outbox.isError ? (
        <PageError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : outbox.data.items.length === 0 ? (
        <EmptyState title={t('admin.outboxTitle')}>
          <Text>{search ? t('admin.outboxEmptySearch', { search }) : t('admin.outboxEmpty')}</Text>
        </EmptyState>
      ) : (
        <Stack gap="sm">
          <ScrollTable label={t('admin.outboxCaption')}>
            <Table striped highlightOnHover miw={760} data-testid="outbox-table">
              <Table.Caption>{t('admin.outboxCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.colSubject')}</Table.Th>
                  <Table.Th>{t('admin.colTo')}</Table.Th>
                  <Table.Th>{t('admin.colKind')}</Table.Th>
                  <Table.Th>{t('admin.colStatus')}</Table.Th>
                  <Table.Th>{t('admin.colCreatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outbox.data.items.map((message) => (
                  <Table.Tr key={message.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/beheer/outbox/${message.id}`}>
                        {message.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{message.toAddress}</Table.Td>
                    <Table.Td>{labelForCode(t, 'mailKinds', message.kind)}</Table.Td>
                    <Table.Td>
                      <Badge variant="outline" color={statusColor(message.status)}>
                        {labelForCode(t, 'outboxStatus', message.status)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(message.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Pager
            page={outbox.data.page}
            pageSize={outbox.data.pageSize}
            total={outbox.data.total}
            onChange={(next) => update({ pagina: String(next) })}
          />
        </Stack>
      )}
    </Stack>
  );
}
