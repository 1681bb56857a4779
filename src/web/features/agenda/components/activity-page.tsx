// One activity: what, when, where, for which needs; registering and cancelling; for the organiser the registrations and
// waiting list; for an attendee who was there, a short evaluation. A member who runs the activity for their own organisation
// (organising or hosting it, from the applied design) gets the organiser's part too, registering colleagues only.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Radio,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../shared/api-client.js';
import { formatDateTime, formatNumber } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { hasPermission, useSession } from '../../../app/session.js';
import {
  activityIcsUrl,
  useActivity,
  useCandidateOptions,
  useCandidateRegistrationAction,
  useContactOptions,
  useOwnOrganisationContacts,
  useRegistrationAction,
  useUpdateActivity,
  type ActivityDetail,
  type CandidateRegistrationRow,
  type RegistrationRow,
} from '../api.js';
import { placesTaken } from '../../../../core/agenda/agenda-rules.js';
import { useAgendaText } from './use-text.js';

export function ActivityPage() {
  const tx = useAgendaText();
  const { networkId = '', activityId = '' } = useParams();
  const session = useSession();
  const canManage = hasPermission(session.data, networkId, 'activities.manage');
  const canRegister = hasPermission(session.data, networkId, 'activities.register');
  const canManageCandidates = hasPermission(session.data, networkId, 'candidates.manage');
  const activity = useActivity(networkId, activityId);
  usePageTitle(activity.data?.title ?? tx('title'));
  const action = useRegistrationAction(networkId, activityId);
  const [error, setError] = useState<string | null>(null);
  const onError = (err: unknown) => setError(err instanceof ApiError ? err.message : String(err));

  if (activity.isPending) return <PageLoader />;
  if (activity.isError) return <PageError error={activity.error} onRetry={() => void activity.refetch()} />;
  const a = activity.data;
  const mine = a.myRegistration;
  const open = a.status === 'planned' && new Date(a.endsAt) > new Date();

  return (
    <Stack gap="lg" maw={900}>
      <Anchor component={Link} to={`/n/${networkId}/agenda`}>
        {tx('back')}
      </Anchor>
      <Stack gap={4}>
        <Group gap="xs">
          <Badge variant="light" color="blue">
            {tx(`workForms.${a.workForm}`)}
          </Badge>
          {a.status !== 'planned' && (
            <Badge variant="outline" color="gray.8">
              {tx(`activityStatus.${a.status}`)}
            </Badge>
          )}
        </Group>
        <Title order={1}>{a.title}</Title>
        {a.description && <Text>{a.description}</Text>}
      </Stack>
      <Card withBorder>
        <Stack gap={4}>
          <Text>
            <strong>{tx('when')}:</strong> {formatDateTime(a.startsAt)} – {formatDateTime(a.endsAt)}
          </Text>
          <Text>
            <strong>{tx('where')}:</strong> {a.location ?? ''}{' '}
            {a.onlineUrl && <Anchor href={a.onlineUrl}>{tx('online')}</Anchor>}
          </Text>
          {a.hostName && (
            <Text>
              <strong>{tx('host')}:</strong> {a.hostName}
            </Text>
          )}
          <Text>
            <strong>{tx('initiator')}:</strong> {tx(`initiators.${a.initiatorKind}`)}
          </Text>
          <Text data-testid="places">
            <strong>{tx('places')}:</strong>{' '}
            {a.capacity === null
              ? tx('placesUnlimited', { registered: placesTaken(a) })
              : tx('placesFree', { registered: placesTaken(a), capacity: a.capacity })}
            {a.waitlisted > 0 ? `; ${tx('waitingCount', { count: a.waitlisted })}` : ''}
          </Text>
          {(a.openToCandidates || a.candidatesRegistered > 0) && (
            <Text data-testid="candidate-places">
              <strong>{tx('candidates')}:</strong>{' '}
              {tx('candidatesCount', { registered: a.candidatesRegistered, attended: a.candidatesAttended })}
              {a.openToCandidates ? ` · ${tx('candidatesOpen')}` : ''}
            </Text>
          )}
          {!(canManage && canManageCandidates) && a.candidateRegistrations.length > 0 && (
            <Stack gap={2} data-testid="candidate-registrations">
              <Text fw={600}>{a.managesCandidates ? tx('candidates') : tx('candidatesShared')}</Text>
              <List size="sm">
                {a.candidateRegistrations
                  .filter((c) => c.status !== 'cancelled')
                  .map((c) => (
                    <List.Item key={c.id}>
                      {[c.firstName, c.code, c.wishes].filter(Boolean).join(' · ')}
                      {c.attended ? ` — ${tx('present')}` : ''}
                    </List.Item>
                  ))}
              </List>
            </Stack>
          )}
          <Anchor href={activityIcsUrl(networkId, activityId)} download>
            {tx('downloadIcs')}
          </Anchor>
        </Stack>
      </Card>
      <Stack gap="xs" component="section" aria-labelledby="needs-title">
        <Title order={2} size="h3" id="needs-title">
          {tx('needsTitle')}
        </Title>
        {a.needs.length === 0 ? (
          <Text>{tx('noNeeds')}</Text>
        ) : (
          a.needs.map((n) => (
            <Text key={n.id}>
              {n.title}
              {n.organisationName ? ` — ${n.organisationName}` : ''}{' '}
              <Badge size="sm" variant="outline" color="gray.8">
                {tx(`needStatus.${n.status}`)}
              </Badge>
            </Text>
          ))
        )}
      </Stack>
      {error && (
        <Alert color="red" role="alert" onClose={() => setError(null)} withCloseButton closeButtonLabel={tx('cancel')}>
          {error}
        </Alert>
      )}
      {canRegister && (
        <Group>
          {mine ? (
            <>
              <Text data-testid="my-status">
                {mine.status === 'waitlisted' ? tx('waitlistedNote') : tx('registeredNote')}
              </Text>
              {open && (
                <Button
                  variant="outline"
                  onClick={() =>
                    action.mutate(
                      { action: 'cancel', registrationId: mine.id },
                      { onSuccess: () => notifySuccess(tx('cancelledToast')), onError },
                    )
                  }
                >
                  {tx('unregister')}
                </Button>
              )}
            </>
          ) : (
            open && (
              <Button
                data-testid="register"
                onClick={() =>
                  action.mutate(
                    { action: 'register' },
                    {
                      onSuccess: (r) =>
                        notifySuccess(
                          (r as { status: string }).status === 'waitlisted'
                            ? tx('waitlistedToast')
                            : tx('registeredToast'),
                        ),
                      onError,
                    },
                  )
                }
              >
                {tx('register')}
              </Button>
            )
          )}
        </Group>
      )}
      {mine && mine.attended && new Date(a.startsAt) <= new Date() && (
        <EvaluationForm networkId={networkId} activityId={activityId} mine={mine} />
      )}
      {canManage && canManageCandidates && a.managesCandidates && (
        <CandidatesSection networkId={networkId} a={a} onError={onError} />
      )}
      {(canManage || a.runsActivity) && (
        <Organiser networkId={networkId} a={a} colleaguesOnly={!canManage} onError={onError} />
      )}
    </Stack>
  );
}

