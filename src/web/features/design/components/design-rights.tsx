// Who may do what, and why (decision 016): per role the actions it has in this network, each with its reason — the fixed
// base of the role, or a task of the applied design that the role carries out (R) or decides (A). Below it the floor that
// no design moves. Read-only: rights change by changing the design.
import { Alert, Group, List, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.js';
import { labelForCode } from '../../../shared/labels.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { ADVISOR_TEXTS } from '../../../../core/design/advisor-texts.js';
import type { TaskCode } from '../../../../core/design/task-catalogue.js';
import { useRights } from '../api.js';

export function DesignRights({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const texts = ADVISOR_TEXTS[i18n.language === 'en' ? 'en' : 'nl'];
  const rights = useRights(networkId);
  const [role, setRole] = useState<string | null>(null);
  const [search, setSearch] = useState('');

  const actionLabel = (action: string) =>
    (t as unknown as (key: string, options: { defaultValue: string }) => string)(`design.rights.actions.${action}`, {
      defaultValue: action,
    });
  // In a running sentence ("…: kandidaten zien, plaatsingen zien") the labels start in lower case.
  const inSentence = (action: string) => {
    const label = actionLabel(action);
    return label.charAt(0).toLocaleLowerCase() + label.slice(1);
  };
  const taskLabel = (task: string) => texts.labels.task[task as TaskCode] ?? task;

  const chosen = rights.data?.roles.find((r) => r.role === role) ?? rights.data?.roles[0];
  const needle = search.trim().toLocaleLowerCase();
  const rows = (chosen?.actions ?? [])
    .map((a) => ({ ...a, label: actionLabel(a.action) }))
    .filter((a) => !needle || a.label.toLocaleLowerCase().includes(needle) || a.action.includes(needle))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));

  if (rights.isPending) return <PageLoader />;
  if (rights.isError) return <PageError error={rights.error} onRetry={() => void rights.refetch()} />;
  const { design, roles, floor } = rights.data;
  if (roles.length === 0) return <EmptyState title={t('design.rights.noDesign')} />;

  const reasons = (a: (typeof rows)[number]) => [
    ...(a.base ? [t('design.rights.base')] : []),
    ...a.fromDesign.map((from) =>
      t('design.rights.fromTask', { task: taskLabel(from.task), via: from.via, number: design?.versionNumber ?? '' }),
    ),
  ];

  return (
    <Stack gap="md">
      <Text>{t('design.rights.intro')}</Text>
      <Text fw={600} data-testid="rights-design">
        {design
          ? t('design.rights.applied', { number: design.versionNumber, date: formatDate(design.appliedAt) })
          : t('design.rights.noDesign')}
      </Text>
      <Group align="flex-end">
        <NativeSelect
          label={t('design.rights.role')}
          value={chosen?.role ?? ''}
          onChange={(event) => setRole(event.currentTarget.value)}
          data={roles.map((r) => ({ value: r.role, label: labelForCode(t, 'roles', r.role) }))}
          data-testid="rights-role"
        />
        <TextInput
          label={t('design.rights.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
        />
      </Group>
      {chosen && (
        <Text size="sm" c="dimmed">
          {t('design.rights.holders', { count: chosen.holders })}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text>{t('design.rights.noMatch')}</Text>
      ) : (
        <ScrollTable label={chosen ? labelForCode(t, 'roles', chosen.role) : t('design.rights.action')}>
          <Table striped data-testid="rights-table">
            <Table.Caption>{chosen ? labelForCode(t, 'roles', chosen.role) : ''}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('design.rights.action')}</Table.Th>
                <Table.Th scope="col">{t('design.rights.why')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.action} data-action={a.action}>
                  <Table.Td>{a.label}</Table.Td>
                  <Table.Td>{reasons(a).join('; ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Alert color="gray" variant="light">
        <Title order={3} size="h5" mb="xs">
          {t('design.rights.floorTitle')}
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>
            {t('design.rights.floorPersonalData', { actions: floor.personalData.map(inSentence).join(', ') })}
          </List.Item>
          <List.Item>
            {t('design.rights.floorNetworkKeys', { actions: floor.networkKeys.map(inSentence).join(', ') })}
          </List.Item>
          <List.Item>
            {t('design.rights.floorRoles', {
              roles: floor.rolesWithoutDesignRights.map((r) => labelForCode(t, 'roles', r)).join(', '),
            })}
          </List.Item>
        </List>
      </Alert>
    </Stack>
  );
}
