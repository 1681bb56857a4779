// Registering a candidate: minimal data, the candidate's consent (required) and what may be shared with proposed employers.
// Any text with a number that passes the BSN eleven-test is refused here already, with the same message the server gives.
import { todayInAmsterdam } from '../../../../core/calendar.js';
import { Anchor, Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { SHAREABLE_FIELDS } from '../../../../core/candidates/codes.js';
import { FormErrorSummary, useFormErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { usePageTitle } from '../../../shared/page-states.js';
import { useCreateCandidate } from '../api.js';
import { CandidateFields, candidateFields, emptyCandidateFields, useCandidateFields } from './candidate-fields.js';

const fields = [...candidateFields, 'consent.givenOn', 'consent.validUntil', 'consentGiven'] as const;

const today = () => todayInAmsterdam(new Date());

export function CandidateFormPage() {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  usePageTitle(t('form.title'));
  const { networkId = '' } = useParams();
  const navigate = useNavigate();
  const form = useFormErrors('candidate');
  const create = useCreateCandidate(networkId);
  const candidate = useCandidateFields(emptyCandidateFields);
  const [consentGiven, setConsentGiven] = useState(false);
  const [givenOn, setGivenOn] = useState(today());
  const [validUntil, setValidUntil] = useState('');
  const [share, setShare] = useState<string[]>(['firstName', 'wishes', 'hoursPerWeek']);

  const labels: Record<string, string> = {
    ...Object.fromEntries(fields.map((f) => [f, t(`fields.${f}` as 'fields.firstName')])),
    'consent.givenOn': t('form.consentGivenOn'),
    'consent.validUntil': t('form.consentValidUntil'),
    consentGiven: t('form.consentTitle'),
  };
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = candidate.validate();
    if (!consentGiven) errors.consentGiven = t('form.consentRequired');
    if (!givenOn) errors['consent.givenOn'] = t('form.required');
    if (form.showFieldErrors(errors)) return;
    create.mutate(
      {
        ...candidate.toInput(),
        consent: { givenOn, validUntil: validUntil || null, shareWithProposedEmployers: share },
      },
      {
        onSuccess: (created) => {
          notifySuccess(t('form.created', { code: created.code }));
          void navigate(`/n/${networkId}/kandidaten/${created.id}`);
        },
        onError: (error) => form.showServerError(error, fields),
      },
    );
  }

  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to={`/n/${networkId}/kandidaten`}>
        {t('detail.back')}
      </Anchor>
      <Title order={1}>{t('form.title')}</Title>
      <Text>{t('form.minimalHint')}</Text>
      <form onSubmit={onSubmit} noValidate data-testid="candidate-form">
        <Stack>
          <FormErrorSummary state={form} labels={labels} />
          <CandidateFields form={form} fields={candidate} />
          <Fieldset legend={t('form.consentTitle')}>
            <Stack>
              <Checkbox
                id={form.fieldId('consentGiven')}
                label={t('form.consentGiven')}
                checked={consentGiven}
                onChange={(e) => setConsentGiven(e.currentTarget.checked)}
                error={form.error('consentGiven')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  id={form.fieldId('consent.givenOn')}
                  type="date"
                  label={t('form.consentGivenOn')}
                  value={givenOn}
                  onChange={(e) => setGivenOn(e.currentTarget.value)}
                  error={form.error('consent.givenOn')}
                />
                <TextInput
                  id={form.fieldId('consent.validUntil')}
                  type="date"
                  label={t('form.consentValidUntil')}
                  value={validUntil}
                  onChange={(e) => setValidUntil(e.currentTarget.value)}
                />
              </SimpleGrid>
              <Checkbox.Group label={t('form.shareFields')} value={share} onChange={setShare}>
                <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
                  {SHAREABLE_FIELDS.map((f) => (
                    <Checkbox key={f} value={f} label={t(`shareable.${f}`)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            </Stack>
          </Fieldset>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={`/n/${networkId}/kandidaten`}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
