// An organisation's details (KvK, SBI sector, size, address with postcode check, arbeidsmarktregio, website), with a
// duplicate warning before saving and a version check; also the form of a new organisation.
import { Alert, Anchor, Button, Group, List, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isValidKvk, normaliseKvk, normalisePostcode } from '../../../../core/organisations/dutch-checks.js';
import {
  LABOUR_MARKET_REGIONS,
  ORGANISATION_KINDS,
  SBI_SECTIONS,
  SIZE_CLASSES,
} from '../../../../core/organisations/reference-data.js';
import { FormErrorSummary, useFormErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import {
  useCreateOrganisation,
  useFindDuplicates,
  useUpdateOrganisation,
  type Duplicate,
  type OrganisationDetail,
  type OrganisationFields,
} from '../api.js';
import { useMembersText } from './use-text.js';

const FIELDS = [
  'kind',
  'name',
  'kvkNumber',
  'sector',
  'sizeClass',
  'street',
  'postcode',
  'city',
  'labourMarketRegion',
  'website',
] as const;

const emptyFields: OrganisationFields = {
  kind: 'employer',
  name: '',
  kvkNumber: null,
  sector: null,
  sizeClass: null,
  street: null,
  postcode: null,
  city: null,
  labourMarketRegion: null,
  website: null,
};

export function OrganisationForm({
  networkId,
  organisation,
  canManage,
}: {
  networkId: string;
  organisation: OrganisationDetail | null;
  canManage: boolean;
}) {
  const tx = useMembersText();
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors('organisation');
  const [values, setValues] = useState<OrganisationFields>(() =>
    organisation ? (Object.fromEntries(FIELDS.map((f) => [f, organisation[f]])) as OrganisationFields) : emptyFields,
  );
  const [duplicates, setDuplicates] = useState<Duplicate[]>([]);
  const findDuplicates = useFindDuplicates(networkId);
  const create = useCreateOrganisation(networkId);
  const update = useUpdateOrganisation(networkId, organisation?.id ?? '');
  const set = (field: keyof OrganisationFields) => (value: string | null) =>
    setValues((v) => ({ ...v, [field]: value === '' ? null : value }));
  const labels = Object.fromEntries(
    FIELDS.map((f) => [f, tx(`detail.${f === 'labourMarketRegion' ? 'region' : f}`)]),
  ) as Record<string, string>;

  async function save(confirmDuplicate: boolean) {
    const problems: Record<string, string> = {};
    if (!values.name.trim()) problems.name = tx('detail.nameRequired');
    if (values.kvkNumber && !isValidKvk(normaliseKvk(values.kvkNumber))) problems.kvkNumber = tx('detail.kvkInvalid');
    if (values.postcode && !normalisePostcode(values.postcode)) problems.postcode = tx('detail.postcodeInvalid');
    if (errors.showFieldErrors(problems)) return;
    try {
      if (!confirmDuplicate) {
        const found = await findDuplicates.mutateAsync({
          name: values.name,
          kvkNumber: values.kvkNumber,
          postcode: values.postcode,
          exceptId: organisation?.id ?? null,
        });
        if (found.items.length > 0) {
          setDuplicates(found.items);
          return;
        }
      }
      setDuplicates([]);
      if (organisation) {
        await update.mutateAsync({ ...values, version: organisation.version });
        notifySuccess(tx('detail.saved'));
      } else {
        const created = await create.mutateAsync({ ...values, confirmDuplicate });
        notifySuccess(tx('detail.created'));
        void navigate(`/n/${networkId}/leden/${created.id}`);
      }
    } catch (error) {
      errors.showServerError(error, FIELDS);
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };
  const busy = findDuplicates.isPending || create.isPending || update.isPending;
  const text = (field: keyof OrganisationFields, extra: { description?: string } = {}) => (
    <TextInput
      id={errors.fieldId(field)}
      label={labels[field]}
      value={values[field] ?? ''}
      onChange={(e) => set(field)(e.currentTarget.value)}
      error={errors.error(field)}
      readOnly={!canManage}
      required={field === 'name'}
      {...extra}
    />
  );
  const select = (field: keyof OrganisationFields, data: { value: string; label: string }[], clearable = true) => (
    <Select
      id={errors.fieldId(field)}
      label={labels[field]}
      data={data}
      value={values[field]}
      onChange={(v) => set(field)(v)}
      clearable={clearable}
      searchable
      placeholder={tx('detail.none')}
      error={errors.error(field)}
      readOnly={!canManage}
    />
  );
  const en = i18n.language.startsWith('en');
  return (
    <form onSubmit={onSubmit} noValidate aria-label={tx('detail.fieldsTitle')}>
      <Stack>
        <FormErrorSummary state={errors} labels={labels} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('name')}
          {select(
            'kind',
            ORGANISATION_KINDS.map((k) => ({ value: k, label: tx(`kinds.${k}`) })),
            false,
          )}
          {text('kvkNumber', { description: tx('detail.kvkHint') })}
          {select(
            'sector',
            SBI_SECTIONS.map((s) => ({ value: s.code, label: `${s.code} – ${en ? s.en : s.nl}` })),
          )}
          {select(
            'sizeClass',
            SIZE_CLASSES.map((s) => ({ value: s, label: tx(`detail.sizes.${s}`) })),
          )}
          {text('website')}
          {text('street')}
          {text('postcode', { description: tx('detail.postcodeHint') })}
          {text('city')}
          {select(
            'labourMarketRegion',
            LABOUR_MARKET_REGIONS.map((r) => ({ value: r, label: r })),
          )}
        </SimpleGrid>
        {duplicates.length > 0 && (
          <Alert
            color="orange"
            title={tx('detail.duplicatesTitle')}
            styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
            role="alert"
            data-testid="duplicate-warning"
          >
            <Stack gap="xs">
              <Text size="sm">{tx('detail.duplicatesIntro')}</Text>
              <List size="sm">
                {duplicates.map((d) => (
                  <List.Item key={d.id}>
                    <Anchor component={Link} to={`/n/${networkId}/leden/${d.id}`} c="dark" underline="always">
                      {d.name}
                    </Anchor>{' '}
                    ({tx(`detail.duplicateReasons.${d.reason}`)})
                  </List.Item>
                ))}
              </List>
              <Group>
                <Button variant="outline" color="dark" onClick={() => void save(true)} loading={busy}>
                  {tx('detail.saveAnyway')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {canManage && (
          <Group>
            <Button type="submit" loading={busy}>
              {tx('detail.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
