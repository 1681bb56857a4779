// The engagement ladder per member employer (searchable, sortable) and the coordinator's "who to call this week" list.
import { Anchor, Badge, Card, Group, List, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LADDER_STEPS } from '../../../../core/steering/ladder.js';
import { LADDER_TEXTS } from '../../../../core/steering/definitions.js';
import { formatDateOnly } from '../../../shared/format.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { hasPermission, useSession } from '../../../app/session.js';
import type { DashboardData } from '../api.js';
import { useSteeringT } from './measure-parts.js';

type Row = DashboardData['ladder'][number];
type SortKey = 'step' | 'name' | 'lastActivity';

export function LadderTab({ data }: { data: DashboardData }) {
  const { t } = useSteeringT();
  const { i18n } = useTranslation();
  const texts = i18n.language.startsWith('en') ? LADDER_TEXTS.en : LADDER_TEXTS.nl;
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortKey>('step');
  const networkId = useParams().networkId ?? '';
  const canRecord = hasPermission(useSession().data, networkId, 'interactions.record');
  // A drift alert is answered by a contact moment, recorded on the organisation's page (the form opens straight away).
  const recordLink = (r: Row) =>
    canRecord ? (
      <Anchor component={Link} to={`/n/${networkId}/leden/${r.organisationId}?contactmoment=nieuw`} size="sm">
        {t('recordContact')}
        <span className="visually-hidden"> — {r.name}</span>
      </Anchor>
    ) : null;
  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    const filtered = data.ladder.filter((r) => !q || r.name.toLowerCase().includes(q));
    const idx = (r: Row) => LADDER_STEPS.indexOf(r.step);
    return [...filtered].sort((a, b) =>
      sort === 'name'
        ? a.name.localeCompare(b.name, 'nl')
        : sort === 'lastActivity'
          ? (a.daysSinceActivity ?? 1e9) - (b.daysSinceActivity ?? 1e9)
          : idx(b) - idx(a) || a.name.localeCompare(b.name, 'nl'),
    );
  }, [data.ladder, search, sort]);
  const stepLabel = (step: Row['step']) => t(`steps.${step}` as const);
  const alertLabel = (a: string) => (a === 'slid' ? t('alertSlid') : t('alertQuiet'));
  const last = (r: Row) => (r.daysSinceActivity === null ? t('never') : t('daysAgo', { days: r.daysSinceActivity }));

  return (
    <Stack gap="lg">
      <Card withBorder data-testid="who-to-call">
        <Title order={2} size="h3">
          {t('whoToCall')}
        </Title>
        {data.whoToCall.length === 0 ? (
          <Text c="gray.7">{t('whoToCallEmpty')}</Text>
        ) : (
          <List mt="xs" spacing={4}>
            {data.whoToCall.map((r) => (
              <List.Item key={r.organisationId}>
                <Text span fw={600} data-testid="call-name">
                  {r.name}
                </Text>{' '}
                — {stepLabel(r.previousStep)} → {stepLabel(r.step)}, {t('lastActivity').toLowerCase()}: {last(r)} (
                {r.alerts.map(alertLabel).join(', ')}) {recordLink(r)}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <section aria-labelledby="ladder-h">
        <Title order={2} size="h3" id="ladder-h">
          {t('tabLadder')}
        </Title>
        <Text size="sm" c="gray.7">
          {texts.rule}
        </Text>
        <List size="sm" mt={4}>
          {LADDER_STEPS.map((s) => (
            <List.Item key={s}>
              <Text span fw={600} size="sm">
                {texts.steps[s]}
              </Text>
              : {texts.stepDefinitions[s]}
            </List.Item>
          ))}
        </List>
        <Group mt="sm" align="flex-end">
          <TextInput label={t('search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
          <Select
            label={t('sortBy')}
            value={sort}
            onChange={(v) => setSort((v as SortKey) ?? 'step')}
            data={[
              { value: 'step', label: t('step') },
              { value: 'name', label: t('organisation') },
              { value: 'lastActivity', label: t('lastActivity') },
            ]}
            allowDeselect={false}
          />
        </Group>
        <ScrollTable label={t('tabLadder')}>
          <Table striped miw={640} mt="sm" data-testid="ladder-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('organisation')}</Table.Th>
                <Table.Th>{t('step')}</Table.Th>
                <Table.Th>{t('previousStep')}</Table.Th>
                <Table.Th>{t('lastActivity')}</Table.Th>
                <Table.Th>{t('alerts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.organisationId}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{stepLabel(r.step)}</Table.Td>
                  <Table.Td>{stepLabel(r.previousStep)}</Table.Td>
                  <Table.Td>{last(r)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {r.alerts.map((a) => (
                        <Badge key={a} color={a === 'slid' ? 'red.9' : 'orange.9'} variant="light">
                          {alertLabel(a)}
                        </Badge>
                      ))}
                      {r.alerts.length > 0 && recordLink(r)}
                      {r.contactedOn && (
                        <Text span size="sm" c="gray.7">
                          {t('contactedOn', { date: formatDateOnly(r.contactedOn) })}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </section>
    </Stack>
  );
}
