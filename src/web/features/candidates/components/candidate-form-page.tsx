// Registering a candidate: minimal data, the candidate's consent (required) and what may be shared with proposed employers.
// Any text with a number that passes the BSN eleven-test is refused here already, with the same message the server gives.
import {
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { REFERRERS, SHAREABLE_FIELDS, SUPPORT_KINDS } from '../../../../core/candidates/codes.js';
import { findBsnLikeNumbers } from '../../../../core/candidates/bsn.js';
import { FormErrorSummary, isEmail, useFormErrors, type FieldErrors } from '../../../app/form-errors.js';
import { notifySuccess } from '../../../app/notify.js';
import { usePageTitle } from '../../../app/page-states.js';
import { useCreateCandidate } from '../api.js';

const textFields = ['firstName', 'email', 'phone', 'place', 'postcodeArea', 'wishes'] as const;
const fields = [
  ...textFields,
  'hoursPerWeek',
  'supportNeeded',
  'availableFrom',
  'referredBy',
  'targetGroupRegister',
  'targetGroupRegisterOn',
  'consent.givenOn',
  'consent.validUntil',
  'consentGiven',
] as const;

const today = () => new Date().toISOString().slice(0, 10);

export function CandidateFormPage() {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  usePageTitle(t('form.title'));
  const { networkId = '' } = useParams();
  const navigate = useNavigate();
  const form = useFormErrors('candidate');
  const create = useCreateCandidate(networkId);
  const [values, setValues] = useState<Record<(typeof textFields)[number], string>>({
    firstName: '',
    email: '',
    phone: '',
    place: '',
    postcodeArea: '',
    wishes: '',
  });
  const [hours, setHours] = useState<number | string>('');
  const [supportNeeded, setSupportNeeded] = useState<string[]>([]);
  const [availableFrom, setAvailableFrom] = useState('');
  const [referredBy, setReferredBy] = useState<string | null>(null);
  const [register, setRegister] = useState<string | null>('unknown');
  const [registerOn, setRegisterOn] = useState('');
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
  const set = (key: (typeof textFields)[number]) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    for (const key of textFields) if (findBsnLikeNumbers(values[key]).length > 0) errors[key] = t('bsn');
    if (!values.firstName.trim()) errors.firstName = t('form.required');
    if (values.email.trim() && !isEmail(values.email)) errors.email = t('form.required');
    if (!consentGiven) errors.consentGiven = t('form.consentRequired');
    if (!givenOn) errors['consent.givenOn'] = t('form.required');
    if (form.showFieldErrors(errors)) return;
    const orNull = (v: string) => (v.trim() ? v.trim() : null);
    create.mutate(
      {
        firstName: values.firstName.trim(),
        email: orNull(values.email),
        phone: orNull(values.phone),
        place: orNull(values.place),
        postcodeArea: orNull(values.postcodeArea),
        wishes: orNull(values.wishes),
        hoursPerWeek: hours === '' ? null : Number(hours),
        supportNeeded,
        availableFrom: availableFrom || null,
        referredBy,
        targetGroupRegister: register ?? 'unknown',
        targetGroupRegisterOn: registerOn || null,
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

  const text = (key: (typeof textFields)[number], props: { type?: string; required?: boolean } = {}) => (
    <TextInput
      id={form.fieldId(key)}
      label={t(`fields.${key}`)}
      value={values[key]}
      onChange={(e) => set(key)(e.currentTarget.value)}
      error={form.error(key)}
      {...props}
    />
  );

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
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('firstName', { required: true })}
            {text('place')}
            {text('email', { type: 'email' })}
            {text('phone', { type: 'tel' })}
            {text('postcodeArea')}
            <NumberInput
              id={form.fieldId('hoursPerWeek')}
              label={t('fields.hoursPerWeek')}
              value={hours}
              onChange={setHours}
              min={0}
              max={60}
              step={1}
              error={form.error('hoursPerWeek')}
            />
          </SimpleGrid>
          <Textarea
            id={form.fieldId('wishes')}
            label={t('fields.wishes')}
            value={values.wishes}
            onChange={(e) => set('wishes')(e.currentTarget.value)}
            error={form.error('wishes')}
            autosize
            minRows={2}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              id={form.fieldId('supportNeeded')}
              label={t('fields.supportNeeded')}
              data={SUPPORT_KINDS.map((s) => ({ value: s, label: t(`support.${s}`) }))}
              value={supportNeeded}
              onChange={setSupportNeeded}
            />
            <TextInput
              id={form.fieldId('availableFrom')}
              type="date"
              label={t('fields.availableFrom')}
              value={availableFrom}
              onChange={(e) => setAvailableFrom(e.currentTarget.value)}
            />
            <Select
              id={form.fieldId('referredBy')}
              label={t('fields.referredBy')}
              data={REFERRERS.map((r) => ({ value: r, label: t(`referrers.${r}`) }))}
              value={referredBy}
              onChange={setReferredBy}
              clearable
            />
            <Select
              id={form.fieldId('targetGroupRegister')}
              label={t('fields.targetGroupRegister')}
              data={(['yes', 'no', 'unknown'] as const).map((r) => ({ value: r, label: t(`register.${r}`) }))}
              value={register}
              onChange={setRegister}
              allowDeselect={false}
            />
            <TextInput
              id={form.fieldId('targetGroupRegisterOn')}
              type="date"
              label={t('fields.targetGroupRegisterOn')}
              value={registerOn}
              onChange={(e) => setRegisterOn(e.currentTarget.value)}
            />
          </SimpleGrid>
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
