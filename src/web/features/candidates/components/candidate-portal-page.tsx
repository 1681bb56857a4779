// A candidate's own page behind an e-mail link (decision 020): no sign-in, the link's secret is the authority. Written for the
// candidate at language level B1, for a phone first: own data, consents (withdrawing works at once), who looked, the inzage
// download, a correction or erasure request, and the meetings open to candidates (sign up, cancel). A link that no longer works says why and offers a new one.
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { findBsnLikeNumbers } from '../../../../core/candidates/bsn.js';
import { ApiError } from '../../../shared/api-client.js';
import { formatDate, formatDateOnly, formatDateTime } from '../../../shared/format.js';
import { FormErrorSummary, isEmail, useFormErrors } from '../../../shared/form-errors.js';
import { PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { CheckInCard, CheckInThanks } from './candidate-check-in-card.js';
import { MeetingsCard } from './candidate-portal-meetings.js';
import {
  portalExportUrl,
  useAskNewPortalLink,
  usePortalPage,
  useSendOwnRequest,
  useWithdrawOwnConsent,
  type PortalPage,
} from '../api.js';

type T = ReturnType<typeof useTranslation<'translation', 'candidates'>>['t'];
type Consent = PortalPage['consents'][number];

function fieldLabel(t: T, f: string) {
  if (f === 'statusReason' || f === 'targetGroupRegisterOn') return t(`loggedFields.${f}`);
  return t(`shareable.${f}` as 'shareable.firstName', { defaultValue: f });
}

function recipientLabel(t: T, c: Consent) {
  switch (c.recipient) {
    case 'own_network':
      return t('portal.recipientOwn');
    case 'proposed_employers':
      return t('portal.recipientProposed');
    case 'employer':
      return t('portal.recipientEmployer', { name: c.organisationName ?? '' });
    case 'sounding_board':
      return t('portal.recipientSoundingBoard');
    default:
      return t('portal.recipientOther', { name: c.otherNetworkName ?? '' });
  }
}

export function CandidatePortalPage() {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  usePageTitle(t('portal.title'));
  const { token = '' } = useParams();
  const page = usePortalPage(token);
  // The thank-you stays after the answered check-in has left the page (null: nothing sent yet).
  const [answered, setAnswered] = useState<{ wantsContact: boolean } | null>(null);
  if (page.isPending) return <PageLoader />;
  if (page.isError) {
    const linkProblem = page.error instanceof ApiError && page.error.code === 'invalid_token';
    return (
      <Stack maw={640} gap="lg">
        <Title order={1}>{linkProblem ? t('portal.linkProblemTitle') : t('portal.title')}</Title>
        <Alert color="blue" role="status">
          {page.error.message}
        </Alert>
        <NewLinkForm t={t} />
      </Stack>
    );
  }
  const p = page.data;
  return (
    <Stack maw={720} gap="lg">
      <Title order={1}>{t('portal.title')}</Title>
      <Text>{t('portal.intro', { network: p.networkName })}</Text>
      <Text size="sm">{t('portal.validUntil', { date: formatDate(p.expiresAt) })}</Text>
      {answered && <CheckInThanks wantsContact={answered.wantsContact} />}
      {p.checkIns.map((c) => (
        <CheckInCard
          key={`${c.placementId}-${c.months}`}
          token={token}
          checkIn={c}
          onAnswered={(wantsContact) => setAnswered({ wantsContact })}
        />
      ))}
      <MeetingsCard token={token} meetings={p.activities} />
      <DataCard t={t} p={p} />
      <ConsentsCard t={t} p={p} token={token} />
      <ViewsCard t={t} p={p} />
      <DownloadCard t={t} token={token} />
      <RequestCard t={t} p={p} token={token} />
    </Stack>
  );
}

function DataCard({ t, p }: { t: T; p: PortalPage }) {
  const c = p.candidate;
  const none = t('detail.none');
  const rows: [string, string][] = [
    [t('portal.code'), c.code],
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
    [t('fields.availableFrom'), c.availableFrom ? formatDateOnly(c.availableFrom) : none],
    [t('detail.status'), t(`statuses.${c.status}` as 'statuses.registered')],
  ];
  return (
    <Card withBorder component="section" aria-labelledby="portal-data">
      <Title order={2} size="h3" id="portal-data" mb="xs">
        {t('portal.dataTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('portal.dataIntro')}
      </Text>
      <Stack gap="xs" component="dl" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" fw={600} size="sm">
              {label}
            </Text>
            <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </div>
        ))}
        <div>
          <Text component="dt" fw={600} size="sm">
            {t('shareable.targetGroupRegister')}
          </Text>
          <Text component="dd" m={0}>
            {t(`register.${c.targetGroupRegister}` as 'register.yes')}
            {c.targetGroupRegisterOn
              ? ` (${t('portal.registerOn', { date: formatDateOnly(c.targetGroupRegisterOn) })})`
              : ''}
            <Text component="span" display="block" size="sm" c="dimmed">
              {t('portal.registerExplained')}
            </Text>
          </Text>
        </div>
      </Stack>
    </Card>
  );
}

