// The coordinator's reminders: check-ins after 3, 6 and 12 months that fall within a week or are overdue, with a form to
// record one. The page's `nu` parameter is passed on as the server's test clock (honoured only in a test environment).
import {
  Badge,
  Button,
  Checkbox,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findBsnLikeNumbers } from '../../../../core/candidates/bsn.js';
import { formatDate } from '../../../shared/format.js';
import { FormErrorSummary, useFormErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { useDueCheckIns, useRecordCheckIn, type DueCheckIn } from '../api.js';

export function CheckInReminders({
  networkId,
  now,
  canManage,
}: {
  networkId: string;
  now: string | undefined;
  canManage: boolean;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const due = useDueCheckIns(networkId, now);
  const [recording, setRecording] = useState<DueCheckIn | null>(null);
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('checkIns.title')}
      </Title>
      <Text size="sm">{t('checkIns.intro')}</Text>
      {due.isPending ? (
        <PageLoader />
      ) : due.isError ? (
        <PageError error={due.error} />
      ) : due.data.items.length === 0 ? (
        <Text data-testid="no-reminders">{t('checkIns.none')}</Text>
      ) : (
        <ScrollTable label={t('checkIns.tableLabel')}>
          <Table miw={640} data-testid="reminder-table">
            <Table.Caption>{t('checkIns.tableLabel')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('checkIns.months')}</Table.Th>
                <Table.Th>{t('placements.candidate')}</Table.Th>
                <Table.Th>{t('placements.organisation')}</Table.Th>
                <Table.Th>{t('placements.startsOn')}</Table.Th>
                <Table.Th>{t('checkIns.heldOn')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {due.data.items.map((d) => (
                <Table.Tr key={`${d.placementId}-${d.months}`}>
                  <Table.Td>{t('checkIns.due', { months: d.months })}</Table.Td>
                  <Table.Td>{d.candidateCode}</Table.Td>
                  <Table.Td>{d.organisationName}</Table.Td>
                  <Table.Td>{formatDate(d.startsOn)}</Table.Td>
                  <Table.Td>
                    {formatDate(d.dueOn)}{' '}
                    {d.overdue && (
                      <Badge color="red.9" variant="outline">
                        {t('checkIns.overdue')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canManage && (
                      <Button
                        size="compact-sm"
                        aria-label={t('checkIns.recordLabel', { months: d.months, code: d.candidateCode })}
                        onClick={() => setRecording(d)}
                      >
                        {t('checkIns.record')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t('form.cancel') }}
        opened={recording !== null}
        onClose={() => setRecording(null)}
        title={t('checkIns.record')}
      >
        {recording && <CheckInForm networkId={networkId} due={recording} onDone={() => setRecording(null)} />}
      </Modal>
    </Stack>
  );
}

export function CheckInForm({ networkId, due, onDone }: { networkId: string; due: DueCheckIn; onDone: () => void }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const record = useRecordCheckIn(networkId);
  const form = useFormErrors('check-in');
  const [heldOn, setHeldOn] = useState(due.dueOn);
  const [stillEmployed, setStillEmployed] = useState(true);
  const [hours, setHours] = useState<number | string>('');
  const [note, setNote] = useState('');
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (findBsnLikeNumbers(note).length && form.showFieldErrors({ note: t('bsn') })) return;
    record.mutate(
      {
        placementId: due.placementId,
        months: due.months,
        heldOn,
        stillEmployed,
        hoursPerWeek: hours === '' ? null : Number(hours),
        note: note.trim() || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('checkIns.saved'));
          onDone();
        },
        onError: (error) => form.showServerError(error, ['heldOn', 'hoursPerWeek', 'note']),
      },
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text>
          {t('checkIns.due', { months: due.months })} — {due.candidateCode}, {due.organisationName}
        </Text>
        <FormErrorSummary
          state={form}
          labels={{ heldOn: t('checkIns.heldOn'), hoursPerWeek: t('checkIns.hours'), note: t('checkIns.note') }}
        />
        <TextInput
          id={form.fieldId('heldOn')}
          type="date"
          label={t('checkIns.heldOn')}
          value={heldOn}
          onChange={(e) => setHeldOn(e.currentTarget.value)}
        />
        <Checkbox
          label={t('checkIns.stillEmployed')}
          checked={stillEmployed}
          onChange={(e) => setStillEmployed(e.currentTarget.checked)}
        />
        <NumberInput
          id={form.fieldId('hoursPerWeek')}
          label={t('checkIns.hours')}
          value={hours}
          onChange={setHours}
          min={0}
          max={60}
        />
        <Textarea
          id={form.fieldId('note')}
          label={t('checkIns.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={form.error('note')}
        />
        <Button type="submit" loading={record.isPending}>
          {t('checkIns.save')}
        </Button>
      </Stack>
    </form>
  );
}
