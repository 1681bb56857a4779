// The page of a network's life: its mission and goals (versioned), its phase with the history of changes, and the funders'
// agreements. Everyone in the network reads the mission and phase; the kerngroep and coordinator write them.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { ChecklistSection } from './checklist-section.js';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormErrorSummary, useFormErrors, type FieldErrors } from '../../../app/form-errors.js';
import { formatDate, formatDateOnly } from '../../../app/format.js';
import { labelForCode } from '../../../app/labels.js';
import { notifySuccess } from '../../../app/notify.js';
import { PageError, PageLoader, usePageTitle } from '../../../app/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { FUNDER_TYPES, type Phase } from '../../../../core/network-life/network-life.js';
import {
  useAgreements,
  useChangePhase,
  useMission,
  useMissionVersions,
  useOwnAgreements,
  usePeopleOptions,
  usePhase,
  useSaveAgreement,
  useSaveMission,
  type Agreement,
  type AgreementInput,
  type MissionGoal,
} from '../api.js';
import { useVersionAtOpen } from '../../../app/edit-version.js';

function euro(cents: number, language: string) {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}
const lines = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function NetworkLifePage() {
  const { t } = useTranslation();
  usePageTitle(t('networkLife.title'));
  const { networkId = '' } = useParams();
  const session = useSession();
  const canWrite = hasPermission(session.data, networkId, 'network.update');
  const canReadAgreements = hasPermission(session.data, networkId, 'governance.read');
  const canManageAgreements = hasPermission(session.data, networkId, 'governance.manage');
  const readsOwnAgreement = !canReadAgreements && hasPermission(session.data, networkId, 'agreements.read_own');
  return (
    <Stack gap="xl" maw={1000}>
      <Stack gap={4}>
        <Title order={1}>{t('networkLife.title')}</Title>
        <Text>{t('networkLife.intro')}</Text>
      </Stack>
      <MissionSection networkId={networkId} canWrite={canWrite} canReadVersions={canReadAgreements} />
      <PhaseSection networkId={networkId} canWrite={canWrite} />
      {canReadAgreements && <ChecklistSection networkId={networkId} />}
      {canReadAgreements && <FunderSection networkId={networkId} canManage={canManageAgreements} own={false} />}
      {readsOwnAgreement && <FunderSection networkId={networkId} canManage={false} own />}
    </Stack>
  );
}

// ---- mission

