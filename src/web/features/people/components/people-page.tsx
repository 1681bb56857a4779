// The people of a network: search, sort, pages, export, and (for coordinators) inviting someone.
import { Button, Group, Modal, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../app/page-states.js';
import { Pager } from '../../../app/pager.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { peopleExportUrl, usePeople, type PeopleParams, type PeopleSort, type SortOrder } from '../api.js';
import { InvitationList } from './invitation-list.js';
import { InviteForm } from './invite-form.js';
import { PeopleTable } from './people-table.js';

const pageSize = 25;

function readSort(value: string | null): PeopleSort {
  return value === 'email' || value === 'createdAt' ? value : 'name';
}

function readOrder(value: string | null): SortOrder {
  return value === 'desc' ? 'desc' : 'asc';
}

export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('people.title'));
  const { networkId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const session = useSession();
  const canInvite = hasPermission(session.data, networkId, 'people.invite');
  const isPhone = useMediaQuery('(max-width: 48em)');

  const search = searchParams.get('zoek') ?? '';
  const params: PeopleParams = {
    search,
    sort: readSort(searchParams.get('sort')),
    order: readOrder(searchParams.get('volgorde')),
    page: Math.max(1, Number(searchParams.get('pagina')) || 1),
    pageSize,
  };
  const [searchInput, setSearchInput] = useState(search);
  const [debouncedSearch] = useDebouncedValue(searchInput, 300);
  const inviteOpen = canInvite && searchParams.get('uitnodigen') === '1';

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
    // Only the typed search drives this; `update` and `search` change with every URL change.
  }, [debouncedSearch]);

  const people = usePeople(networkId, params);

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('people.title')}</Title>
          <Text>{t('people.intro')}</Text>
        </Stack>
        {canInvite && (
          <Button onClick={() => update({ uitnodigen: '1' })} data-testid="open-invite">
            {t('people.inviteButton')}
          </Button>
        )}
      </Group>

      <Group align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={t('people.searchLabel')}
          placeholder={t('people.searchPlaceholder')}
          value={searchInput}
          onChange={(e) => setSearchInput(e.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
        />
        <Select
          label={t('people.sortLabel')}
          data={[
            { value: 'name', label: t('people.sortName') },
            { value: 'email', label: t('people.sortEmail') },
            { value: 'createdAt', label: t('people.sortCreatedAt') },
          ]}
          value={params.sort}
          onChange={(value) => update({ sort: value, pagina: null })}
          allowDeselect={false}
          w={180}
        />
        <Select
          label={t('people.orderLabel')}
          data={[
            { value: 'asc', label: t('people.orderAsc') },
            { value: 'desc', label: t('people.orderDesc') },
          ]}
          value={params.order}
          onChange={(value) => update({ volgorde: value, pagina: null })}
          allowDeselect={false}
          w={150}
        />
      </Group>

      {people.isPending ? (
        <PageLoader />
      ) : people.isError ? (
        <PageError error={people.error} onRetry={() => void people.refetch()} />
      ) : people.data.items.length === 0 ? (
        <EmptyState title={t('people.emptyTitle')}>
          <Text>
            {params.search
              ? t('people.emptySearch', { search: params.search })
              : canInvite
                ? t('people.emptyText')
                : t('people.emptyTextNoInvite')}
          </Text>
        </EmptyState>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between">
            <Text aria-live="polite" data-testid="people-total">
              {t('people.total', { count: people.data.total })}
            </Text>
            <Group gap="xs">
              <Button
                component="a"
                variant="outline"
                size="xs"
                href={peopleExportUrl(networkId, params, 'csv')}
                download
              >
                {t('people.exportCsv')}
              </Button>
              <Button
                component="a"
                variant="outline"
                size="xs"
                href={peopleExportUrl(networkId, params, 'xlsx')}
                download
              >
                {t('people.exportXlsx')}
              </Button>
            </Group>
          </Group>
          <PeopleTable items={people.data.items} />
          <Pager
            page={people.data.page}
            pageSize={people.data.pageSize}
            total={people.data.total}
            onChange={(page) => update({ pagina: String(page) })}
          />
        </Stack>
      )}

      {canInvite && <InvitationList networkId={networkId} />}

      {/* Composed by hand so the dialog's header is not announced as a second page banner. */}
      <Modal.Root opened={inviteOpen} onClose={() => update({ uitnodigen: null })} fullScreen={isPhone}>
        <Modal.Overlay />
        <Modal.Content>
          <Modal.Header role="presentation">
            <Modal.Title fw={700}>{t('people.inviteTitle')}</Modal.Title>
            <Modal.CloseButton aria-label={t('people.inviteCancel')} />
          </Modal.Header>
          <Modal.Body>
            <InviteForm networkId={networkId} onDone={() => update({ uitnodigen: null })} />
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </Stack>
  );
}
