// The network's phase, the history of its changes, and the form to move it on.
import { Anchor, Checkbox, Group, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrorSummary, useFormErrors, type FieldErrors } from '../../../shared/form-errors.js';
import { formatDateOnly } from '../../../shared/format.js';
import { labelForCode } from '../../../shared/labels.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { type Phase } from '../../../../core/network-life/network-life.js';
import { useChangePhase, usePhase } from '../api.js';
import { FormCard } from './form-card.js';

export function PhaseSection({ networkId, canWrite }: { networkId: string; canWrite: boolean }) {
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
    <FormCard
      title={t('networkLife.phase.formTitle')}
      onSubmit={() => void submit()}
      actions={{ submit: { label: t('networkLife.phase.submit'), testId: 'phase-submit', pending: change.isPending } }}
    >
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
    </FormCard>
  );
}