function MissionSection({
  networkId,
  canWrite,
  canReadVersions,
}: {
  networkId: string;
  canWrite: boolean;
  canReadVersions: boolean;
}) {
  const { t } = useTranslation();
  const mission = useMission(networkId);
  const versions = useMissionVersions(networkId, canReadVersions);
  const [editing, setEditing] = useState(false);
  if (mission.isPending) return <PageLoader />;
  if (mission.isError) return <PageError error={mission.error} onRetry={() => void mission.refetch()} />;
  const current = mission.data.current;
  return (
    <section aria-labelledby="mission-title">
      <Title order={2} size="h3" id="mission-title" mb="sm">
        {t('networkLife.mission.title')}
      </Title>
      {editing ? (
        <MissionForm
          networkId={networkId}
          initialMission={current?.mission ?? ''}
          initialGoals={current?.goals ?? []}
          basedOnVersion={current?.versionNumber ?? 0}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            {current ? (
              <>
                <Text data-testid="mission-text" style={{ whiteSpace: 'pre-wrap' }}>
                  {current.mission}
                </Text>
                <Text size="sm" c="gray.7">
                  {t('networkLife.mission.version', {
                    version: current.versionNumber,
                    name: current.createdByName ?? t('networkLife.mission.unknownAuthor'),
                    date: formatDate(current.createdAt),
                  })}
                </Text>
                <Title order={3} size="h4">
                  {t('networkLife.mission.goals')}
                </Title>
                {mission.data.missionLevelOnly && <Text size="sm">{t('networkLife.mission.missionLevelOnly')}</Text>}
                {current.goals.length === 0 ? (
                  <Text size="sm">{t('networkLife.mission.noGoals')}</Text>
                ) : (
                  <List data-testid="mission-goals">
                    {current.goals.map((g, i) => (
                      <List.Item key={i}>
                        {g.text}{' '}
                        <Badge variant="outline" color="blue.9" size="sm">
                          {g.level === 'mission'
                            ? t('networkLife.mission.levelMission')
                            : t('networkLife.mission.levelNetwork')}
                        </Badge>
                      </List.Item>
                    ))}
                  </List>
                )}
              </>
            ) : (
              <Text>{t('networkLife.mission.none')}</Text>
            )}
            {mission.data.agreedTargets.length > 0 && (
              <>
                <Title order={3} size="h4">
                  {t('networkLife.mission.agreedTargets')}
                </Title>
                {mission.data.agreedTargets.map((a) => (
                  <Stack gap={2} key={a.funderName}>
                    <Text size="sm" fw={600}>
                      {t('networkLife.mission.agreedBy', { funder: a.funderName })}
                    </Text>
                    <List size="sm">
                      {a.targets.map((x) => (
                        <List.Item key={x}>{x}</List.Item>
                      ))}
                    </List>
                  </Stack>
                ))}
              </>
            )}
            {canWrite && (
              <Group>
                <Button onClick={() => setEditing(true)} data-testid="mission-edit">
                  {t('networkLife.mission.edit')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}
      {canReadVersions && (versions.data?.items.length ?? 0) > 1 && (
        <Stack gap="xs" mt="md">
          <Title order={3} size="h4">
            {t('networkLife.mission.versions')}
          </Title>
          {versions.data!.items.slice(1).map((v) => (
            <details key={v.id}>
              <summary>
                {t('networkLife.mission.versionTitle', {
                  version: v.versionNumber,
                  date: formatDate(v.createdAt),
                  name: v.createdByName ?? t('networkLife.mission.unknownAuthor'),
                })}
              </summary>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {v.mission}
              </Text>
              <List size="sm">
                {v.goals.map((g, i) => (
                  <List.Item key={i}>{g.text}</List.Item>
                ))}
              </List>
            </details>
          ))}
        </Stack>
      )}
    </section>
  );
}

function MissionForm({
  networkId,
  initialMission,
  initialGoals,
  basedOnVersion,
  onDone,
}: {
  networkId: string;
  initialMission: string;
  initialGoals: MissionGoal[];
  basedOnVersion: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [mission, setMission] = useState(initialMission);
  const [goals, setGoals] = useState<MissionGoal[]>(initialGoals);
  const save = useSaveMission(networkId);
  const form = useFormErrors('mission-form');
  const fields = ['mission', ...goals.map((_, i) => `goals.${i}.text`)];
  const labels: Record<string, string> = { mission: t('networkLife.mission.missionLabel') };
  goals.forEach((_, i) => (labels[`goals.${i}.text`] = t('networkLife.mission.goalText', { n: i + 1 })));

  async function submit() {
    const errors: FieldErrors = {};
    if (mission.trim().length < 10) errors.mission = t('networkLife.mission.missionRequired');
    goals.forEach((g, i) => {
      if (!g.text.trim()) errors[`goals.${i}.text`] = t('networkLife.mission.goalRequired');
    });
    if (form.showFieldErrors(errors)) return;
    try {
      const saved = await save.mutateAsync({ mission, goals, basedOnVersion });
      notifySuccess(t('networkLife.mission.saved', { version: saved.versionNumber }));
      onDone();
    } catch (error) {
      form.showServerError(error, fields);
    }
  }

  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('networkLife.mission.formTitle')}
          </Title>
          <FormErrorSummary state={form} labels={labels} />
          <Textarea
            id={form.fieldId('mission')}
            label={t('networkLife.mission.missionLabel')}
            description={t('networkLife.mission.missionHint')}
            value={mission}
            onChange={(e) => setMission(e.currentTarget.value)}
            error={form.error('mission')}
            autosize
            minRows={3}
            required
            data-testid="mission-input"
          />
          {goals.map((g, i) => (
            <Group key={i} align="flex-end" gap="sm">
              <TextInput
                id={form.fieldId(`goals.${i}.text`)}
                label={t('networkLife.mission.goalText', { n: i + 1 })}
                value={g.text}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setGoals((c) => c.map((x, j) => (j === i ? { ...x, text } : x)));
                }}
                error={form.error(`goals.${i}.text`)}
                style={{ flex: 1 }}
                data-testid={`goal-text-${i}`}
              />
              <Select
                label={t('networkLife.mission.goalLevel', { n: i + 1 })}
                data={[
                  { value: 'mission', label: t('networkLife.mission.levelMission') },
                  { value: 'network', label: t('networkLife.mission.levelNetwork') },
                ]}
                value={g.level}
                onChange={(v) =>
                  v && setGoals((c) => c.map((x, j) => (j === i ? { ...x, level: v as MissionGoal['level'] } : x)))
                }
                allowDeselect={false}
                w={180}
              />
              <Button variant="default" onClick={() => setGoals((c) => c.filter((_, j) => j !== i))}>
                {t('networkLife.mission.removeGoal', { n: i + 1 })}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() => setGoals((c) => [...c, { text: '', level: 'mission' }])}
              data-testid="goal-add"
            >
              {t('networkLife.mission.addGoal')}
            </Button>
          </Group>
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="mission-save">
              {t('networkLife.mission.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('networkLife.mission.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

// ---- phase

function PhaseSection({ networkId, canWrite }: { networkId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const phase = usePhase(networkId);
  if (phase.isPending) return <PageLoader />;
  if (phase.isError) return <PageError error={phase.error} onRetry={() => void phase.refetch()} />;
  const data = phase.data;
  return (
    <section aria-labelledby="phase-title">
      <Title order={2} size="h3" id="phase-title" mb="sm">
        {t('networkLife.phase.title')}
      </Title>
      <Stack gap="md">
        <Text data-testid="phase-current">
          {t('networkLife.phase.current', { phase: labelForCode(t, 'phases', data.phase) })}
        </Text>
        <Title order={3} size="h4">
          {t('networkLife.phase.history')}
        </Title>
        {data.history.length === 0 ? (
          <Text size="sm">{t('networkLife.phase.noHistory')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table data-testid="phase-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('networkLife.phase.colDate')}</Table.Th>
                  <Table.Th>{t('networkLife.phase.colMove')}</Table.Th>
                  <Table.Th>{t('networkLife.phase.colReason')}</Table.Th>
                  <Table.Th>{t('networkLife.phase.colBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.history.map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Td>{formatDateOnly(h.effectiveOn)}</Table.Td>
                    <Table.Td>
                      {t('networkLife.phase.move', {
                        from: labelForCode(t, 'phases', h.fromPhase),
                        to: labelForCode(t, 'phases', h.toPhase),
                      })}
                    </Table.Td>
                    <Table.Td>{h.reason}</Table.Td>
                    <Table.Td>{h.createdByName ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canWrite && data.next.length > 0 && (
          <PhaseForm networkId={networkId} from={data.phase} next={data.next} key={data.phase} />
        )}
        <Anchor component={Link} to={`/n/${networkId}/inrichting/organisatie?tab=organen`} size="sm">
          {t('networkLife.phase.decisionLog')}
        </Anchor>
      </Stack>
    </section>
  );
}

function PhaseForm({ networkId, from, next }: { networkId: string; from: Phase; next: Phase[] }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<string | null>(next[0] ?? null);
  const [effectiveOn, setEffectiveOn] = useState('');
  const [reason, setReason] = useState('');
  const [shared, setShared] = useState(false);
  const change = useChangePhase(networkId);
  const form = useFormErrors('phase-form');
  const fields = ['to', 'effectiveOn', 'reason'];
  const labels = {
    to: t('networkLife.phase.to'),
    effectiveOn: t('networkLife.phase.effectiveOn'),
    reason: t('networkLife.phase.reason'),
  };

  async function submit() {
    const errors: FieldErrors = {};
    if (!to) errors.to = t('networkLife.phase.toRequired');
    if (!effectiveOn) errors.effectiveOn = t('networkLife.phase.dateRequired');
    if (reason.trim().length < 5) errors.reason = t('networkLife.phase.reasonRequired');
    if (form.showFieldErrors(errors)) return;
    try {
      const done = await change.mutateAsync({
        from,
        to: to as Phase,
        effectiveOn,
        reason,
        sharedWithFunder: shared,
      });
      notifySuccess(t('networkLife.phase.changed', { phase: labelForCode(t, 'phases', done.phase) }));
    } catch (error) {
      form.showServerError(error, fields);
    }
  }

  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('networkLife.phase.formTitle')}
          </Title>
          <Text size="sm">{t('networkLife.phase.formIntro')}</Text>
          <FormErrorSummary state={form} labels={labels} />
          <Group align="flex-start">
            <Select
              id={form.fieldId('to')}
              label={t('networkLife.phase.to')}
              data={next.map((p) => ({ value: p, label: labelForCode(t, 'phases', p) }))}
              value={to}
              onChange={setTo}
              error={form.error('to')}
              required
              w={200}
              data-testid="phase-to"
            />
            <TextInput
              id={form.fieldId('effectiveOn')}
              type="date"
              label={t('networkLife.phase.effectiveOn')}
              value={effectiveOn}
              onChange={(e) => setEffectiveOn(e.currentTarget.value)}
              error={form.error('effectiveOn')}
              required
              w={200}
              data-testid="phase-date"
            />
          </Group>
          <Textarea
            id={form.fieldId('reason')}
            label={t('networkLife.phase.reason')}
            description={t('networkLife.phase.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={form.error('reason')}
            required
            autosize
            minRows={2}
            data-testid="phase-reason"
          />
          <Checkbox
            label={t('networkLife.phase.shared')}
            checked={shared}
            onChange={(e) => setShared(e.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={change.isPending} data-testid="phase-submit">
              {t('networkLife.phase.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

// ---- funder agreements

function FunderSection({ networkId, canManage, own }: { networkId: string; canManage: boolean; own: boolean }) {
  const { t, i18n } = useTranslation();
  // Whoever reads governance sees every agreement; a funder reads only its own (read-only).
  const all = useAgreements(networkId, !own);
  const mine = useOwnAgreements(networkId, own);
  const agreements = own ? mine : all;
  const [editing, setEditing] = useState<Agreement | 'new' | null>(null);
  if (agreements.isPending) return <PageLoader />;
  if (agreements.isError) return <PageError error={agreements.error} onRetry={() => void agreements.refetch()} />;
  return (
    <section aria-labelledby="funder-title">
      <Title order={2} size="h3" id="funder-title" mb="sm">
        {own ? t('networkLife.funder.ownTitle') : t('networkLife.funder.title')}
      </Title>
      <Stack gap="md">
        <Text size="sm">{own ? t('networkLife.funder.ownIntro') : t('networkLife.funder.intro')}</Text>
        {agreements.data.items.length === 0 && (
          <Text data-testid="agreement-none">
            {own ? t('networkLife.funder.ownNone') : t('networkLife.funder.none')}
          </Text>
        )}
        {agreements.data.items.map((a) =>
          editing !== 'new' && editing?.id === a.id ? (
            <AgreementForm key={a.id} networkId={networkId} agreement={a} onDone={() => setEditing(null)} />
          ) : (
            <Paper withBorder p="md" radius="md" key={a.id} data-testid="agreement">
              <Stack gap={6}>
                <Group justify="space-between">
                  <Title order={3} size="h4">
                    {a.funderName}
                  </Title>
                  <Group gap="xs">
                    <Badge variant="outline" color="blue.9">
                      {t(`networkLife.funder.types.${a.funderType}`)}
                    </Badge>
                    {a.yearPlanRequired && (
                      <Badge variant="light" color="orange.9">
                        {t('networkLife.funder.yearPlanBadge')}
                      </Badge>
                    )}
                  </Group>
                </Group>
                <Text fw={600} data-testid="agreement-amount">
                  {euro(a.amountCents, i18n.language)} ·{' '}
                  {t('networkLife.funder.period', { from: formatDateOnly(a.startsOn), to: formatDateOnly(a.endsOn) })}
                </Text>
                <Text size="sm">
                  {t('networkLife.funder.mandate')}: {a.mandate || t('networkLife.funder.noMandate')}
                </Text>
                <Text size="sm">
                  {t('networkLife.funder.conditions')}: {a.conditions || t('networkLife.funder.noConditions')}
                </Text>
                {a.contactPersonName && (
                  <Text size="sm">
                    {t('networkLife.funder.contactPerson')}: {a.contactPersonName}
                  </Text>
                )}
                {a.missionTargets.length > 0 && (
                  <>
                    <Text size="sm" fw={600}>
                      {t('networkLife.funder.missionTargets')}
                    </Text>
                    <List size="sm">
                      {a.missionTargets.map((x) => (
                        <List.Item key={x}>{x}</List.Item>
                      ))}
                    </List>
                  </>
                )}
                {a.documents.length > 0 && (
                  <Text size="sm">
                    {t('networkLife.funder.documents')}: {a.documents.join(', ')}
                  </Text>
                )}
                {a.yearPlanRequired && (
                  <Alert color="orange" variant="light" styles={{ message: { color: 'var(--mantine-color-dark-9)' } }}>
                    {t('networkLife.funder.yearPlanTension')}
                  </Alert>
                )}
                {canManage && (
                  <Group>
                    <Button variant="default" onClick={() => setEditing(a)}>
                      {t('networkLife.funder.edit')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          ),
        )}
        {canManage &&
          (editing === 'new' ? (
            <AgreementForm networkId={networkId} agreement={null} onDone={() => setEditing(null)} />
          ) : (
            <Group>
              <Button onClick={() => setEditing('new')} data-testid="agreement-add">
                {t('networkLife.funder.add')}
              </Button>
            </Group>
          ))}
      </Stack>
    </section>
  );
}

function AgreementForm({
  networkId,
  agreement,
  onDone,
}: {
  networkId: string;
  agreement: Agreement | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const people = usePeopleOptions(networkId, true);
  const save = useSaveAgreement(networkId);
  const form = useFormErrors('agreement-form');
  const [funderName, setFunderName] = useState(agreement?.funderName ?? '');
  const [funderType, setFunderType] = useState<string | null>(agreement?.funderType ?? null);
  const [amount, setAmount] = useState<string | number>(agreement ? agreement.amountCents / 100 : '');
  const [startsOn, setStartsOn] = useState(agreement?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(agreement?.endsOn ?? '');
  const [conditions, setConditions] = useState(agreement?.conditions ?? '');
  const [mandate, setMandate] = useState(agreement?.mandate ?? '');
  const [targets, setTargets] = useState((agreement?.missionTargets ?? []).join('\n'));
  const [documents, setDocuments] = useState((agreement?.documents ?? []).join('\n'));
  const [yearPlan, setYearPlan] = useState(agreement?.yearPlanRequired ?? false);
  const [contactPersonId, setContactPersonId] = useState<string | null>(agreement?.contactPersonId ?? null);
  const versionAtOpen = useVersionAtOpen(agreement?.version ?? 1);
  const fields = ['funderName', 'funderType', 'amountCents', 'startsOn', 'endsOn', 'conditions', 'mandate'];
  const labels = {
    funderName: t('networkLife.funder.funderName'),
    funderType: t('networkLife.funder.funderType'),
    amountCents: t('networkLife.funder.amount'),
    startsOn: t('networkLife.funder.startsOn'),
    endsOn: t('networkLife.funder.endsOn'),
    conditions: t('networkLife.funder.conditions'),
    mandate: t('networkLife.funder.mandate'),
  };

  async function submit() {
    const errors: FieldErrors = {};
    if (funderName.trim().length < 2) errors.funderName = t('networkLife.funder.nameRequired');
    if (!funderType) errors.funderType = t('networkLife.funder.typeRequired');
    if (typeof amount !== 'number' || amount < 0) errors.amountCents = t('networkLife.funder.amountRequired');
    if (!startsOn) errors.startsOn = t('networkLife.funder.dateRequired');
    if (!endsOn) errors.endsOn = t('networkLife.funder.dateRequired');
    else if (startsOn && endsOn < startsOn) errors.endsOn = t('networkLife.funder.endBeforeStart');
    if (form.showFieldErrors(errors)) return;
    const input: AgreementInput = {
      funderName,
      funderType: funderType as AgreementInput['funderType'],
      organisationId: agreement?.organisationId ?? null,
      contactPersonId,
      amountCents: Math.round((amount as number) * 100),
      startsOn,
      endsOn,
      conditions,
      mandate,
      missionTargets: lines(targets),
      yearPlanRequired: yearPlan,
      documents: lines(documents),
    };
    try {
      await save.mutateAsync({ id: agreement?.id ?? null, version: versionAtOpen, input });
      notifySuccess(t('networkLife.funder.saved', { funder: funderName }));
      onDone();
    } catch (error) {
      form.showServerError(error, fields);
    }
  }

  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {agreement
              ? t('networkLife.funder.formTitleEdit', { funder: agreement.funderName })
              : t('networkLife.funder.formTitleNew')}
          </Title>
          <FormErrorSummary state={form} labels={labels} />
          <Group align="flex-start" grow>
            <TextInput
              id={form.fieldId('funderName')}
              label={labels.funderName}
              value={funderName}
              onChange={(e) => setFunderName(e.currentTarget.value)}
              error={form.error('funderName')}
              required
              data-testid="agreement-name"
            />
            <Select
              id={form.fieldId('funderType')}
              label={labels.funderType}
              data={FUNDER_TYPES.map((x) => ({ value: x, label: t(`networkLife.funder.types.${x}`) }))}
              value={funderType}
              onChange={setFunderType}
              error={form.error('funderType')}
              required
              data-testid="agreement-type"
            />
          </Group>
          <Group align="flex-start" grow>
            <NumberInput
              id={form.fieldId('amountCents')}
              label={labels.amountCents}
              min={0}
              decimalScale={2}
              decimalSeparator=","
              thousandSeparator="."
              value={amount}
              onChange={setAmount}
              error={form.error('amountCents')}
              required
              data-testid="agreement-amount-input"
            />
            <TextInput
              id={form.fieldId('startsOn')}
              type="date"
              label={labels.startsOn}
              value={startsOn}
              onChange={(e) => setStartsOn(e.currentTarget.value)}
              error={form.error('startsOn')}
              required
              data-testid="agreement-starts"
            />
            <TextInput
              id={form.fieldId('endsOn')}
              type="date"
              label={labels.endsOn}
              value={endsOn}
              onChange={(e) => setEndsOn(e.currentTarget.value)}
              error={form.error('endsOn')}
              required
              data-testid="agreement-ends"
            />
          </Group>
          <TextInput
            id={form.fieldId('mandate')}
            label={labels.mandate}
            description={t('networkLife.funder.mandateHint')}
            value={mandate}
            onChange={(e) => setMandate(e.currentTarget.value)}
            error={form.error('mandate')}
            data-testid="agreement-mandate"
          />
          <Textarea
            id={form.fieldId('conditions')}
            label={labels.conditions}
            value={conditions}
            onChange={(e) => setConditions(e.currentTarget.value)}
            error={form.error('conditions')}
            autosize
            minRows={2}
          />
          <Textarea
            label={t('networkLife.funder.missionTargets')}
            description={t('networkLife.funder.missionTargetsHint')}
            value={targets}
            onChange={(e) => setTargets(e.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="agreement-targets"
          />
          <Textarea
            label={t('networkLife.funder.documents')}
            description={t('networkLife.funder.documentsHint')}
            value={documents}
            onChange={(e) => setDocuments(e.currentTarget.value)}
            autosize
            minRows={1}
          />
          <Select
            label={t('networkLife.funder.contactPerson')}
            data={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={contactPersonId}
            onChange={setContactPersonId}
            clearable
            searchable
          />
          <Checkbox
            label={t('networkLife.funder.yearPlanRequired')}
            checked={yearPlan}
            onChange={(e) => setYearPlan(e.currentTarget.checked)}
            data-testid="agreement-year-plan"
          />
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="agreement-save">
              {t('networkLife.funder.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('networkLife.funder.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
