// People in roles with their terms: list (search, filter, sort, export), assign someone, end a term.
import { Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.js';
import { labelForCode, roleCodes } from '../../../shared/labels.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { addDays, todayInAmsterdam } from '../../../../core/calendar.js';
import { exportUrl, useAssignRole, useAssignments, useBodies, useEndTerm, usePeopleOptions } from '../api.js';

export function RoleAssignments({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [includeEnded, setIncludeEnded] = useState(false);
  const [sort, setSort] = useState('personName');
  const params = {
    search: search.trim() || undefined,
    role: role ?? undefined,
    includeEnded: includeEnded ? 'true' : undefined,
    sort,
  };
  const assignments = useAssignments(networkId, params);
  const endTerm = useEndTerm(networkId);
  const roleOptions = roleCodes.map((code) => ({ value: code, label: labelForCode(t, 'roles', code) }));

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('governance.roles.title')}
      </Title>
      {canManage && <AssignForm networkId={networkId} />}
      <Group align="flex-end" gap="sm">
        <TextInput
          type="search"
          label={t('governance.roles.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Select
          label={t('governance.roles.filterRole')}
          placeholder={t('governance.roles.allRoles')}
          data={roleOptions}
          value={role}
          onChange={setRole}
          clearable
          w={220}
        />
        <Select
          label={t('governance.tasks.sort')}
          data={[
            { value: 'personName', label: t('governance.roles.person') },
            { value: 'role', label: t('governance.roles.role') },
            { value: 'startsOn', label: t('governance.roles.starts') },
            { value: 'endsOn', label: t('governance.roles.ends') },
          ]}
          value={sort}
          onChange={(v) => v && setSort(v)}
          allowDeselect={false}
          w={170}
        />
        <Checkbox
          label={t('governance.roles.includeEnded')}
          checked={includeEnded}
          onChange={(e) => setIncludeEnded(e.currentTarget.checked)}
          mb={8}
        />
        <Button
          component="a"
          size="xs"
          variant="outline"
          href={exportUrl(networkId, 'assignments', params, 'csv')}
          download
        >
          {t('governance.roles.exportCsv')}
        </Button>
        <Button
          component="a"
          size="xs"
          variant="outline"
          href={exportUrl(networkId, 'assignments', params, 'xlsx')}
          download
        >
          {t('governance.roles.exportXlsx')}
        </Button>
      </Group>
      {assignments.isPending ? (
        <PageLoader />
      ) : assignments.isError ? (
        <PageError error={assignments.error} onRetry={() => void assignments.refetch()} />
      ) : assignments.data.items.length === 0 ? (
        <EmptyState title={t('governance.roles.empty')} />
      ) : (
        <ScrollTable label={t('governance.roles.tableLabel')}>
          <Table striped miw={720} data-testid="assignments-table">
            <Table.Caption>{t('governance.roles.tableLabel')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('governance.roles.person')}</Table.Th>
                <Table.Th>{t('governance.roles.role')}</Table.Th>
                <Table.Th>{t('governance.roles.body')}</Table.Th>
                <Table.Th>{t('governance.roles.starts')}</Table.Th>
                <Table.Th>{t('governance.roles.ends')}</Table.Th>
                {canManage && <Table.Th>{t('governance.roles.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assignments.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.personName}</Table.Td>
                  <Table.Td>{labelForCode(t, 'roles', a.role)}</Table.Td>
                  <Table.Td>{a.bodyName ?? t('governance.roles.noBody')}</Table.Td>
                  <Table.Td>{formatDate(a.startsOn)}</Table.Td>
                  <Table.Td>{a.endsOn ? formatDate(a.endsOn) : t('governance.roles.open')}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      {a.current && (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('governance.roles.endTermLabel', {
                            person: a.personName,
                            role: labelForCode(t, 'roles', a.role),
                          })}
                          onClick={() =>
                            endTerm.mutate(
                              {
                                id: a.id,
                                endsOn:
                                  addDays(todayInAmsterdam(new Date()), -1) < a.startsOn
                                    ? a.startsOn
                                    : addDays(todayInAmsterdam(new Date()), -1),
                              },
                              { onSuccess: () => notifySuccess(t('governance.roles.ended')) },
                            )
                          }
                        >
                          {t('governance.roles.endTerm')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}

function AssignForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const people = usePeopleOptions(networkId);
  const bodies = useBodies(networkId);
  const assign = useAssignRole(networkId);
  const [personId, setPersonId] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit() {
    const missing: Record<string, string> = {};
    if (!personId) missing.personId = t('form.required');
    if (!role) missing.role = t('form.required');
    setErrors(missing);
    if (!personId || !role) return;
    try {
      await assign.mutateAsync({
        personId,
        role,
        ...(startsOn ? { startsOn } : {}),
        ...(endsOn ? { endsOn } : {}),
        ...(bodyId ? { bodyId } : {}),
      });
      const person = people.data?.find((p) => p.id === personId)?.name ?? '';
      notifySuccess(t('governance.roles.assigned', { person, role: labelForCode(t, 'roles', role) }));
      setPersonId(null);
      setRole(null);
      setBodyId(null);
      setEndsOn('');
      setStartsOn('');
    } catch (error) {
      const e = error as { issues?: { path: string[]; message: string }[]; message?: string };
      const next: Record<string, string> = {};
      for (const issue of e.issues ?? []) next[issue.path[issue.path.length - 1] ?? 'form'] = issue.message;
      if (Object.keys(next).length === 0) next.form = e.message ?? String(error);
      setErrors(next);
    }
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="assign-title">
      <Text fw={600} id="assign-title">
        {t('governance.roles.assignTitle')}
      </Text>
      <Group align="flex-start" gap="sm">
        <Select
          label={t('governance.roles.person')}
          data={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={personId}
          onChange={setPersonId}
          searchable
          required
          error={errors.personId}
          w={220}
          data-testid="assign-person"
        />
        <Select
          label={t('governance.roles.role')}
          data={roleCodes.map((code) => ({ value: code, label: labelForCode(t, 'roles', code) }))}
          value={role}
          onChange={setRole}
          required
          error={errors.role}
          w={220}
          data-testid="assign-role"
        />
        <Select
          label={t('governance.roles.body')}
          data={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
          value={bodyId}
          onChange={setBodyId}
          clearable
          w={180}
        />
        <TextInput
          type="date"
          label={t('governance.roles.starts')}
          value={startsOn}
          onChange={(e) => setStartsOn(e.currentTarget.value)}
          error={errors.startsOn}
          w={160}
        />
        <TextInput
          type="date"
          label={t('governance.roles.ends')}
          value={endsOn}
          onChange={(e) => setEndsOn(e.currentTarget.value)}
          error={errors.endsOn}
          w={160}
          data-testid="assign-ends"
        />
      </Group>
      {errors.form && (
        <Text c="red.9" size="sm" role="alert">
          {errors.form}
        </Text>
      )}
      <Group>
        <Button onClick={() => void submit()} loading={assign.isPending} data-testid="assign-submit">
          {t('governance.roles.assign')}
        </Button>
      </Group>
    </Stack>
  );
}
