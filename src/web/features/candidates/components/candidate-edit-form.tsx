// Editing a candidate's minimal data in place on the detail page: every field of registration except the consent (which
// has its own records). Saved with the version the page loaded; someone else's change in between gives the 409 message.
import { Button, Group, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { useUpdateCandidate, type CandidateDetail } from '../api.js';
import { CandidateFields, candidateFields, useCandidateFields } from './candidate-fields.js';
import { useVersionAtOpen } from '../../../shared/edit-version.js';

export function CandidateEditForm({
  networkId,
  c,
  onDone,
}: {
  networkId: string;
  c: CandidateDetail;
  onDone: () => void;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const update = useUpdateCandidate(networkId, c.id);
  const form = useFormErrors('candidate-edit');
  const fields = useCandidateFields({
    text: {
      firstName: c.firstName ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
      place: c.place ?? '',
      postcodeArea: c.postcodeArea ?? '',
      wishes: c.wishes ?? '',
    },
    hours: c.hoursPerWeek ?? '',
    supportNeeded: c.supportNeeded,
    availableFrom: c.availableFrom ?? '',
    referredBy: c.referredBy,
    register: c.targetGroupRegister,
    registerOn: c.targetGroupRegisterOn ?? '',
  });
  const versionAtOpen = useVersionAtOpen(c.version);
  const labels = Object.fromEntries(candidateFields.map((f) => [f, t(`fields.${f}`)]));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.showFieldErrors(fields.validate())) return;
    update.mutate(
      { ...fields.toInput(), version: versionAtOpen },
      {
        onSuccess: () => {
          notifySuccess(t('edit.saved'));
          onDone();
        },
        onError: (error) => form.showServerError(error, candidateFields),
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="candidate-edit-form">
      <Stack>
        <FormErrorSummary state={form} labels={labels} />
        <CandidateFields form={form} fields={fields} />
        <Text size="sm">{t('edit.consentHint')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('edit.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('edit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