function ConsentsCard({ t, p, token }: { t: T; p: PortalPage; token: string }) {
  const withdraw = useWithdrawOwnConsent(token);
  const [asking, setAsking] = useState<Consent | null>(null);
  const [done, setDone] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby="portal-consents">
      <Title order={2} size="h3" id="portal-consents" mb="xs">
        {t('portal.consentsTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('portal.consentsIntro')}
      </Text>
      {done && (
        <Alert color="green" role="status" mb="sm">
          {t('portal.withdrawn')}
        </Alert>
      )}
      {p.consents.length === 0 ? (
        <Text>{t('portal.noConsents')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {p.consents.map((c) => (
            <Card key={c.id} withBorder component="li" padding="sm" data-testid="portal-consent">
              <Stack gap={4}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={600}>{recipientLabel(t, c)}</Text>
                  <Badge color={c.active ? 'green.9' : 'gray.8'}>
                    {c.active
                      ? t('portal.stateActive')
                      : c.withdrawnAt
                        ? t('portal.stateWithdrawn', { date: formatDate(c.withdrawnAt) })
                        : t('portal.stateInactive')}
                  </Badge>
                </Group>
                {c.recipient !== 'own_network' && (
                  <Text size="sm">
                    {c.fields.length
                      ? t('portal.shares', { fields: c.fields.map((f) => fieldLabel(t, f)).join(', ') })
                      : t('portal.sharesNothing')}
                  </Text>
                )}
                <Text size="sm">{t('portal.givenOn', { date: formatDateOnly(c.givenOn) })}</Text>
                {c.active && (
                  <Button
                    variant="outline"
                    color="red.9"
                    size="sm"
                    style={{ alignSelf: 'flex-start' }}
                    aria-label={t('portal.withdrawLabel', { recipient: recipientLabel(t, c) })}
                    onClick={() => setAsking(c)}
                  >
                    {t('portal.withdraw')}
                  </Button>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={t('portal.withdrawConfirmTitle')}
        closeButtonProps={{ 'aria-label': t('portal.withdrawNo') }}
      >
        <Stack>
          {asking && <Text fw={600}>{recipientLabel(t, asking)}</Text>}
          <Text>{t('portal.withdrawConfirmText')}</Text>
          {asking?.recipient === 'own_network' && <Alert color="yellow">{t('portal.withdrawOwnWarning')}</Alert>}
          {withdraw.isError && (
            <Alert color="red" role="alert">
              {withdraw.error.message}
            </Alert>
          )}
          <Group>
            <Button
              color="red.9"
              loading={withdraw.isPending}
              onClick={() =>
                asking &&
                withdraw.mutate(asking.id, {
                  onSuccess: () => {
                    setAsking(null);
                    setDone(true);
                  },
                })
              }
            >
              {t('portal.withdrawYes')}
            </Button>
            <Button variant="default" onClick={() => setAsking(null)}>
              {t('portal.withdrawNo')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function ViewsCard({ t, p }: { t: T; p: PortalPage }) {
  const { t: tApp } = useTranslation();
  const who = (v: PortalPage['views'][number]) => {
    if (v.by === 'self') return t('portal.bySelf');
    if (v.by === 'system') return t('portal.bySystem');
    const roles = v.roles.length
      ? v.roles.map((r) => tApp(`roles.${r}` as 'roles.coordinator')).join(', ')
      : t('portal.byPerson');
    return v.organisationName ? t('portal.atOrganisation', { roles, organisation: v.organisationName }) : roles;
  };
  const what = (action: string) =>
    t(`portal.actions.${action.replace(/\./g, '_')}` as 'portal.actions.other', {
      defaultValue: t('portal.actions.other'),
    });
  return (
    <Card withBorder component="section" aria-labelledby="portal-views">
      <Title order={2} size="h3" id="portal-views" mb="xs">
        {t('portal.viewsTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('portal.viewsIntro')}
      </Text>
      {p.views.length === 0 ? (
        <Text>{t('portal.noViews')}</Text>
      ) : (
        <List spacing="sm" listStyleType="none" aria-label={t('portal.viewsTable')} data-testid="portal-views">
          {p.views.map((v, i) => (
            <List.Item key={i}>
              <Text size="sm" c="dimmed">
                {formatDateTime(v.at)}
              </Text>
              <Text>
                <strong>{who(v)}</strong> — {what(v.action)}
              </Text>
              {v.fields.length > 0 && (
                <Text size="sm">
                  {t('portal.fieldsSeen', { fields: v.fields.map((f) => fieldLabel(t, f)).join(', ') })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

function DownloadCard({ t, token }: { t: T; token: string }) {
  return (
    <Card withBorder component="section" aria-labelledby="portal-download">
      <Title order={2} size="h3" id="portal-download" mb="xs">
        {t('portal.downloadTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('portal.downloadIntro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Button component="a" href={portalExportUrl(token, 'pdf')} download>
          {t('portal.downloadPdf')}
        </Button>
        <Button
          component="a"
          variant="outline"
          href={portalExportUrl(token, 'json')}
          download
          h="auto"
          py={8}
          styles={{ label: { whiteSpace: 'normal' } }}
        >
          {t('portal.downloadJson')}
        </Button>
      </SimpleGrid>
    </Card>
  );
}

function RequestCard({ t, p, token }: { t: T; p: PortalPage; token: string }) {
  const send = useSendOwnRequest(token);
  const form = useFormErrors('portal-request');
  const [kind, setKind] = useState<'correction' | 'erasure'>('correction');
  const [message, setMessage] = useState('');
  const [sentDue, setSentDue] = useState<string | null>(null);
  const labels = { message: t('portal.requestMessage') };
  return (
    <Card withBorder component="section" aria-labelledby="portal-request">
      <Title order={2} size="h3" id="portal-request" mb="xs">
        {t('portal.requestTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('portal.requestIntro')}
      </Text>
      {sentDue && (
        <Alert color="green" role="status" mb="sm">
          {t('portal.requestSent', { date: formatDateOnly(sentDue) })}
        </Alert>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const errors: Record<string, string> = {};
          if (!message.trim()) errors.message = t('portal.requestMessage');
          else if (findBsnLikeNumbers(message).length > 0) errors.message = t('bsn');
          if (form.showFieldErrors(errors)) return;
          send.mutate(
            { kind, message },
            {
              onSuccess: (reply) => {
                setSentDue((reply as { dueOn: string }).dueOn);
                setMessage('');
              },
              onError: (error) => form.showServerError(error, ['message']),
            },
          );
        }}
      >
        <Stack>
          <FormErrorSummary state={form} labels={labels} />
          <Radio.Group label={t('portal.requestKind')} value={kind} onChange={(v) => setKind(v as typeof kind)}>
            <Stack gap={6} mt={6}>
              <Radio value="correction" label={t('portal.kindCorrection')} />
              <Radio value="erasure" label={t('portal.kindErasure')} />
            </Stack>
          </Radio.Group>
          <Textarea
            id={form.fieldId('message')}
            label={t('portal.requestMessage')}
            description={t('portal.requestHint')}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            error={form.error('message')}
            minRows={3}
            autosize
            required
          />
          <Button type="submit" loading={send.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('portal.requestSend')}
          </Button>
        </Stack>
      </form>
      {p.requests.length > 0 && (
        <Stack gap="xs" mt="md">
          <Title order={3} size="h4">
            {t('portal.requestsTitle')}
          </Title>
          {p.requests.map((r) => (
            <Text key={r.id} size="sm" data-testid="portal-request-item">
              <strong>{r.kind === 'correction' ? t('portal.kindCorrection') : t('portal.kindErasure')}:</strong>{' '}
              {r.message}
              <br />
              {r.handledAt
                ? t('portal.requestDone', { date: formatDate(r.handledAt), note: r.handledNote ?? '' })
                : t('portal.requestOpen', { date: formatDate(r.createdAt), due: formatDateOnly(r.dueOn) })}
            </Text>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function NewLinkForm({ t }: { t: T }) {
  const ask = useAskNewPortalLink();
  const form = useFormErrors('portal-new-link');
  const [email, setEmail] = useState('');
  return (
    <Card withBorder component="section" aria-labelledby="portal-new-link">
      <Title order={2} size="h3" id="portal-new-link" mb="xs">
        {t('portal.newLinkTitle')}
      </Title>
      {ask.isSuccess ? (
        <Alert color="green" role="status">
          {ask.data.message}
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (form.showFieldErrors(isEmail(email) ? {} : { email: t('portal.newLinkEmail') })) return;
            ask.mutate(email, { onError: (error) => form.showServerError(error, ['email']) });
          }}
        >
          <Stack>
            <Text size="sm">{t('portal.newLinkIntro')}</Text>
            <FormErrorSummary state={form} labels={{ email: t('portal.newLinkEmail') }} />
            <TextInput
              id={form.fieldId('email')}
              type="email"
              autoComplete="email"
              label={t('portal.newLinkEmail')}
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={form.error('email')}
              required
            />
            <Button type="submit" loading={ask.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('portal.newLinkSend')}
            </Button>
          </Stack>
        </form>
      )}
    </Card>
  );
}