function Organiser({
  networkId,
  a,
  colleaguesOnly,
  onError,
}: {
  networkId: string;
  a: ActivityDetail;
  colleaguesOnly: boolean;
  onError: (e: unknown) => void;
}) {
  const tx = useAgendaText();
  const action = useRegistrationAction(networkId, a.id);
  const own = useOwnOrganisationContacts(networkId, colleaguesOnly);
  const [personId, setPersonId] = useState<string | null>(null);
  // The picker searches on the server (a network has more contacts than one list holds); the chosen person stays in the
  // options while the list changes, and its label in the box is not searched for again.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 250);
  const contacts = useContactOptions(networkId, !colleaguesOnly, chosen && typed === chosen.label ? '' : search);
  const listed = a.registrations.filter((r) => r.status === 'registered');
  const waiting = a.registrations.filter((r) => r.status === 'waitlisted');
  // People registered or on the waiting list stay in the picker, greyed out and marked, so nobody picks them in vain.
  const alreadyIn = new Set(a.registrations.filter((r) => r.status !== 'cancelled').map((r) => r.personId));
  // A member registers colleagues of their own organisation (the server refuses anyone else); the list is short.
  const options = colleaguesOnly
    ? (own.data?.contacts ?? []).map((c) =>
        alreadyIn.has(c.id)
          ? { value: c.id, label: `${c.name} — ${tx('alreadyRegistered')}`, disabled: true }
          : { value: c.id, label: c.name },
      )
    : [
        ...(chosen && !contacts.data?.items.some((c) => c.id === chosen.value) ? [chosen] : []),
        ...(contacts.data?.items ?? []).map((c) => {
          const label = c.organisationName ? `${c.name} (${c.organisationName})` : c.name;
          return alreadyIn.has(c.id)
            ? { value: c.id, label: `${label} — ${tx('alreadyRegistered')}`, disabled: true }
            : { value: c.id, label };
        }),
      ];
  return (
    <Stack gap="md">
      {colleaguesOnly && <Text data-testid="runs-note">{tx('runsNote')}</Text>}
      {a.evaluation.count > 0 && (
        <Text>
          {tx('evaluationSummary', {
            count: a.evaluation.count,
            average: a.evaluation.averageRating === null ? '' : formatNumber(a.evaluation.averageRating, 1),
            helped: a.evaluation.helped,
          })}
        </Text>
      )}
      <Group justify="space-between">
        <Title order={2} size="h3">
          {tx('registrationsTitle')}
        </Title>
        <Button
          component={Link}
          to={`/n/${networkId}/agenda/${a.id}/aanwezigheid`}
          variant="outline"
          data-testid="check-in-link"
        >
          {tx('checkInLink')}
        </Button>
      </Group>
      <Group align="flex-end">
        <Select
          label={tx(colleaguesOnly ? 'colleagueLabel' : 'personLabel')}
          data={options}
          value={personId}
          onChange={(value, option) => {
            setPersonId(value);
            setChosen(value && option ? { value, label: option.label } : null);
          }}
          searchValue={typed}
          onSearchChange={setTyped}
          filter={colleaguesOnly ? undefined : ({ options: shown }) => shown}
          nothingFoundMessage={tx(colleaguesOnly ? 'noColleagues' : 'noContactFound')}
          searchable
          clearable
          w={320}
        />
        <Button
          disabled={!personId || alreadyIn.has(personId)}
          onClick={() =>
            personId &&
            action.mutate(
              { action: 'register', personId },
              {
                onSuccess: () => {
                  setPersonId(null);
                  setChosen(null);
                  setTyped('');
                },
                onError,
              },
            )
          }
        >
          {tx(colleaguesOnly ? 'registerColleague' : 'registerSomeone')}
        </Button>
      </Group>
      <RegistrationTable
        caption={tx('registrationsTitle')}
        rows={listed}
        onCancel={(id) => action.mutate({ action: 'cancel', registrationId: id }, { onError })}
      />
      <Title order={2} size="h3">
        {tx('waitlistTitle')}
      </Title>
      <RegistrationTable
        caption={tx('waitlistTitle')}
        rows={waiting}
        onCancel={(id) => action.mutate({ action: 'cancel', registrationId: id }, { onError })}
      />
    </Stack>
  );
}

