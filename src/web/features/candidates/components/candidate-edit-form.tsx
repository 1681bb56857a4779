// Editing a candidate's minimal data in place on the detail page: every field of registration except the consent (which
// has its own records). Saved with the version the page loaded; someone else's change in between gives the 409 message.
// A number that passes the BSN eleven-test is refused at its field here already, with the same text the server gives.
import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findBsnLikeNumbers } from '../../../../core/candidates/bsn.js';
import { REFERRERS, SUPPORT_KINDS } from '../../../../core/candidates/codes.js';
import { FormErrorSummary, isEmail, useFormErrors, type FieldErrors } from '../../../app/form-errors.js';
import { notifySuccess } from '../../../app/notify.js';
import { useUpdateCandidate, type CandidateDetail } from '../api.js';

const textFields = ['firstName', 'email', 'phone', 'place', 'postcodeArea', 'wishes'] as const;
type TextField = (typeof textFields)[number];
const allFields = [
  ...textFields,
  'hoursPerWeek',
  'supportNeeded',
  'availableFrom',
  'referredBy',
  'targetGroupRegister',
  'targetGroupRegisterOn',
] as const;

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
  const [values, setValues] = useState<Record<TextField, string>>({
    firstName: c.firstName ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
    place: c.place ?? '',
    postcodeArea: c.postcodeArea ?? '',
    wishes: c.wishes ?? '',
  });
  const [hours, setHours] = useState<number | string>(c.hoursPerWeek ?? '');
  const [supportNeeded, setSupportNeeded] = useState<string[]>(c.supportNeeded);
  const [availableFrom, setAvailableFrom] = useState(c.availableFrom ?? '');
  const [referredBy, setReferredBy] = useState<string | null>(c.referredBy);
  const [register, setRegister] = useState<string | null>(c.targetGroupRegister);
  const [registerOn, setRegisterOn] = useState(c.targetGroupRegisterOn ?? '');
  const labels = Object.fromEntries(allFields.map((f) => [f, t(`fields.${f}`)]));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    for (const key of textFields) if (findBsnLikeNumbers(values[key]).length > 0) errors[key] = t('bsn');
    if (!values.firstName.trim()) errors.firstName = t('form.required');
    if (values.email.trim() && !isEmail(values.email)) errors.email = t('form.required');
    if (form.showFieldErrors(errors)) return;
    const orNull = (v: string) => (v.trim() ? v.trim() : null);
    update.mutate(
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
        version: c.version,
      },
      {
        onSuccess: () => {
          notifySuccess(t('edit.saved'));
          onDone();
        },
        onError: (error) => form.showServerError(error, allFields),
      },
    );
  }

  const text = (key: TextField, props: { type?: string; required?: boolean } = {}) => (
    <TextInput
      id={form.fieldId(key)}
      label={t(`fields.${key}`)}
      value={values[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [key]: value }));
      }}
      error={form.error(key)}
      {...props}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate data-testid="candidate-edit-form">
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
            error={form.error('hoursPerWeek')}
          />
        </SimpleGrid>
        <Textarea
          id={form.fieldId('wishes')}
          label={t('fields.wishes')}
          value={values.wishes}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setValues((v) => ({ ...v, wishes: value }));
          }}
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
            error={form.error('availableFrom')}
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
            error={form.error('targetGroupRegisterOn')}
          />
        </SimpleGrid>
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
