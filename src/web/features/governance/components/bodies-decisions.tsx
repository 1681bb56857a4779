// Governance bodies with their members and meetings (agenda, minutes, attendance), and the decision log whose action items
// become tasks, with the shared list toolbar (search, kind, sort, CSV/Excel).
import { Button, Card, Checkbox, Group, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.js';
import { formatDate, formatDateTime } from '../../../shared/format.js';
import { labelForCode } from '../../../shared/labels.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { dutchDate } from '../../../../core/design/gap-signals.js';
import { NEED_THEMES } from '../../../../core/agenda/agenda-rules.js';
import {
  exportUrl,
  useBodies,
  useCreateBody,
  useCreateMeeting,
  useDecisions,
  useMeetings,
  useRecordAttendance,
  useRecordDecision,
  useUpdateMeeting,
  type BodyRow,
  type DecisionKind,
  type MeetingRow,
} from '../api.js';
import { BODY_KINDS as bodyKinds } from '../../../../core/design/design-apply.js';
import { DECISION_KINDS as decisionKinds, DECISION_SORTS } from '../../../../core/governance/governance.contract.js';
import { decisionsList, type DecisionSort } from '../../../../core/governance/governance-lists.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';

export function BodiesAndDecisions({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const bodies = useBodies(networkId);
  return (
    <Stack gap="xl">
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('governance.bodies.title')}
        </Title>
        {canManage && <BodyForm networkId={networkId} />}
        {bodies.isPending ? (
          <PageLoader />
        ) : bodies.isError ? (
          <PageError error={bodies.error} />
        ) : bodies.data.items.length === 0 ? (
          <EmptyState title={t('governance.bodies.empty')} />
        ) : (
          bodies.data.items.map((body) => (
            <BodyCard key={body.id} networkId={networkId} body={body} canManage={canManage} />
          ))
        )}
      </Stack>
      <Decisions networkId={networkId} bodies={bodies.data?.items ?? []} canManage={canManage} />
    </Stack>
  );
}

function BodyForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const create = useCreateBody(networkId);
  const [kind, setKind] = useState<string | null>('theme_group');
  const [name, setName] = useState('');
  const [theme, setTheme] = useState('');
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t('governance.bodies.kind')}
        data={bodyKinds.map((k) => ({ value: k, label: t(`governance.bodies.kinds.${k}`) }))}
        value={kind}
        onChange={setKind}
        allowDeselect={false}
        w={180}
      />
      <TextInput label={t('governance.bodies.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
      {kind === 'theme_group' && (
        // The agenda's need themes, so the themagroep's working place finds the needs and activities of its theme.
        <Select
          label={t('governance.bodies.theme')}
          data={NEED_THEMES.map((code) => ({ value: code, label: t(`agenda.themes.${code}`) }))}
          value={theme || null}
          onChange={(v) => setTheme(v ?? '')}
          w={260}
        />
      )}
      <Button
        variant="outline"
        loading={create.isPending}
        onClick={() =>
          kind &&
          name.trim() &&
          create.mutate(
            { kind, name: name.trim(), ...(kind === 'theme_group' && theme.trim() ? { theme: theme.trim() } : {}) },
            { onSuccess: () => (setName(''), setTheme('')) },
          )
        }
      >
        {t('governance.bodies.add')}
      </Button>
      {create.isError && (
        <Text c="red.9" size="sm" role="alert">
          {create.error.message}
        </Text>
      )}
    </Group>
  );
}

