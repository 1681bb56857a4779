// The form that adds or edits a funder's agreement.
import { Checkbox, Group, NumberInput, Select, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormErrors, type FieldErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { FUNDER_TYPES } from '../../../../core/network-life/network-life.js';
import { usePeopleOptions, useSaveAgreement, type Agreement, type AgreementInput } from '../api.js';
import { useVersionAtOpen } from '../../../shared/edit-version.js';
import { FormCard } from './form-card.js';

const lines = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function AgreementForm({
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
    <FormCard
      title={
        agreement
          ? t('networkLife.funder.formTitleEdit', { funder: agreement.funderName })
          : t('networkLife.funder.formTitleNew')
      }
      onSubmit={() => void submit()}
      actions={{
        submit: { label: t('networkLife.funder.save'), testId: 'agreement-save', pending: save.isPending },
        cancel: { label: t('networkLife.funder.cancel'), onClick: onDone },
      }}
    >
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
    </FormCard>
  );
}
