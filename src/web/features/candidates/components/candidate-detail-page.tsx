// One candidate: personal data (this view is logged), status with history, consents (withdrawal works at once), matching
// opportunities with the score breakdown and a propose button, the log of who viewed the data, and the candidate's rights.
import { todayInAmsterdam } from '../../../../core/calendar.js';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { findBsnLikeNumbers } from '../../../../core/candidates/bsn.js';
import { candidateActionWords } from '../../../../core/candidates/candidates-lists.js';
import { CANDIDATE_STATUSES, CONSENT_RECIPIENTS, SHAREABLE_FIELDS } from '../../../../core/candidates/codes.js';
import { formatDate, formatDateOnly, formatDateTime } from '../../../shared/format.js';
import { FormErrorSummary, useFormErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { hasPermission, useSession } from '../../../app/session.js';
import {
  candidateExportUrl,
  useAddConsent,
  useCandidate,
  useCandidateMatches,
  useChangeStatus,
  useEmployers,
  useEraseCandidate,
  useHandleRequest,
  useOfferPortal,
  usePortalStatus,
  usePropose,
  useViewLog,
  useWithdrawConsent,
  type CandidateDetail,
  type PortalStatus,
} from '../api.js';
import { CandidateEditForm } from './candidate-edit-form.js';
import { LivedExperienceCard } from './lived-experience-card.js';
import { ScoreBreakdown } from './score-breakdown.js';

type T = ReturnType<typeof useTranslation<'translation', 'candidates'>>['t'];

export function CandidateDetailPage() {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const { networkId = '', candidateId = '' } = useParams();
  const session = useSession();
  const can = (p: string) => hasPermission(session.data, networkId, p);
  const candidate = useCandidate(networkId, candidateId);
  usePageTitle(candidate.data?.code ?? t('title'));

  if (candidate.isPending) return <PageLoader />;
  if (candidate.isError) return <PageError error={candidate.error} onRetry={() => void candidate.refetch()} />;
  const c = candidate.data;
  const manage = can('candidates.manage') && !c.erasedAt;

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={`/n/${networkId}/kandidaten`}>
        {t('detail.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{c.code}</Title>
        <Badge size="lg" data-testid="candidate-status">
          {t(`statuses.${c.status}` as 'statuses.registered')}
        </Badge>
      </Group>
      {c.erasedAt && <Alert color="gray">{t('detail.erasedBanner', { date: formatDate(c.erasedAt) })}</Alert>}
      {c.eraseOn && !c.erasedAt && <Text size="sm">{t('detail.eraseOn', { date: formatDate(c.eraseOn) })}</Text>}
      <DataCard networkId={networkId} c={c} t={t} manage={manage} />
      {manage && <StatusCard networkId={networkId} c={c} t={t} />}
      <ConsentsCard networkId={networkId} c={c} t={t} manage={manage} />
      {!c.erasedAt && <LivedExperienceCard networkId={networkId} candidateId={c.id} manage={manage} />}
      {manage && <MatchesCard networkId={networkId} candidateId={c.id} t={t} />}
      {can('candidates.view_log') && <ViewLogCard networkId={networkId} candidateId={c.id} t={t} />}
      {can('candidates.rights') && <RightsCard networkId={networkId} c={c} t={t} />}
      {manage && <PortalCard networkId={networkId} candidateId={c.id} canHandle={can('candidates.rights')} t={t} />}
    </Stack>
  );
}

function DataCard({ networkId, c, t, manage }: { networkId: string; c: CandidateDetail; t: T; manage: boolean }) {
  const [editing, setEditing] = useState(false);
  const none = t('detail.none');
  const rows: [string, string][] = [
    [t('fields.firstName'), c.firstName ?? none],
    [t('fields.email'), c.email ?? none],
    [t('fields.phone'), c.phone ?? none],
    [t('fields.place'), c.place ?? none],
    [t('fields.postcodeArea'), c.postcodeArea ?? none],
    [t('fields.wishes'), c.wishes ?? none],
    [t('fields.hoursPerWeek'), c.hoursPerWeek === null ? none : String(c.hoursPerWeek)],
    [
      t('fields.supportNeeded'),
      c.supportNeeded.length ? c.supportNeeded.map((s) => t(`support.${s}` as 'support.jobcoach')).join(', ') : none,
    ],
    [t('fields.availableFrom'), c.availableFrom ? formatDate(c.availableFrom) : none],
    [t('fields.referredBy'), c.referredBy ? t(`referrers.${c.referredBy}` as 'referrers.wsp') : none],
    [
      t('fields.targetGroupRegister'),
      `${t(`register.${c.targetGroupRegister}` as 'register.yes')}${c.targetGroupRegisterOn ? ` (${formatDate(c.targetGroupRegisterOn)})` : ''}`,
    ],
  ];
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {editing ? t('edit.title', { code: c.code }) : t('detail.data')}
        </Title>
        {manage && !editing && (
          <Button variant="outline" size="xs" onClick={() => setEditing(true)} data-testid="edit-candidate">
            {t('edit.open')}
          </Button>
        )}
      </Group>
      {editing ? (
        <CandidateEditForm networkId={networkId} c={c} onDone={() => setEditing(false)} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" data-testid="candidate-data">
          {rows.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" fw={700}>
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}

function StatusCard({ networkId, c, t }: { networkId: string; c: CandidateDetail; t: T }) {
  const change = useChangeStatus(networkId, c.id);
  const form = useFormErrors('status');
  const [status, setStatus] = useState<string | null>(c.status);
  const [reason, setReason] = useState('');
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (findBsnLikeNumbers(reason).length && form.showFieldErrors({ reason: t('bsn') })) return;
    change.mutate(
      { status: status ?? c.status, reason: reason.trim() || null, version: c.version },
      {
        onSuccess: () => {
          notifySuccess(t('detail.statusSaved'));
          setReason('');
        },
        onError: (error) => form.showServerError(error, ['status', 'reason']),
      },
    );
  }
  return (
    <Card withBorder>
      <Title order={2} size="h3" mb="sm">
        {t('detail.status')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormErrorSummary state={form} labels={{ status: t('detail.newStatus'), reason: t('fields.statusReason') }} />
          <Group align="flex-end">
            <Select
              id={form.fieldId('status')}
              label={t('detail.newStatus')}
              data={CANDIDATE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
              value={status}
              onChange={setStatus}
              allowDeselect={false}
              w={220}
            />
            <TextInput
              id={form.fieldId('reason')}
              label={t('fields.statusReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={form.error('reason')}
              style={{ flex: '1 1 16rem' }}
            />
            <Button type="submit" loading={change.isPending}>
              {t('detail.saveStatus')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Title order={3} size="h4" mt="md" mb="xs">
        {t('detail.history')}
      </Title>
      <Stack gap={2}>
        {c.statusHistory.map((s) => (
          <Text size="sm" key={`${s.changedAt}-${s.toStatus}`}>
            {formatDateTime(s.changedAt)}: {t(`statuses.${s.toStatus}` as 'statuses.registered')}
            {s.reason ? ` — ${s.reason}` : ''}
            {s.changedBy ? ` (${s.changedBy})` : ''}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}

function ConsentsCard({ networkId, c, t, manage }: { networkId: string; c: CandidateDetail; t: T; manage: boolean }) {
  const withdraw = useWithdrawConsent(networkId, c.id);
  const [adding, setAdding] = useState(false);
  const recipientLabel = (r: CandidateDetail['consents'][number]) =>
    r.organisationName ?? r.otherNetworkName ?? t(`consent.recipients.${r.recipient}` as 'consent.recipients.employer');
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {t('detail.consents')}
        </Title>
        {manage && (
          <Button variant="outline" size="xs" onClick={() => setAdding(true)}>
            {t('consent.add')}
          </Button>
        )}
      </Group>
      <ScrollTable label={t('consent.tableLabel')}>
        <Table miw={720} data-testid="consent-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consent.recipient')}</Table.Th>
              <Table.Th>{t('consent.fields')}</Table.Th>
              <Table.Th>{t('consent.givenOn')}</Table.Th>
              <Table.Th>{t('consent.validUntil')}</Table.Th>
              <Table.Th>{t('consent.recordedBy')}</Table.Th>
              <Table.Th>{t('consent.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.consents.map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td>{recipientLabel(k)}</Table.Td>
                <Table.Td>{k.fields.map((f) => t(`shareable.${f}` as 'shareable.firstName')).join(', ')}</Table.Td>
                <Table.Td>{formatDate(k.givenOn)}</Table.Td>
                <Table.Td>{k.validUntil ? formatDate(k.validUntil) : t('detail.none')}</Table.Td>
                <Table.Td>{k.recordedBy ?? t('detail.none')}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Badge color={k.active ? '#1b5e20' : 'gray.7'} variant="outline">
                      {k.withdrawnAt ? t('consent.withdrawn') : k.active ? t('consent.active') : t('consent.expired')}
                    </Badge>
                    {manage && !k.withdrawnAt && (
                      <Button
                        size="compact-xs"
                        variant="outline"
                        color="red.9"
                        aria-label={t('consent.withdrawLabel', { recipient: recipientLabel(k) })}
                        onClick={() =>
                          withdraw.mutate(k.id, { onSuccess: () => notifySuccess(t('consent.withdrawnDone')) })
                        }
                      >
                        {t('consent.withdraw')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Modal
        closeButtonProps={{ 'aria-label': t('form.cancel') }}
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('consent.add')}
      >
        <AddConsentForm networkId={networkId} candidateId={c.id} t={t} onDone={() => setAdding(false)} />
      </Modal>
    </Card>
  );
}

function AddConsentForm({
  networkId,
  candidateId,
  t,
  onDone,
}: {
  networkId: string;
  candidateId: string;
  t: T;
  onDone: () => void;
}) {
  const add = useAddConsent(networkId, candidateId);
  const employers = useEmployers(networkId, true);
  const form = useFormErrors('consent');
  const [recipient, setRecipient] = useState<string | null>('employer');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [otherNetworkName, setOtherNetworkName] = useState('');
  const [fields, setFields] = useState<string[]>(['firstName']);
  const [givenOn, setGivenOn] = useState(todayInAmsterdam(new Date()));
  const [validUntil, setValidUntil] = useState('');
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    add.mutate(
      {
        recipient: recipient ?? 'employer',
        organisationId,
        otherNetworkName: otherNetworkName.trim() || null,
        fields,
        givenOn,
        validUntil: validUntil || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('consent.saved'));
          onDone();
        },
        onError: (error) => form.showServerError(error, ['recipient', 'organisationId', 'otherNetworkName', 'givenOn']),
      },
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormErrorSummary
          state={form}
          labels={{
            recipient: t('consent.recipient'),
            organisationId: t('consent.organisation'),
            otherNetworkName: t('consent.otherNetwork'),
            givenOn: t('consent.givenOn'),
          }}
        />
        <Select
          id={form.fieldId('recipient')}
          label={t('consent.recipient')}
          data={CONSENT_RECIPIENTS.map((r) => ({ value: r, label: t(`consent.recipients.${r}`) }))}
          value={recipient}
          onChange={setRecipient}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true, zIndex: 400 }}
        />
        {recipient === 'employer' && (
          <Select
            id={form.fieldId('organisationId')}
            label={t('consent.organisation')}
            data={(employers.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={organisationId}
            onChange={setOrganisationId}
            searchable
            error={form.error('organisationId')}
            comboboxProps={{ withinPortal: true, zIndex: 400 }}
          />
        )}
        {recipient === 'other_network' && (
          <TextInput
            id={form.fieldId('otherNetworkName')}
            label={t('consent.otherNetwork')}
            value={otherNetworkName}
            onChange={(e) => setOtherNetworkName(e.currentTarget.value)}
            error={form.error('otherNetworkName')}
          />
        )}
        <Checkbox.Group label={t('consent.fields')} value={fields} onChange={setFields}>
          <SimpleGrid cols={2} mt="xs">
            {SHAREABLE_FIELDS.map((f) => (
              <Checkbox key={f} value={f} label={t(`shareable.${f}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <SimpleGrid cols={2}>
          <TextInput
            id={form.fieldId('givenOn')}
            type="date"
            label={t('consent.givenOn')}
            value={givenOn}
            onChange={(e) => setGivenOn(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('consent.validUntil')}
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            {t('consent.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MatchesCard({ networkId, candidateId, t }: { networkId: string; candidateId: string; t: T }) {
  const matches = useCandidateMatches(networkId, candidateId);
  const propose = usePropose(networkId);
  return (
    <Card withBorder>
      <Title order={2} size="h3" mb="sm">
        {t('detail.matches')}
      </Title>
      {matches.isPending ? (
        <PageLoader />
      ) : matches.isError ? (
        <PageError error={matches.error} />
      ) : matches.data.items.length === 0 ? (
        <Text>{t('matching.noOpportunities')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {matches.data.items.map((m) => (
            <Card withBorder key={m.opportunityId} data-testid="opportunity-match">
              <Stack gap="xs">
                <Text fw={700}>
                  {m.title} — {m.organisationName}
                </Text>
                <ScoreBreakdown score={m.score} label={`${t('matching.score')} ${m.title}`} />
                {m.proposed ? (
                  <Badge variant="outline">{t('matching.proposed')}</Badge>
                ) : (
                  <Button
                    size="xs"
                    loading={propose.isPending}
                    onClick={() => propose.mutate({ candidateId, opportunityId: m.opportunityId })}
                  >
                    {t('matching.propose')}
                  </Button>
                )}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}

function ViewLogCard({ networkId, candidateId, t }: { networkId: string; candidateId: string; t: T }) {
  const log = useViewLog(networkId, candidateId, true);
  const { i18n } = useTranslation();
  const language = i18n.language.startsWith('en') ? 'en' : 'nl';
  return (
    <Card withBorder>
      <Title order={2} size="h3">
        {t('detail.views')}
      </Title>
      <Text size="sm" mb="sm">
        {t('detail.viewsIntro')}
      </Text>
      {log.data && (
        <ScrollTable label={t('detail.views')}>
          <Table miw={640} data-testid="view-log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('detail.when')}</Table.Th>
                <Table.Th>{t('detail.who')}</Table.Th>
                <Table.Th>{t('detail.action')}</Table.Th>
                <Table.Th>{t('detail.fields')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.items.map((v, i) => (
                <Table.Tr key={`${v.at}-${i}`}>
                  <Table.Td>{formatDateTime(v.at)}</Table.Td>
                  <Table.Td>{v.actorName ?? t('detail.none')}</Table.Td>
                  <Table.Td>{candidateActionWords(v.action, language)}</Table.Td>
                  <Table.Td>
                    {v.fields
                      .map((f) =>
                        t(`shareable.${f}` as 'shareable.firstName', {
                          defaultValue: t(`loggedFields.${f}` as 'loggedFields.statusReason', { defaultValue: f }),
                        }),
                      )
                      .join(', ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Card>
  );
}

function RightsCard({ networkId, c, t }: { networkId: string; c: CandidateDetail; t: T }) {
  const erase = useEraseCandidate(networkId, c.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const form = useFormErrors('erase');
  return (
    <Card withBorder>
      <Title order={2} size="h3" mb="sm">
        {t('detail.rights')}
      </Title>
      <Group>
        <Button component="a" variant="outline" href={candidateExportUrl(networkId, c.id, 'json')} download>
          {t('detail.exportJson')}
        </Button>
        <Button component="a" variant="outline" href={candidateExportUrl(networkId, c.id, 'pdf')} download>
          {t('detail.exportPdf')}
        </Button>
        {!c.erasedAt && (
          <Button color="red.9" variant="outline" onClick={() => setOpen(true)}>
            {t('detail.erase')}
          </Button>
        )}
      </Group>
      <Modal
        closeButtonProps={{ 'aria-label': t('form.cancel') }}
        opened={open}
        onClose={() => setOpen(false)}
        title={t('detail.erase')}
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            erase.mutate(reason, {
              onSuccess: () => {
                notifySuccess(t('detail.erased'));
                setOpen(false);
              },
              onError: (error) => form.showServerError(error, ['reason']),
            });
          }}
        >
          <Stack>
            <FormErrorSummary state={form} labels={{ reason: t('detail.eraseReason') }} />
            <Textarea
              id={form.fieldId('reason')}
              label={t('detail.eraseReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={form.error('reason')}
              required
            />
            <Button type="submit" color="red.9" loading={erase.isPending}>
              {t('detail.eraseConfirm')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}

/** The candidate's own page (decision 020): offer the e-mail link, and handle the candidate's requests within 30 days. */
function PortalCard({
  networkId,
  candidateId,
  canHandle,
  t,
}: {
  networkId: string;
  candidateId: string;
  canHandle: boolean;
  t: T;
}) {
  const status = usePortalStatus(networkId, candidateId);
  const offer = useOfferPortal(networkId, candidateId);
  const s = status.data;
  const today = todayInAmsterdam(new Date());
  return (
    <Card withBorder component="section" aria-labelledby="portal-card-title">
      <Title order={2} size="h3" mb="xs" id="portal-card-title">
        {t('portalCard.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('portalCard.intro')}
      </Text>
      {s && (
        <Stack gap="sm">
          {s.reason && <Text size="sm">{t(`portalCard.reasons.${s.reason}`)}</Text>}
          {s.linkValidUntil && (
            <Text size="sm">{t('portalCard.validUntil', { date: formatDate(s.linkValidUntil) })}</Text>
          )}
          {offer.isError && (
            <Alert color="red" role="alert">
              {offer.error.message}
            </Alert>
          )}
          <Button
            style={{ alignSelf: 'flex-start' }}
            disabled={!s.canOffer}
            loading={offer.isPending}
            onClick={() =>
              offer.mutate(undefined, {
                onSuccess: (reply) => notifySuccess(t('portalCard.offered', { date: formatDate(reply.expiresAt) })),
              })
            }
          >
            {t('portalCard.offer')}
          </Button>
          <Title order={3} size="h4">
            {t('portalCard.requestsTitle')}
          </Title>
          {s.requests.length === 0 ? (
            <Text size="sm">{t('portalCard.noRequests')}</Text>
          ) : (
            s.requests.map((r) => (
              <RequestItem
                key={r.id}
                networkId={networkId}
                candidateId={candidateId}
                r={r}
                overdue={!r.handledAt && r.dueOn < today}
                canHandle={canHandle}
                t={t}
              />
            ))
          )}
        </Stack>
      )}
    </Card>
  );
}

function RequestItem({
  networkId,
  candidateId,
  r,
  overdue,
  canHandle,
  t,
}: {
  networkId: string;
  candidateId: string;
  r: PortalStatus['requests'][number];
  overdue: boolean;
  canHandle: boolean;
  t: T;
}) {
  const handle = useHandleRequest(networkId, candidateId);
  const [note, setNote] = useState('');
  const form = useFormErrors(`request-${r.id}`);
  return (
    <Card withBorder padding="sm" data-testid="candidate-request">
      <Group gap="xs">
        <Badge color={r.kind === 'erasure' ? 'red.9' : 'blue.9'}>{t(`portalCard.kinds.${r.kind}`)}</Badge>
        <Text size="sm">{formatDate(r.createdAt)}</Text>
      </Group>
      <Text mt={4}>{r.message}</Text>
      {r.handledAt ? (
        <Text size="sm" mt={4}>
          {t('portalCard.handledOn', { date: formatDate(r.handledAt), note: r.handledNote ?? '' })}
        </Text>
      ) : (
        <>
          <Text size="sm" mt={4} c={overdue ? 'red.9' : undefined} fw={overdue ? 700 : undefined}>
            {t(overdue ? 'portalCard.overdue' : 'portalCard.due', { date: formatDateOnly(r.dueOn) })}
          </Text>
          {canHandle && (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (form.showFieldErrors(note.trim() ? {} : { note: t('portalCard.note') })) return;
                handle.mutate(
                  { requestId: r.id, note },
                  {
                    onSuccess: () => notifySuccess(t('portalCard.handled')),
                    onError: (error) => form.showServerError(error, ['note']),
                  },
                );
              }}
            >
              <Stack gap="xs" mt="xs">
                <FormErrorSummary state={form} labels={{ note: t('portalCard.note') }} />
                <TextInput
                  id={form.fieldId('note')}
                  label={t('portalCard.note')}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                  error={form.error('note')}
                  required
                />
                <Button type="submit" size="sm" loading={handle.isPending} style={{ alignSelf: 'flex-start' }}>
                  {t('portalCard.handle')}
                </Button>
              </Stack>
            </form>
          )}
        </>
      )}
    </Card>
  );
}
