// The coordinator's back-office settings for candidates: the retention period after a candidate leaves and whether the back
// office may see personal data, saved with a version (someone else's save in between gives the 409 message). Below, the
// retention itself: a dry run lists who would be erased today, and running it erases them after a confirmation.
import { Button, Card, Checkbox, Group, Modal, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.js';
import { FormErrorSummary, useFormErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import {
  useCandidateSettings,
  useRunRetention,
  useSaveCandidateSettings,
  type CandidateSettings,
  type RetentionResult,
} from '../api.js';

export function SettingsPanel({ networkId, now }: { networkId: string; now: string | undefined }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const settings = useCandidateSettings(networkId);
  return (
    <Stack gap="lg">
      <Card withBorder>
        <Title order={2} size="h3">
          {t('settings.title')}
        </Title>
        <Text size="sm" mb="sm">
          {t('settings.intro')}
        </Text>
        {settings.isPending ? (
          <PageLoader />
        ) : settings.isError ? (
          <PageError error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <SettingsForm key={settings.data.version} networkId={networkId} current={settings.data} />
        )}
      </Card>
      <RetentionCard networkId={networkId} now={now} />
    </Stack>
  );
}

function SettingsForm({ networkId, current }: { networkId: string; current: CandidateSettings }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const save = useSaveCandidateSettings(networkId);
  const form = useFormErrors('candidate-settings');
  const [months, setMonths] = useState<number | string>(current.retentionMonths);
  const [backOffice, setBackOffice] = useState(current.backOfficePersonalData);
  const labels = { retentionMonths: t('settings.retentionMonths'), backOfficePersonalData: t('settings.backOffice') };
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const value = Number(months);
    if (months === '' || !Number.isInteger(value) || value < 1 || value > 120) {
      form.showFieldErrors({ retentionMonths: t('form.required') });
      return;
    }
    save.mutate(
      { retentionMonths: value, backOfficePersonalData: backOffice, version: current.version },
      {
        onSuccess: () => notifySuccess(t('settings.saved')),
        onError: (error) => form.showServerError(error, Object.keys(labels)),
      },
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate data-testid="candidate-settings-form">
      <Stack>
        <FormErrorSummary state={form} labels={labels} />
        <NumberInput
          id={form.fieldId('retentionMonths')}
          label={t('settings.retentionMonths')}
          description={t('settings.retentionHint')}
          value={months}
          onChange={setMonths}
          min={1}
          max={120}
          allowDecimal={false}
          error={form.error('retentionMonths')}
          maw={360}
        />
        <Checkbox
          id={form.fieldId('backOfficePersonalData')}
          label={t('settings.backOffice')}
          description={t('settings.backOfficeHint')}
          checked={backOffice}
          onChange={(e) => setBackOffice(e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RetentionCard({ networkId, now }: { networkId: string; now: string | undefined }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const run = useRunRetention(networkId, now);
  const [result, setResult] = useState<RetentionResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const execute = (dryRun: boolean) =>
    run.mutate(dryRun, {
      onSuccess: (r) => {
        setResult(r);
        setConfirming(false);
      },
    });
  return (
    <Card withBorder>
      <Title order={2} size="h3">
        {t('settings.retentionTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('settings.retentionIntro')}
      </Text>
      <Group>
        <Button variant="outline" onClick={() => execute(true)} loading={run.isPending} data-testid="retention-dry-run">
          {t('settings.dryRun')}
        </Button>
        {result?.dryRun && result.erased.length > 0 && (
          <Button color="red.9" onClick={() => setConfirming(true)}>
            {t('settings.run')}
          </Button>
        )}
      </Group>
      {run.isError && <PageError error={run.error} />}
      {result && (
        <Stack gap="xs" mt="md" aria-live="polite" data-testid="retention-result">
          <Text>
            {result.erased.length === 0
              ? t('settings.nothing', { date: formatDate(result.today) })
              : result.dryRun
                ? t('settings.wouldErase', { date: formatDate(result.today) })
                : t('settings.erasedDone', { date: formatDate(result.today) })}
          </Text>
          {result.erased.length > 0 && (
            <ScrollTable label={t('settings.tableLabel')}>
              <Table miw={480}>
                <Table.Caption>{t('settings.tableLabel')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('settings.code')}</Table.Th>
                    <Table.Th>{t('settings.leftOn')}</Table.Th>
                    <Table.Th>{t('settings.eraseOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.erased.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>{e.code}</Table.Td>
                      <Table.Td>{formatDate(e.leftOn)}</Table.Td>
                      <Table.Td>{formatDate(e.eraseOn)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Stack>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t('settings.cancel') }}
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('settings.run')}
      >
        <Stack>
          <Text>{t('settings.runConfirm', { count: result?.erased.length ?? 0 })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('settings.cancel')}
            </Button>
            <Button color="red.9" onClick={() => execute(false)} loading={run.isPending}>
              {t('settings.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
