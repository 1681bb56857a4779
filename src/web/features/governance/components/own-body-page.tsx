// Mijn groep: the working place of the bodies one holds a role in today. The kartrekker of a themagroep runs it (members,
// meetings with agenda, minutes and attendance; the theme's needs and activities); a klankbordgroep member reads their own
// body's meetings and minutes. What may be done comes from the server (`canRun`), which checks it again on every request.
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api-client.js';
import { formatDate, formatDateOnly, formatDateTime } from '../../../shared/format.js';
import { labelForCode } from '../../../shared/labels.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import type { MeetingRow } from '../api.js';
import {
  useAddOwnBodyMember,
  useCreateOwnBodyMeeting,
  useOwnBodies,
  useOwnBody,
  useOwnBodyAgenda,
  useOwnBodyCandidates,
  useOwnBodyMeeting,
  useRemoveOwnBodyMember,
  useSaveOwnBodyMeeting,
  type OwnBody,
  type OwnBodyDetail,
} from '../own-body-api.js';

function errorText(error: unknown, staleText?: string): string {
  if (error instanceof ApiError && error.code === 'stale_version' && staleText) return staleText;
  if (error instanceof ApiError && error.issues?.length) return error.issues.map((i) => i.message).join(' ');
  return error instanceof Error ? error.message : String(error);
}

/** The list of one's groups; with exactly one group it opens that group at once. */
export function OwnBodiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('governance.ownBody.title'));
  const { networkId = '' } = useParams();
  const bodies = useOwnBodies(networkId);
  if (bodies.data?.items.length === 1)
    return <Navigate to={`/n/${networkId}/mijn-groep/${bodies.data.items[0]!.id}`} replace />;
  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap={4}>
        <Title order={1}>{t('governance.ownBody.title')}</Title>
        <Text>{t('governance.ownBody.intro')}</Text>
      </Stack>
      {bodies.isPending ? (
        <PageLoader />
      ) : bodies.isError ? (
        <PageError error={bodies.error} />
      ) : bodies.data.items.length === 0 ? (
        <EmptyState title={t('governance.ownBody.empty')}>
          <Text size="sm">{t('governance.ownBody.emptyHint')}</Text>
        </EmptyState>
      ) : (
        bodies.data.items.map((body) => <BodyLinkCard key={body.id} networkId={networkId} body={body} />)
      )}
    </Stack>
  );
}

function BodyLinkCard({ networkId, body }: { networkId: string; body: OwnBody }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Anchor component={Link} to={`/n/${networkId}/mijn-groep/${body.id}`} fw={600}>
            {body.name}
          </Anchor>
          <Text size="sm">
            {t('governance.ownBody.yourRoles', {
              roles: body.roles.map((r) => labelForCode(t, 'roles', r)).join(', '),
            })}
          </Text>
        </Stack>
        <Text size="sm">{body.canRun ? t('governance.ownBody.runs') : t('governance.ownBody.reads')}</Text>
      </Group>
    </Card>
  );
}

