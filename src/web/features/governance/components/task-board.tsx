// The task board: search, filter, sort, export; owner, due date and status edited in place with optimistic locking.
import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.js';
import { labelForCode, roleCodes } from '../../../shared/labels.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { ADVISOR_TEXTS } from '../../../../core/design/advisor-texts.js';
import type { TaskCode } from '../../../../core/design/task-catalogue.js';
import {
  exportUrl,
  useCreateTask,
  usePeopleOptions,
  useTasks,
  useUpdateTask,
  type TaskRow,
  type TaskStatus,
} from '../api.js';
import { TASK_STATUSES as statuses } from '../../../../core/governance/governance.contract.js';

export function TaskBoard({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const texts = ADVISOR_TEXTS[i18n.language === 'en' ? 'en' : 'nl'];
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [sort, setSort] = useState('label');
  const [order, setOrder] = useState('asc');
  const [newTitle, setNewTitle] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const params = {
    search: search.trim() || undefined,
    status: status ?? undefined,
    role: role ?? undefined,
    sort,
    order,
  };
  const tasks = useTasks(networkId, params);
  const people = usePeopleOptions(networkId);
  const update = useUpdateTask(networkId);
  const create = useCreateTask(networkId);
  const label = (x: TaskRow) => x.title ?? (x.code ? (texts.labels.task[x.code as TaskCode] ?? x.code) : '');

  function change(
    x: TaskRow,
    values: { status?: TaskStatus; assigneePersonId?: string | null; dueOn?: string | null },
  ) {
    setMessage(null);
    update.mutate(
      { id: x.id, version: x.version, ...values },
      {
        onSuccess: () => notifySuccess(t('governance.tasks.saved')),
        onError: (error) =>
          setMessage(
            error instanceof ApiError && error.code === 'stale_version' ? t('governance.tasks.stale') : error.message,
          ),
      },
    );
  }

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={t('governance.tasks.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Select
          label={t('governance.tasks.filterStatus')}
          placeholder={t('governance.tasks.allStatuses')}
          data={statuses.map((s) => ({ value: s, label: t(`governance.tasks.statuses.${s}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          w={160}
        />
        <Select
          label={t('governance.tasks.role')}
          placeholder={t('governance.roles.allRoles')}
          data={roleCodes.map((code) => ({ value: code, label: labelForCode(t, 'roles', code) }))}
          value={role}
          onChange={setRole}
          clearable
          w={200}
        />
        <Select
          label={t('governance.tasks.sort')}
          data={[
            { value: 'label', label: t('governance.tasks.task') },
            { value: 'dueOn', label: t('governance.tasks.due') },
            { value: 'status', label: t('governance.tasks.status') },
            { value: 'responsibleRole', label: t('governance.tasks.role') },
            { value: 'assigneeName', label: t('governance.tasks.owner') },
          ]}
          value={sort}
          onChange={(v) => v && setSort(v)}
          allowDeselect={false}
          w={170}
        />
        <Select
          label={t('governance.tasks.order')}
          data={[
            { value: 'asc', label: t('governance.tasks.asc') },
            { value: 'desc', label: t('governance.tasks.desc') },
          ]}
          value={order}
          onChange={(v) => v && setOrder(v)}
          allowDeselect={false}
          w={130}
        />
        <Button component="a" size="xs" variant="outline" href={exportUrl(networkId, 'tasks', params, 'csv')} download>
          {t('governance.tasks.exportCsv')}
        </Button>
        <Button component="a" size="xs" variant="outline" href={exportUrl(networkId, 'tasks', params, 'xlsx')} download>
          {t('governance.tasks.exportXlsx')}
        </Button>
      </Group>
      {canManage && (
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('governance.tasks.newTask')}
            value={newTitle}
            onChange={(e) => setNewTitle(e.currentTarget.value)}
            style={{ flex: '1 1 18rem' }}
          />
          <Button
            onClick={() =>
              newTitle.trim() && create.mutate({ title: newTitle.trim() }, { onSuccess: () => setNewTitle('') })
            }
            loading={create.isPending}
          >
            {t('governance.tasks.add')}
          </Button>
        </Group>
      )}
      {message && (
        <Text c="red.9" role="alert">
          {message}
        </Text>
      )}
      {tasks.isPending ? (
        <PageLoader />
      ) : tasks.isError ? (
        <PageError error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : tasks.data.items.length === 0 ? (
        <EmptyState title={t('governance.tasks.empty')} />
      ) : (
        <ScrollTable label={t('governance.tasks.tableLabel')}>
          <Table striped miw={900} data-testid="task-board">
            <Table.Caption>{t('governance.tasks.tableLabel')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('governance.tasks.task')}</Table.Th>
                <Table.Th>{t('governance.tasks.source')}</Table.Th>
                <Table.Th>{t('governance.tasks.role')}</Table.Th>
                <Table.Th>{t('governance.tasks.owner')}</Table.Th>
                <Table.Th>{t('governance.tasks.due')}</Table.Th>
                <Table.Th>{t('governance.tasks.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tasks.data.items.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td>{label(x)}</Table.Td>
                  <Table.Td>{t(`governance.tasks.sources.${x.source}`)}</Table.Td>
                  <Table.Td>{x.responsibleRole ? labelForCode(t, 'roles', x.responsibleRole) : ''}</Table.Td>
                  <Table.Td>
                    {canManage ? (
                      <Select
                        aria-label={t('governance.tasks.ownerLabel', { task: label(x) })}
                        placeholder={t('governance.tasks.noOwner')}
                        data={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                        value={x.assigneePersonId}
                        onChange={(v) => change(x, { assigneePersonId: v })}
                        clearable
                        searchable
                        size="xs"
                        w={190}
                      />
                    ) : (
                      (x.assigneeName ?? t('governance.tasks.noOwner'))
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canManage ? (
                      <TextInput
                        type="date"
                        size="xs"
                        aria-label={t('governance.tasks.dueLabel', { task: label(x) })}
                        value={x.dueOn ?? ''}
                        onChange={(e) => change(x, { dueOn: e.currentTarget.value || null })}
                        w={150}
                      />
                    ) : (
                      (x.dueOn ?? '')
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canManage ? (
                      <Select
                        aria-label={t('governance.tasks.statusLabel', { task: label(x) })}
                        data={statuses.map((s) => ({ value: s, label: t(`governance.tasks.statuses.${s}`) }))}
                        value={x.status}
                        onChange={(v) => v && change(x, { status: v as TaskStatus })}
                        allowDeselect={false}
                        size="xs"
                        w={120}
                      />
                    ) : (
                      t(`governance.tasks.statuses.${x.status}`)
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