/**
 * The coordinator's part for candidates (issue 19): open the meeting to candidates, register one of the network's
 * candidates (picked by code; the server refuses a full, past or closed meeting), and per registered candidate the
 * attendance and cancelling. Candidates are listed apart from the members' registrations.
 */
function CandidatesSection({
  networkId,
  a,
  onError,
}: {
  networkId: string;
  a: ActivityDetail;
  onError: (e: unknown) => void;
}) {
  const tx = useAgendaText();
  const update = useUpdateActivity(networkId, a.id);
  const action = useCandidateRegistrationAction(networkId, a.id);
  const [candidateId, setCandidateId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 250);
  const open = a.status === 'planned' && new Date(a.startsAt) > new Date();
  const options = useCandidateOptions(
    networkId,
    a.openToCandidates && open,
    chosen && typed === chosen.label ? '' : search,
  );
  const current = a.candidateRegistrations.filter((c) => c.status === 'registered');
  const alreadyIn = new Set(current.map((c) => c.candidateId));
  const data = [
    ...(chosen && !options.data?.items.some((c) => c.id === chosen.value) ? [chosen] : []),
    ...(options.data?.items ?? [])
      .filter((c) => !c.erased)
      .map((c) => {
        const label = c.place ? `${c.code} · ${c.place}` : c.code;
        return alreadyIn.has(c.id)
          ? { value: c.id, label: `${label} — ${tx('alreadyRegistered')}`, disabled: true }
          : { value: c.id, label };
      }),
  ];
  return (
    <Stack gap="md" component="section" aria-labelledby="candidates-title" data-testid="candidates-section">
      <Title order={2} size="h3" id="candidates-title">
        {tx('candidatesTitle')}
      </Title>
      <Switch
        label={tx('candidatesOpen')}
        description={tx('candidatesHelp')}
        checked={a.openToCandidates}
        disabled={update.isPending}
        onChange={(e) => {
          const openToCandidates = e.currentTarget.checked;
          update
            .mutateAsync({ openToCandidates, version: a.version })
            .then(() => notifySuccess(tx('openToCandidatesSaved')))
            .catch(onError);
        }}
        data-testid="open-to-candidates"
      />
      {a.openToCandidates && open ? (
        <Group align="flex-end">
          <Select
            label={tx('candidateLabel')}
            placeholder={tx('candidateSearchHint')}
            data={data}
            value={candidateId}
            onChange={(value, option) => {
              setCandidateId(value);
              setChosen(value && option ? { value, label: option.label } : null);
            }}
            searchValue={typed}
            onSearchChange={setTyped}
            filter={({ options: shown }) => shown}
            nothingFoundMessage={tx('noCandidateFound')}
            searchable
            clearable
            w={320}
            data-testid="candidate-picker"
          />
          <Button
            disabled={!candidateId || alreadyIn.has(candidateId)}
            loading={action.isPending}
            onClick={() => {
              if (!candidateId) return;
              action
                .mutateAsync({ action: 'register', candidateId })
                .then(() => {
                  notifySuccess(tx('candidateRegisteredToast'));
                  setCandidateId(null);
                  setChosen(null);
                  setTyped('');
                })
                .catch(onError);
            }}
            data-testid="register-candidate"
          >
            {tx('registerCandidate')}
          </Button>
        </Group>
      ) : (
        !a.openToCandidates && <Text>{tx('notOpenForCandidates')}</Text>
      )}
      <CandidateTable
        rows={current}
        onAttendance={(id, attended) =>
          action.mutateAsync({ action: 'attendance', registrationId: id, attended }).catch(onError)
        }
        onCancel={(id) =>
          action
            .mutateAsync({ action: 'cancel', registrationId: id })
            .then(() => notifySuccess(tx('candidateCancelledToast')))
            .catch(onError)
        }
      />
    </Stack>
  );
}