/** A start-page card: one line per group, linking to its working place. Nothing when one holds no group today. */
export function OwnBodiesCard({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const bodies = useOwnBodies(networkId);
  if (!bodies.data || bodies.data.items.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="own-bodies-card">
      <Title order={2} size="h3" mb="xs">
        {t('governance.ownBody.card.title')}
      </Title>
      <Stack gap={4}>
        {bodies.data.items.map((body) => (
          <Text key={body.id} size="sm">
            <Anchor component={Link} to={`/n/${networkId}/mijn-groep/${body.id}`} fw={600}>
              {body.name}
            </Anchor>
            {' — '}
            {t(body.canRun ? 'governance.ownBody.card.run' : 'governance.ownBody.card.read', { name: body.name })}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

const tabs = ['leden', 'vergaderingen', 'agenda'] as const;
type Tab = (typeof tabs)[number];

export function OwnBodyPage() {
  const { t } = useTranslation();
  const { networkId = '', bodyId = '' } = useParams();
  const body = useOwnBody(networkId, bodyId);
  usePageTitle(body.data?.name ?? t('governance.ownBody.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('tab');
  const tab: Tab = tabs.includes(raw as Tab) ? (raw as Tab) : 'vergaderingen';

  if (body.isPending) return <PageLoader />;
  if (body.isError)
    return (
      <Stack gap="lg" maw={1100}>
        <Anchor component={Link} to={`/n/${networkId}/mijn-groep`} size="sm">
          {t('governance.ownBody.back')}
        </Anchor>
        <Title order={1}>{t('governance.ownBody.title')}</Title>
        {body.error instanceof ApiError && body.error.status === 404 ? (
          <EmptyState title={t('governance.ownBody.notYours')} />
        ) : (
          <PageError error={body.error} />
        )}
      </Stack>
    );
  const data = body.data;
  const isThemeGroup = data.kind === 'theme_group';
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/n/${networkId}/mijn-groep`} size="sm">
          {t('governance.ownBody.back')}
        </Anchor>
        <Title order={1}>{data.name}</Title>
        <Group gap="sm">
          {data.theme && (
            <Badge variant="light" color="indigo">
              {t('governance.ownBody.theme', {
                theme: t(`agenda.themes.${data.theme}`, { defaultValue: data.theme }),
              })}
            </Badge>
          )}
          <Text size="sm">{data.canRun ? t('governance.ownBody.runs') : t('governance.ownBody.reads')}</Text>
        </Group>
      </Stack>
      <Tabs
        value={tab}
        onChange={(v) => setSearchParams({ tab: v ?? 'vergaderingen' }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="vergaderingen">{t('governance.ownBody.tabs.meetings')}</Tabs.Tab>
          <Tabs.Tab value="leden">{t('governance.ownBody.tabs.members')}</Tabs.Tab>
          {isThemeGroup && <Tabs.Tab value="agenda">{t('governance.ownBody.tabs.agenda')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="vergaderingen" pt="md">
          <Meetings networkId={networkId} body={data} />
        </Tabs.Panel>
        <Tabs.Panel value="leden" pt="md">
          <Members networkId={networkId} body={data} />
        </Tabs.Panel>
        {isThemeGroup && (
          <Tabs.Panel value="agenda" pt="md">
            <ThemeAgenda networkId={networkId} body={data} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function Members({ networkId, body }: { networkId: string; body: OwnBodyDetail }) {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const candidates = useOwnBodyCandidates(networkId, body.id, body.canRun);
  const add = useAddOwnBodyMember(networkId, body.id);
  const remove = useRemoveOwnBodyMember(networkId, body.id);
  const options = (candidates.data?.items ?? []).map((c) => ({ value: c.personId, label: c.personName }));
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('governance.ownBody.members.title')} ({t('governance.ownBody.members.count', { count: body.members.length })}
        )
      </Title>
      {body.canRun && (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('governance.ownBody.members.person')}
            placeholder={t('governance.ownBody.members.personPlaceholder')}
            data={options}
            value={personId}
            onChange={setPersonId}
            searchable
            nothingFoundMessage={t('governance.ownBody.members.noCandidates')}
            style={{ flex: '1 1 18rem' }}
            error={message ?? undefined}
          />
          <Button
            loading={add.isPending}
            onClick={() => {
              setMessage(null);
              if (!personId) return setMessage(t('governance.ownBody.members.choosePerson'));
              const name = options.find((o) => o.value === personId)?.label ?? '';
              add.mutate(
                { personId },
                {
                  onSuccess: () => {
                    setPersonId(null);
                    notifySuccess(t('governance.ownBody.members.added', { name }));
                  },
                  onError: (error) => setMessage(errorText(error)),
                },
              );
            }}
          >
            {t('governance.ownBody.members.add')}
          </Button>
        </Group>
      )}
      {body.members.length === 0 ? (
        <EmptyState title={t('governance.ownBody.members.empty')} />
      ) : (
        <ScrollTable label={t('governance.ownBody.members.tableLabel', { name: body.name })}>
          <Table striped data-testid="own-body-members">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('governance.ownBody.members.name')}</Table.Th>
                <Table.Th scope="col">{t('governance.ownBody.members.role')}</Table.Th>
                <Table.Th scope="col">{t('governance.ownBody.members.since')}</Table.Th>
                {body.canRun && <Table.Th scope="col">{t('governance.ownBody.members.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {body.members.map((m) => (
                <Table.Tr key={m.assignmentId}>
                  <Table.Td>{m.personName}</Table.Td>
                  <Table.Td>{labelForCode(t, 'roles', m.role)}</Table.Td>
                  <Table.Td>{formatDateOnly(m.startsOn)}</Table.Td>
                  {body.canRun && (
                    <Table.Td>
                      {m.role === 'theme_member' && (
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          aria-label={t('governance.ownBody.members.remove', { name: m.personName })}
                          loading={remove.isPending && remove.variables === m.assignmentId}
                          onClick={() =>
                            remove.mutate(m.assignmentId, {
                              onSuccess: () =>
                                notifySuccess(t('governance.ownBody.members.removed', { name: m.personName })),
                              onError: (error) => setMessage(errorText(error)),
                            })
                          }
                        >
                          {t('governance.ownBody.members.removeShort')}
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

function Meetings({ networkId, body }: { networkId: string; body: OwnBodyDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('governance.ownBody.meetings.title')}
      </Title>
      {body.canRun && <PlanMeeting networkId={networkId} bodyId={body.id} />}
      {body.meetings.length === 0 ? (
        <EmptyState title={t('governance.ownBody.meetings.empty')} />
      ) : (
        body.meetings.map((m) => <MeetingCard key={m.id} networkId={networkId} body={body} meeting={m} />)
      )}
    </Stack>
  );
}

function PlanMeeting({ networkId, bodyId }: { networkId: string; bodyId: string }) {
  const { t } = useTranslation();
  const [startsAt, setStartsAt] = useState('');
  const [agenda, setAgenda] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const create = useCreateOwnBodyMeeting(networkId, bodyId);
  return (
    <Card withBorder padding="md" component="form" aria-label={t('governance.ownBody.meetings.plan')}>
      <Stack gap="sm">
        <TextInput
          type="datetime-local"
          label={t('governance.ownBody.meetings.startsAt')}
          value={startsAt}
          onChange={(e) => setStartsAt(e.currentTarget.value)}
          error={dateError ?? undefined}
          required
          maw={260}
        />
        <Textarea
          label={t('governance.ownBody.meetings.agenda')}
          placeholder={t('governance.ownBody.meetings.agendaPlaceholder')}
          value={agenda}
          onChange={(e) => setAgenda(e.currentTarget.value)}
          autosize
          minRows={3}
        />
        <Group>
          <Button
            type="submit"
            loading={create.isPending}
            onClick={(e) => {
              e.preventDefault();
              setDateError(null);
              setMessage(null);
              const date = startsAt ? new Date(startsAt) : null;
              if (!date || Number.isNaN(date.getTime()))
                return setDateError(t('governance.ownBody.meetings.startsAtRequired'));
              create.mutate(
                { startsAt: date.toISOString(), agenda },
                {
                  onSuccess: () => {
                    setStartsAt('');
                    setAgenda('');
                    notifySuccess(t('governance.ownBody.meetings.planned'));
                  },
                  onError: (error) => setMessage(errorText(error)),
                },
              );
            }}
          >
            {t('governance.ownBody.meetings.plan')}
          </Button>
          {message && (
            <Text c="red.9" size="sm" role="alert">
              {message}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function MeetingCard({ networkId, body, meeting }: { networkId: string; body: OwnBodyDetail; meeting: MeetingRow }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder padding="md" data-testid="own-body-meeting">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            {formatDateTime(meeting.startsAt)}
          </Title>
          <Text size="sm">{t('governance.ownBody.meetings.present', { count: meeting.present })}</Text>
        </Group>
        {editing ? (
          <MeetingEditor networkId={networkId} body={body} meetingId={meeting.id} onClose={() => setEditing(false)} />
        ) : (
          <>
            <Text size="sm" fw={600}>
              {t('governance.ownBody.meetings.agenda')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {meeting.agenda || t('governance.ownBody.meetings.noAgenda')}
            </Text>
            <Text size="sm" fw={600}>
              {t('governance.ownBody.meetings.minutes')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {meeting.minutes || t('governance.ownBody.meetings.noMinutes')}
            </Text>
            {body.canRun && (
              <Group>
                <Button size="xs" variant="outline" onClick={() => setEditing(true)}>
                  {t('governance.ownBody.meetings.edit')}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Agenda, minutes and attendance of one meeting, read fresh from the server and saved with its version. */
function MeetingEditor({
  networkId,
  body,
  meetingId,
  onClose,
}: {
  networkId: string;
  body: OwnBodyDetail;
  meetingId: string;
  onClose: () => void;
}) {
  const detail = useOwnBodyMeeting(networkId, body.id, meetingId);
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <PageError error={detail.error} />;
  return <MeetingForm networkId={networkId} body={body} meeting={detail.data} onClose={onClose} />;
}

function MeetingForm({
  networkId,
  body,
  meeting,
  onClose,
}: {
  networkId: string;
  body: OwnBodyDetail;
  meeting: NonNullable<ReturnType<typeof useOwnBodyMeeting>['data']>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [agenda, setAgenda] = useState(meeting.agenda);
  const [minutes, setMinutes] = useState(meeting.minutes);
  const [present, setPresent] = useState<string[]>(meeting.attendance.filter((a) => a.present).map((a) => a.personId));
  const [message, setMessage] = useState<string | null>(null);
  const save = useSaveOwnBodyMeeting(networkId, body.id);
  const people = [
    ...new Map(
      [...body.members.map((m) => [m.personId, m.personName] as const)].concat(
        meeting.attendance.map((a) => [a.personId, a.personName] as const),
      ),
    ).entries(),
  ];
  return (
    <Stack gap="sm">
      <Textarea
        label={t('governance.ownBody.meetings.agenda')}
        value={agenda}
        onChange={(e) => setAgenda(e.currentTarget.value)}
        autosize
        minRows={3}
      />
      <Textarea
        label={t('governance.ownBody.meetings.minutes')}
        value={minutes}
        onChange={(e) => setMinutes(e.currentTarget.value)}
        autosize
        minRows={4}
      />
      {people.length > 0 && (
        <Checkbox.Group value={present} onChange={setPresent} label={t('governance.ownBody.meetings.attendance')}>
          <Group gap="md" mt={4}>
            {people.map(([id, name]) => (
              <Checkbox key={id} value={id} label={name} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
      <Group>
        <Button
          loading={save.isPending}
          onClick={() => {
            setMessage(null);
            save.mutate(
              {
                id: meeting.id,
                version: meeting.version,
                agenda,
                minutes,
                attendance: people.map(([personId]) => ({ personId, present: present.includes(personId) })),
              },
              {
                onSuccess: () => {
                  notifySuccess(t('governance.ownBody.meetings.saved'));
                  onClose();
                },
                onError: (error) => setMessage(errorText(error, t('governance.ownBody.meetings.stale'))),
              },
            );
          }}
        >
          {t('governance.ownBody.meetings.save')}
        </Button>
        <Button variant="subtle" onClick={onClose}>
          {t('governance.ownBody.meetings.cancel')}
        </Button>
        {message && (
          <Text c="red.9" size="sm" role="alert">
            {message}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

function ThemeAgenda({ networkId, body }: { networkId: string; body: OwnBodyDetail }) {
  const { t } = useTranslation();
  const agenda = useOwnBodyAgenda(networkId, body.id, true);
  if (agenda.isPending) return <PageLoader />;
  if (agenda.isError) return <PageError error={agenda.error} />;
  const { needTheme, needs, activities } = agenda.data;
  if (!needTheme) return <EmptyState title={t('governance.ownBody.agenda.noTheme')} />;
  const theme = t(`agenda.themes.${needTheme}`, { defaultValue: needTheme });
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('governance.ownBody.agenda.activitiesTitle')}
          </Title>
          <Anchor component={Link} to={`/n/${networkId}/agenda`} size="sm">
            {t('governance.ownBody.agenda.agendaLink')}
          </Anchor>
        </Group>
        {activities.length === 0 ? (
          <Text size="sm">{t('governance.ownBody.agenda.noActivities')}</Text>
        ) : (
          <ScrollTable label={t('governance.ownBody.agenda.activitiesLabel', { theme })}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('governance.ownBody.agenda.title')}</Table.Th>
                  <Table.Th scope="col">{t('governance.ownBody.agenda.startsAt')}</Table.Th>
                  <Table.Th scope="col">{t('governance.ownBody.agenda.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activities.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/n/${networkId}/agenda/${a.id}`}>
                        {a.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDateTime(a.startsAt)}</Table.Td>
                    <Table.Td>{t(`agenda.activityStatus.${a.status}`, { defaultValue: a.status })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('governance.ownBody.agenda.needsTitle')}
          </Title>
          <Anchor component={Link} to={`/n/${networkId}/behoeften`} size="sm">
            {t('governance.ownBody.agenda.needsLink')}
          </Anchor>
        </Group>
        {needs.length === 0 ? (
          <Text size="sm">{t('governance.ownBody.agenda.noNeeds')}</Text>
        ) : (
          <ScrollTable label={t('governance.ownBody.agenda.needsLabel', { theme })}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('governance.ownBody.agenda.title')}</Table.Th>
                  <Table.Th scope="col">{t('governance.ownBody.agenda.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('governance.ownBody.agenda.status')}</Table.Th>
                  <Table.Th scope="col">{t('governance.ownBody.agenda.raisedOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {needs.map((n) => (
                  <Table.Tr key={n.id}>
                    <Table.Td>{n.title}</Table.Td>
                    <Table.Td>{n.organisationName ?? '—'}</Table.Td>
                    <Table.Td>{t(`agenda.needStatus.${n.status}`, { defaultValue: n.status })}</Table.Td>
                    <Table.Td>{formatDate(n.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Stack>
  );
}
