// The minimal candidate data, shared by registration and by editing on the detail page: the fields' state, their checks in
// the browser (a number that passes the BSN eleven-test is refused at its field, with the same text the server gives) and
// the body the API takes. Consent is not here: registration records it, editing leaves it to its own records.
import { MultiSelect, NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findBsnLikeNumbers } from '../../../../core/candidates/bsn.js';
import { REFERRERS, SUPPORT_KINDS } from '../../../../core/candidates/codes.js';
import { TARGET_GROUP_REGISTER } from '../../../../core/candidates/job-agreement.js';
import { isEmail, type FieldErrors, type FormErrorState } from '../../../shared/form-errors.js';

const textFields = ['firstName', 'email', 'phone', 'place', 'postcodeArea', 'wishes'] as const;
type TextField = (typeof textFields)[number];
export const candidateFields = [
  ...textFields,
  'hoursPerWeek',
  'supportNeeded',
  'availableFrom',
  'referredBy',
  'targetGroupRegister',
  'targetGroupRegisterOn',
] as const;

export interface CandidateFieldValues {
  text: Record<TextField, string>;
  hours: number | string;
  supportNeeded: string[];
  availableFrom: string;
  referredBy: string | null;
  register: string | null;
  registerOn: string;
}

export const emptyCandidateFields: CandidateFieldValues = {
  text: { firstName: '', email: '', phone: '', place: '', postcodeArea: '', wishes: '' },
  hours: '',
  supportNeeded: [],
  availableFrom: '',
  referredBy: null,
  register: 'unknown',
  registerOn: '',
};

export function useCandidateFields(initial: CandidateFieldValues) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const [values, setValues] = useState(initial);

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    for (const key of textFields) if (findBsnLikeNumbers(values.text[key]).length > 0) errors[key] = t('bsn');
    if (!values.text.firstName.trim()) errors.firstName = t('form.required');
    if (values.text.email.trim() && !isEmail(values.text.email)) errors.email = t('form.required');
    return errors;
  }

  function toInput() {
    const orNull = (v: string) => (v.trim() ? v.trim() : null);
    const { text } = values;
    return {
      firstName: text.firstName.trim(),
      email: orNull(text.email),
      phone: orNull(text.phone),
      place: orNull(text.place),
      postcodeArea: orNull(text.postcodeArea),
      wishes: orNull(text.wishes),
      hoursPerWeek: values.hours === '' ? null : Number(values.hours),
      supportNeeded: values.supportNeeded,
      availableFrom: values.availableFrom || null,
      referredBy: values.referredBy,
      targetGroupRegister: values.register ?? 'unknown',
      targetGroupRegisterOn: values.registerOn || null,
    };
  }

  return { values, setValues, validate, toInput };
}

export function CandidateFields({
  form,
  fields,
}: {
  form: FormErrorState;
  fields: ReturnType<typeof useCandidateFields>;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const { values, setValues } = fields;
  const set = <K extends keyof CandidateFieldValues>(key: K, value: CandidateFieldValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const setText = (key: TextField, value: string) => setValues((v) => ({ ...v, text: { ...v.text, [key]: value } }));

  const text = (key: TextField, props: { type?: string; required?: boolean } = {}) => (
    <TextInput
      id={form.fieldId(key)}
      label={t(`fields.${key}`)}
      value={values.text[key]}
      onChange={(e) => setText(key, e.currentTarget.value)}
      error={form.error(key)}
      {...props}
    />
  );
  const date = (key: 'availableFrom' | 'registerOn', field: 'availableFrom' | 'targetGroupRegisterOn') => (
    <TextInput
      id={form.fieldId(field)}
      type="date"
      label={t(`fields.${field}`)}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={form.error(field)}
    />
  );

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('firstName', { required: true })}
        {text('place')}
        {text('email', { type: 'email' })}
        {text('phone', { type: 'tel' })}
        {text('postcodeArea')}
        <NumberInput
          id={form.fieldId('hoursPerWeek')}
          label={t('fields.hoursPerWeek')}
          value={values.hours}
          onChange={(value) => set('hours', value)}
          min={0}
          max={60}
          step={1}
          error={form.error('hoursPerWeek')}
        />
      </SimpleGrid>
      <Textarea
        id={form.fieldId('wishes')}
        label={t('fields.wishes')}
        value={values.text.wishes}
        onChange={(e) => setText('wishes', e.currentTarget.value)}
        error={form.error('wishes')}
        autosize
        minRows={2}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          id={form.fieldId('supportNeeded')}
          label={t('fields.supportNeeded')}
          data={SUPPORT_KINDS.map((s) => ({ value: s, label: t(`support.${s}`) }))}
          value={values.supportNeeded}
          onChange={(value) => set('supportNeeded', value)}
        />
        {date('availableFrom', 'availableFrom')}
        <Select
          id={form.fieldId('referredBy')}
          label={t('fields.referredBy')}
          data={REFERRERS.map((r) => ({ value: r, label: t(`referrers.${r}`) }))}
          value={values.referredBy}
          onChange={(value) => set('referredBy', value)}
          clearable
        />
        <Select
          id={form.fieldId('targetGroupRegister')}
          label={t('fields.targetGroupRegister')}
          data={TARGET_GROUP_REGISTER.map((r) => ({ value: r, label: t(`register.${r}`) }))}
          value={values.register}
          onChange={(value) => set('register', value)}
          allowDeselect={false}
        />
        {date('registerOn', 'targetGroupRegisterOn')}
      </SimpleGrid>
    </>
  );
}