function CandidateTable({
  rows,
  onAttendance,
  onCancel,
}: {
  rows: CandidateRegistrationRow[];
  onAttendance: (id: string, attended: boolean) => Promise<unknown>;
  onCancel: (id: string) => Promise<unknown>;
}) {
  const tx = useAgendaText();
  if (rows.length === 0) return <Text>{tx('noCandidates')}</Text>;
  const nameOf = (c: CandidateRegistrationRow) => [c.firstName, c.code].filter(Boolean).join(' · ');
  return (
    <ScrollTable label={tx('candidatesTitle')}>
      <Table striped miw={560} data-testid="candidate-table">
        <Table.Caption>{tx('candidatesTitle')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tx('candidateColumn')}</Table.Th>
            <Table.Th>{tx('registeredByColumn')}</Table.Th>
            <Table.Th>{tx('present')}</Table.Th>
            <Table.Th>{tx('unregister')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id} data-testid="candidate-row">
              <Table.Td>{nameOf(c)}</Table.Td>
              <Table.Td>
                {c.registeredBy === 'self' || c.registeredBy === 'coordinator'
                  ? tx(`registeredBy.${c.registeredBy}`)
                  : ''}
              </Table.Td>
              <Table.Td>
                <Checkbox
                  checked={Boolean(c.attended)}
                  onChange={(e) => void onAttendance(c.id, e.currentTarget.checked)}
                  aria-label={tx('candidatePresentLabel', { name: nameOf(c) })}
                  data-testid="candidate-present"
                />
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red.8"
                  onClick={() => void onCancel(c.id)}
                  aria-label={`${tx('unregister')}: ${nameOf(c)}`}
                >
                  {tx('unregister')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function RegistrationTable({
  caption,
  rows,
  onCancel,
}: {
  caption: string;
  rows: RegistrationRow[];
  onCancel: (id: string) => void;
}) {
  const tx = useAgendaText();
  if (rows.length === 0) return <Text>{tx('noRegistrations')}</Text>;
  return (
    <ScrollTable label={caption}>
      <Table striped miw={560}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tx('personLabel')}</Table.Th>
            <Table.Th>{tx('registrationRoles.attendee')}</Table.Th>
            <Table.Th>{tx('checkInTitle')}</Table.Th>
            <Table.Th>{tx('evaluationTitle')}</Table.Th>
            <Table.Th>{tx('unregister')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                {r.personName}
                {r.organisationName ? ` (${r.organisationName})` : ''}
              </Table.Td>
              <Table.Td>{tx(`registrationRoles.${r.role}`)}</Table.Td>
              <Table.Td>{r.attended ? tx('present') : ''}</Table.Td>
              <Table.Td>
                {r.rating
                  ? `${r.rating}/5${r.needMet === null ? '' : r.needMet ? `, ${tx('yes')}` : `, ${tx('no')}`}`
                  : ''}
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red.8"
                  onClick={() => onCancel(r.id)}
                  aria-label={`${tx('unregister')}: ${r.personName}`}
                >
                  {tx('unregister')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function EvaluationForm({
  networkId,
  activityId,
  mine,
}: {
  networkId: string;
  activityId: string;
  mine: RegistrationRow;
}) {
  const tx = useAgendaText();
  const action = useRegistrationAction(networkId, activityId);
  const [rating, setRating] = useState(mine.rating ?? 0);
  const [needMet, setNeedMet] = useState<string>(mine.needMet === null ? 'na' : mine.needMet ? 'yes' : 'no');
  const [comment, setComment] = useState(mine.evaluationComment ?? '');
  return (
    <Card withBorder component="section" aria-labelledby="evaluation-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          action.mutate(
            {
              action: 'evaluate',
              registrationId: mine.id,
              rating,
              needMet: needMet === 'na' ? null : needMet === 'yes',
              comment,
            },
            { onSuccess: () => notifySuccess(tx('evaluationThanks')) },
          );
        }}
      >
        <Stack>
          <Title order={2} size="h3" id="evaluation-title">
            {tx('evaluationTitle')}
          </Title>
          {mine.rating && <Text>{tx('evaluationDone', { rating: mine.rating })}</Text>}
          <Radio.Group
            label={tx('ratingLabel')}
            value={rating ? String(rating) : ''}
            onChange={(v) => setRating(Number(v))}
            data-testid="rating"
          >
            <Group mt={4}>
              {[1, 2, 3, 4, 5].map((n) => (
                <Radio key={n} value={String(n)} label={String(n)} />
              ))}
            </Group>
          </Radio.Group>
          <Radio.Group label={tx('needMetLabel')} value={needMet} onChange={setNeedMet}>
            <Group mt={4}>
              <Radio value="yes" label={tx('yes')} />
              <Radio value="no" label={tx('no')} />
              <Radio value="na" label={tx('notApplicable')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={tx('commentLabel')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group>
            <Button type="submit" disabled={rating < 1} loading={action.isPending}>
              {tx('sendEvaluation')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