function BodyCard({ networkId, body, canManage }: { networkId: string; body: BodyRow; canManage: boolean }) {
  const { t } = useTranslation();
  const meetings = useMeetings(networkId, body.id);
  const createMeeting = useCreateMeeting(networkId);
  const [startsAt, setStartsAt] = useState('');
  const [agenda, setAgenda] = useState('');
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {body.name}{' '}
          <Text span size="sm">
            ({t(`governance.bodies.kinds.${body.kind}`)}
            {body.theme ? `: ${t(`agenda.themes.${body.theme}`, { defaultValue: body.theme })}` : ''})
          </Text>
        </Title>
        <Text size="sm">
          {t('governance.bodies.members')}:{' '}
          {body.members.length === 0
            ? t('governance.bodies.noMembers')
            : body.members.map((m) => `${m.personName} (${labelForCode(t, 'roles', m.role)})`).join(', ')}
        </Text>
        <Text fw={600} size="sm">
          {t('governance.bodies.meetings')}
        </Text>
        {meetings.data && meetings.data.items.length === 0 && (
          <Text size="sm">{t('governance.bodies.noMeetings')}</Text>
        )}
        {meetings.data?.items.map((m) => (
          <MeetingItem key={m.id} networkId={networkId} meeting={m} body={body} canManage={canManage} />
        ))}
        {canManage && (
          <Group align="flex-end" gap="sm">
            <TextInput
              type="datetime-local"
              label={t('governance.bodies.startsAt')}
              value={startsAt}
              onChange={(e) => setStartsAt(e.currentTarget.value)}
            />
            <TextInput
              label={t('governance.bodies.agenda')}
              value={agenda}
              onChange={(e) => setAgenda(e.currentTarget.value)}
              style={{ flex: '1 1 14rem' }}
            />
            <Button
              variant="outline"
              size="sm"
              loading={createMeeting.isPending}
              onClick={() =>
                startsAt &&
                createMeeting.mutate(
                  { bodyId: body.id, startsAt: new Date(startsAt).toISOString(), agenda },
                  { onSuccess: () => (setStartsAt(''), setAgenda('')) },
                )
              }
            >
              {t('governance.bodies.planMeeting')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function MeetingItem({
  networkId,
  meeting,
  body,
  canManage,
}: {
  networkId: string;
  meeting: MeetingRow;
  body: BodyRow;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(meeting.minutes);
  const update = useUpdateMeeting(networkId);
  const attendance = useRecordAttendance(networkId);
  const [present, setPresent] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  /** Minutes first, then the attendance from the version the minutes edit left (each step 409 when someone came first). */
  const saveMinutesAndAttendance = async () => {
    setMessage(null);
    try {
      await update.mutateAsync({ id: meeting.id, version: meeting.version, minutes });
      if (body.members.length > 0)
        await attendance.mutateAsync({
          id: meeting.id,
          version: meeting.version + 1,
          attendance: body.members.map((m) => ({ personId: m.personId, present: present.includes(m.personId) })),
        });
    } catch (error) {
      setMessage(
        error instanceof ApiError && error.code === 'stale_version'
          ? t('governance.bodies.meetingStale')
          : error instanceof Error
            ? error.message
            : String(error),
      );
    }
  };
  return (
    <Stack gap={4} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
      <Text size="sm" fw={600}>
        {formatDateTime(meeting.startsAt)} · {t('governance.bodies.present', { count: meeting.present })}
      </Text>
      {canManage ? (
        <MeetingAgenda key={meeting.id} networkId={networkId} meeting={meeting} />
      ) : (
        meeting.agenda && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {t('governance.bodies.agenda')}: {meeting.agenda}
          </Text>
        )
      )}
      {canManage ? (
        <>
          <Textarea
            label={t('governance.bodies.minutes')}
            value={minutes}
            onChange={(e) => setMinutes(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          {body.members.length > 0 && (
            <Checkbox.Group
              value={present}
              onChange={setPresent}
              label={t('governance.bodies.present', { count: present.length })}
            >
              <Group gap="sm" mt={4}>
                {body.members.map((m) => (
                  <Checkbox key={m.personId} value={m.personId} label={m.personName} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
          <Group>
            <Button
              size="xs"
              variant="outline"
              loading={update.isPending || attendance.isPending}
              onClick={() => void saveMinutesAndAttendance()}
            >
              {t('governance.bodies.saveMinutes')}
            </Button>
            {message && (
              <Text c="red.9" size="sm" role="alert">
                {message}
              </Text>
            )}
          </Group>
        </>
      ) : (
        meeting.minutes && <Text size="sm">{meeting.minutes}</Text>
      )}
    </Stack>
  );
}

/** The agenda of a meeting, edited after the meeting was planned; saved with the meeting's version (409 when stale). */
function MeetingAgenda({ networkId, meeting }: { networkId: string; meeting: MeetingRow }) {
  const { t } = useTranslation();
  const [agenda, setAgenda] = useState(meeting.agenda);
  const [message, setMessage] = useState<string | null>(null);
  const update = useUpdateMeeting(networkId);
  return (
    <Stack gap={4}>
      <Textarea
        label={t('governance.bodies.editAgenda')}
        value={agenda}
        onChange={(e) => setAgenda(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group gap="sm">
        <Button
          size="xs"
          variant="outline"
          loading={update.isPending}
          disabled={agenda === meeting.agenda}
          onClick={() => {
            setMessage(null);
            update.mutate(
              { id: meeting.id, version: meeting.version, agenda },
              {
                onSuccess: () => notifySuccess(t('governance.bodies.agendaSaved')),
                onError: (error) =>
                  setMessage(
                    error instanceof ApiError && error.code === 'stale_version'
                      ? t('governance.bodies.meetingStale')
                      : error.message,
                  ),
              },
            );
          }}
        >
          {t('governance.bodies.saveAgenda')}
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

function Decisions({ networkId, bodies, canManage }: { networkId: string; bodies: BodyRow[]; canManage: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [kindFilter, setKindFilter] = useState('');
  const [sort, setSort] = useState<DecisionSort>('decidedOn');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const params = { search: debounced.trim(), kind: kindFilter, sort, order };
  const decisions = useDecisions(networkId, params);
  const record = useRecordDecision(networkId);
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>('direction');
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [shared, setShared] = useState(false);
  const [sharedMembers, setSharedMembers] = useState(false);
  const [actionItem, setActionItem] = useState('');

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('governance.decisions.title')}
      </Title>
      {canManage && bodies.length > 0 && (
        <Stack gap="xs">
          <Group align="flex-end" gap="sm">
            <Select
              label={t('governance.decisions.body')}
              data={bodies.map((b) => ({ value: b.id, label: b.name }))}
              value={bodyId}
              onChange={setBodyId}
              w={200}
            />
            <Select
              label={t('governance.decisions.kind')}
              data={decisionKinds
                .filter((k) => k !== 'admission')
                .map((k) => ({ value: k, label: t(`governance.decisions.kinds.${k}`) }))}
              value={kind}
              onChange={setKind}
              allowDeselect={false}
              w={160}
            />
          </Group>
          <Textarea
            label={t('governance.decisions.text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
          />
          <TextInput
            label={t('governance.decisions.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <TextInput
            label={t('governance.decisions.actionItem')}
            value={actionItem}
            onChange={(e) => setActionItem(e.currentTarget.value)}
          />
          <Checkbox
            label={t('governance.decisions.shared')}
            checked={shared}
            onChange={(e) => setShared(e.currentTarget.checked)}
          />
          <Checkbox
            label={t('governance.decisions.sharedMembers')}
            checked={sharedMembers}
            onChange={(e) => setSharedMembers(e.currentTarget.checked)}
          />
          <Group>
            <Button
              loading={record.isPending}
              onClick={() =>
                bodyId &&
                kind &&
                text.trim() &&
                record.mutate(
                  {
                    bodyId,
                    kind: kind as DecisionKind,
                    decidedOn: dutchDate(new Date()),
                    text: text.trim(),
                    reason: reason.trim(),
                    sharedWithFunder: shared,
                    sharedWithMembers: sharedMembers,
                    actionItems: actionItem.trim() ? [{ title: actionItem.trim() }] : [],
                  },
                  {
                    onSuccess: () => {
                      notifySuccess(t('governance.decisions.saved'));
                      setText('');
                      setReason('');
                      setActionItem('');
                      setShared(false);
                      setSharedMembers(false);
                    },
                  },
                )
              }
            >
              {t('governance.decisions.add')}
            </Button>
          </Group>
          {record.isError && (
            <Text c="red.9" size="sm" role="alert">
              {record.error.message}
            </Text>
          )}
        </Stack>
      )}
      <ListToolbar
        searchLabel={t('governance.decisions.search')}
        search={search}
        onSearchChange={setSearch}
        filters={
          <Select
            label={t('governance.decisions.kindFilter')}
            data={[
              { value: '', label: t('governance.decisions.allKinds') },
              ...decisionKinds.map((k) => ({ value: k, label: t(`governance.decisions.kinds.${k}`) })),
            ]}
            value={kindFilter}
            onChange={(value) => setKindFilter(value ?? '')}
            allowDeselect={false}
            w={170}
          />
        }
        sort={{
          list: decisionsList,
          keys: DECISION_SORTS,
          value: sort,
          onChange: setSort,
        }}
        trailing={
          <Select
            label={t('governance.decisions.order')}
            data={[
              { value: 'asc', label: t('governance.decisions.asc') },
              { value: 'desc', label: t('governance.decisions.desc') },
            ]}
            value={order}
            onChange={(value) => setOrder(value === 'asc' ? 'asc' : 'desc')}
            allowDeselect={false}
            w={140}
          />
        }
        summary={
          decisions.data && decisions.data.items.length > 0 ? (
            <Text aria-live="polite">{t('governance.decisions.total', { count: decisions.data.items.length })}</Text>
          ) : undefined
        }
        exportUrl={
          decisions.data && decisions.data.items.length > 0
            ? (format) => exportUrl(networkId, 'decisions', params, format)
            : undefined
        }
      />
      {decisions.isPending ? (
        <PageLoader />
      ) : decisions.isError ? (
        <PageError error={decisions.error} />
      ) : decisions.data.items.length === 0 ? (
        <EmptyState title={t('governance.decisions.empty')} />
      ) : (
        <ScrollTable label={t('governance.decisions.tableLabel')}>
          <Table striped miw={800} data-testid="decisions-table">
            <Table.Caption>{t('governance.decisions.tableLabel')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('governance.decisions.date')}</Table.Th>
                <Table.Th>{t('governance.decisions.body')}</Table.Th>
                <Table.Th>{t('governance.decisions.kind')}</Table.Th>
                <Table.Th>{t('governance.decisions.text')}</Table.Th>
                <Table.Th>{t('governance.decisions.reason')}</Table.Th>
                <Table.Th>{t('governance.decisions.shared')}</Table.Th>
                <Table.Th>{t('governance.decisions.sharedMembers')}</Table.Th>
                <Table.Th>{t('governance.decisions.actionItems')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {decisions.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{formatDate(d.decidedOn)}</Table.Td>
                  <Table.Td>{d.bodyName}</Table.Td>
                  <Table.Td>{t(`governance.decisions.kinds.${d.kind}`)}</Table.Td>
                  <Table.Td>
                    {d.text}
                    {d.organisationName ? ` (${d.organisationName})` : ''}
                    {(d.advice ?? []).map((a) => (
                      <Text key={a.id} size="sm" mt={4} data-testid="decision-advice">
                        {t('governance.decisions.advice', {
                          text: a.text,
                          outcome: a.outcome ? t(`governance.decisions.adviceOutcomes.${a.outcome}`) : '',
                        })}
                        {a.outcomeReason
                          ? ` ${t('governance.decisions.adviceReason', { reason: a.outcomeReason })}`
                          : ''}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>{d.reason}</Table.Td>
                  <Table.Td>{d.sharedWithFunder ? '✓' : ''}</Table.Td>
                  <Table.Td>{d.sharedWithMembers ? '✓' : ''}</Table.Td>
                  <Table.Td>{d.actionItems}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
