// The membership of one organisation: its status with the next allowed steps (the pure rules from src/core; ending asks
// for a reason), the entry conditions signed with date and document, and this year's contribution in money and/or in
// kind with the invoice status, ambition and realised jobs.
import { yearInAmsterdam } from '../../../../core/calendar.js';
import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import {
  ENTRY_CONDITIONS,
  INVOICE_STATUSES,
  nextMembershipStatuses,
  type MembershipStatus,
} from '../../../../core/members/membership-rules.js';
import { ApiError } from '../../../shared/api-client.js';
import { formatDate } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import {
  useMoveMembership,
  useSaveEntryConditions,
  useSaveMembershipYear,
  type EntryConditionValue,
  type OrganisationDetail,
} from '../api.js';
import { useMembersText } from './use-text.js';

/** A select of the next allowed statuses and a button; ending opens a dialog that asks for the reason. */
export function MoveControl({
  networkId,
  organisationId,
  name,
  status,
  version,
  onError,
}: {
  networkId: string;
  organisationId: string;
  name: string;
  status: string;
  version?: number;
  onError: (message: string | null) => void;
}) {
  const tx = useMembersText();
  const move = useMoveMembership(networkId);
  const [target, setTarget] = useState<string | null>(null);
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const options = nextMembershipStatuses(status as MembershipStatus);
  const run = (to: string, why: string | null) => {
    onError(null);
    move.mutate(
      { organisationId, status: to, reason: why, ...(version !== undefined ? { version } : {}) },
      {
        onSuccess: () => {
          notifySuccess(tx('pipeline.moved', { name, status: tx(`statuses.${to}`) }));
          setTarget(null);
          setAskReason(false);
          setReason('');
        },
        onError: (e) => {
          const message = e instanceof ApiError ? e.message : String(e);
          if (askReason) setReasonError(message);
          else onError(message);
        },
      },
    );
  };
  return (
    <>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <Select
          size="xs"
          label={tx('pipeline.moveTo')}
          aria-label={tx('pipeline.moveLabel', { name })}
          data={options.map((s) => ({ value: s, label: tx(`statuses.${s}`) }))}
          value={target}
          onChange={setTarget}
          w={150}
        />
        <Button
          size="xs"
          disabled={!target}
          loading={move.isPending && !askReason}
          aria-label={`${tx('pipeline.move')}: ${name}`}
          onClick={() => {
            if (!target) return;
            if (target === 'ended') {
              setReasonError(null);
              setAskReason(true);
            } else run(target, null);
          }}
        >
          {tx('pipeline.move')}
        </Button>
      </Group>
      <Modal
        closeButtonProps={{ 'aria-label': tx('detail.cancel') }}
        opened={askReason}
        onClose={() => setAskReason(false)}
        title={tx('pipeline.reasonTitle', { name })}
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) {
              setReasonError(tx('pipeline.reasonLabel'));
              return;
            }
            run('ended', reason.trim());
          }}
        >
          <Stack>
            <Textarea
              label={tx('pipeline.reasonLabel')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reasonError}
              autosize
              minRows={2}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAskReason(false)}>
                {tx('detail.cancel')}
              </Button>
              <Button type="submit" loading={move.isPending}>
                {tx('pipeline.move')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

export function MembershipCard({
  networkId,
  organisation,
  canManage,
}: {
  networkId: string;
  organisation: OrganisationDetail;
  canManage: boolean;
}) {
  const tx = useMembersText();
  const m = organisation.membership!;
  const [error, setError] = useState<string | null>(null);
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h3">
          {tx('detail.membershipTitle')}
        </Title>
        <Group gap="lg" align="flex-end">
          <Stack gap={2}>
            <Text fw={600}>{tx('detail.status', { status: tx(`statuses.${m.status}`) })}</Text>
            {m.joinedOn && <Text size="sm">{tx('detail.since', { date: formatDate(m.joinedOn) })}</Text>}
            {m.statusReason && <Text size="sm">{tx('detail.reason', { reason: m.statusReason })}</Text>}
          </Stack>
          {canManage && (
            <MoveControl
              networkId={networkId}
              organisationId={organisation.id}
              name={organisation.name}
              status={m.status}
              version={m.version}
              onError={setError}
            />
          )}
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <EntryConditionsForm
            key={`c${m.version}`}
            networkId={networkId}
            organisation={organisation}
            canManage={canManage}
          />
          <YearForm
            key={`y${m.version}-${m.years.length}`}
            networkId={networkId}
            organisation={organisation}
            canManage={canManage}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function EntryConditionsForm({
  networkId,
  organisation,
  canManage,
}: {
  networkId: string;
  organisation: OrganisationDetail;
  canManage: boolean;
}) {
  const tx = useMembersText();
  const m = organisation.membership!;
  const save = useSaveEntryConditions(networkId, organisation.id);
  const [error, setError] = useState<string | null>(null);
  const [values, setValues] = useState<EntryConditionValue[]>(() =>
    ENTRY_CONDITIONS.map(
      (code) => m.entryConditions.find((c) => c.code === code) ?? { code, signedOn: null, document: null },
    ),
  );
  const update = (code: string, patch: Partial<EntryConditionValue>) =>
    setValues((list) => list.map((c) => (c.code === code ? { ...c, ...patch } : c)));
  return (
    <form
      noValidate
      aria-label={tx('pipeline.conditionsTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        save.mutate(
          { entryConditions: values, version: m.version },
          {
            onSuccess: () => notifySuccess(tx('pipeline.savedConditions')),
            onError: (err) => setError(err instanceof ApiError ? err.message : String(err)),
          },
        );
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h4">
          {tx('pipeline.conditionsTitle')}
        </Title>
        {values.map((c) => (
          <Group key={c.code} grow align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label={`${tx(`pipeline.conditions.${c.code}`)}: ${tx('pipeline.signedOn')}`}
              value={c.signedOn ?? ''}
              onChange={(e) => update(c.code, { signedOn: e.currentTarget.value || null })}
              readOnly={!canManage}
              miw={140}
            />
            <TextInput
              label={`${tx(`pipeline.conditions.${c.code}`)}: ${tx('pipeline.document')}`}
              value={c.document ?? ''}
              onChange={(e) => update(c.code, { document: e.currentTarget.value || null })}
              readOnly={!canManage}
              miw={140}
            />
          </Group>
        ))}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {canManage && (
          <Group>
            <Button type="submit" variant="outline" loading={save.isPending}>
              {tx('pipeline.saveConditions')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

function YearForm({
  networkId,
  organisation,
  canManage,
}: {
  networkId: string;
  organisation: OrganisationDetail;
  canManage: boolean;
}) {
  const tx = useMembersText();
  const year = yearInAmsterdam(new Date());
  const current = organisation.membership!.years.find((y) => y.year === year);
  const save = useSaveMembershipYear(networkId, organisation.id);
  const [error, setError] = useState<string | null>(null);
  const [euro, setEuro] = useState<string | number>(
    current?.contributionCents != null ? current.contributionCents / 100 : '',
  );
  const [inKind, setInKind] = useState(current?.contributionInKind ?? '');
  const [invoice, setInvoice] = useState<string | null>(current?.invoiceStatus ?? null);
  const [ambition, setAmbition] = useState<string | number>(current?.ambitionJobs ?? '');
  const [realised, setRealised] = useState<string | number>(current?.realisedJobs ?? '');
  const num = (v: string | number) => (v === '' ? null : Number(v));
  return (
    <form
      noValidate
      aria-label={tx('pipeline.contributionTitle', { year })}
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        const money = num(euro);
        save.mutate(
          {
            year,
            contributionCents: money === null ? null : Math.round(money * 100),
            contributionInKind: inKind.trim() || null,
            invoiceStatus: invoice,
            ambitionJobs: num(ambition),
            realisedJobs: num(realised),
            version: current?.version ?? 0,
          },
          {
            onSuccess: () => notifySuccess(tx('pipeline.savedYear')),
            onError: (err) => setError(err instanceof ApiError ? err.message : String(err)),
          },
        );
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h4">
          {tx('pipeline.contributionTitle', { year })}
        </Title>
        <NumberInput
          label={tx('pipeline.contributionEuro')}
          min={0}
          decimalScale={2}
          decimalSeparator=","
          thousandSeparator="."
          value={euro}
          onChange={setEuro}
          readOnly={!canManage}
        />
        <TextInput
          label={tx('pipeline.contributionInKind')}
          value={inKind}
          onChange={(e) => setInKind(e.currentTarget.value)}
          readOnly={!canManage}
        />
        <Select
          label={tx('pipeline.invoiceStatus')}
          data={INVOICE_STATUSES.map((s) => ({ value: s, label: tx(`pipeline.invoice.${s}`) }))}
          value={invoice}
          onChange={setInvoice}
          clearable
          placeholder={tx('detail.none')}
          readOnly={!canManage}
        />
        <Group grow>
          <NumberInput
            label={tx('pipeline.ambition')}
            min={0}
            value={ambition}
            onChange={setAmbition}
            readOnly={!canManage}
          />
          <NumberInput
            label={tx('pipeline.realised')}
            min={0}
            value={realised}
            onChange={setRealised}
            readOnly={!canManage}
          />
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {canManage && (
          <Group>
            <Button type="submit" variant="outline" loading={save.isPending}>
              {tx('pipeline.saveYear')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
