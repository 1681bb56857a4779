// The people of a network: search, sort, pages, export, and (for coordinators) inviting someone.
import { Button, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { Pager } from '../../../shared/pager.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { peopleExportUrl, usePeople, type PeopleParams, type SortOrder } from '../api.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';
import { peopleList, type PeopleSort } from '../../../../core/access/people-lists.js';
import { PEOPLE_SORTS } from '../../../../core/access/people.contract.js';
import { InvitationList } from './invitation-list.js';
import { InviteForm } from './invite-form.js';
import { PeopleTable } from './people-table.js';

const pageSize = 25;

function readSort(value: string | null): PeopleSort {
  return PEOPLE_SORTS.find((s) => s === value) ?? 'name';
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

      <ListToolbar
        searchLabel={t('people.searchLabel')}
        search={searchInput}
        onSearchChange={setSearchInput}
        sort={{
          list: peopleList,
          keys: PEOPLE_SORTS,
          extra: { createdAt: t('people.sortCreatedAt') },
          value: params.sort,
          onChange: (value) => update({ sort: value, pagina: null }),
        }}
        trailing={
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
        }
        summary={
          people.data && people.data.items.length > 0 ? (
            <Text aria-live="polite" data-testid="people-total">
              {t('people.total', { count: people.data.total })}
            </Text>
          ) : undefined
        }
        exportUrl={
          people.data && people.data.items.length > 0
            ? (format) => peopleExportUrl(networkId, params, format)
            : undefined
        }
      />

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
