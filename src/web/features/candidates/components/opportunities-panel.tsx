// Work opportunities: list (search, status filter, sort, pages, export) and the form to add one; each links to its matching candidates.
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findBsnLikeNumbers } from '../../../../core/candidates/bsn.js';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, SUPPORT_KINDS } from '../../../../core/candidates/codes.js';
import { FormErrorSummary, useFormErrors, type FieldErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { Pager } from '../../../shared/pager.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { opportunitiesList, type OpportunitySort } from '../../../../core/candidates/candidates-lists.js';
import { OPPORTUNITY_SORTS } from '../../../../core/candidates/placements.contract.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';
import {
  opportunitiesExportUrl,
  type OpportunityParams,
  type SortOrder,
  useCreateOpportunity,
  useEmployers,
  useOpportunities,
  useUpdateOpportunity,
  type Opportunity,
} from '../api.js';
import { useVersionAtOpen } from '../../../shared/edit-version.js';

export function OpportunitiesPanel({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Opportunity | null>(null);
  const [sort, setSort] = useState<OpportunitySort>('createdAt');
  const [order, setOrder] = useState<SortOrder>('desc');
  const params: OpportunityParams = { search: debounced.trim(), status, sort, order, page, pageSize: 25 };
  const list = useOpportunities(networkId, params);
  return (
    <Stack gap="md">
      <ListToolbar
        searchLabel={t('opportunities.search')}
        search={search}
        onSearchChange={(value) => {
          setSearch(value);
          setPage(1);
        }}
        filters={
          <Select
            label={t('opportunities.status')}
            data={[
              { value: '', label: t('list.allStatuses') },
              ...OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`opportunities.statuses.${s}`) })),
            ]}
            value={status}
            onChange={(v) => {
              setStatus(v ?? '');
              setPage(1);
            }}
            allowDeselect={false}
            w={170}
          />
        }
        sort={{
          list: opportunitiesList,
          label: t('list.sort'),
          keys: OPPORTUNITY_SORTS,
          extra: { createdAt: t('opportunities.added') },
          value: sort,
          onChange: (value) => {
            setSort(value);
            setPage(1);
          },
        }}
        trailing={
          <>
            <Select
              label={t('list.order')}
              data={[
                { value: 'asc', label: t('list.asc') },
                { value: 'desc', label: t('list.desc') },
              ]}
              value={order}
              onChange={(value) => {
                setOrder(value === 'asc' ? 'asc' : 'desc');
                setPage(1);
              }}
              allowDeselect={false}
              w={140}
            />
            {canManage && (
              <Button onClick={() => setAdding(true)} data-testid="new-opportunity">
                {t('opportunities.new')}
              </Button>
            )}
          </>
        }
        summary={
          list.data && list.data.items.length > 0 ? (
            <Text aria-live="polite">{t('opportunities.total', { count: list.data.total })}</Text>
          ) : undefined
        }
        exportUrl={
          list.data && list.data.items.length > 0
            ? (format) => opportunitiesExportUrl(networkId, params, format)
            : undefined
        }
      />
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('opportunities.empty')} />
      ) : (
        <Stack gap="sm">
          <ScrollTable label={t('opportunities.tableLabel')}>
            <Table striped miw={720} data-testid="opportunity-table">
              <Table.Caption>{t('opportunities.tableLabel')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('opportunities.title')}</Table.Th>
                  <Table.Th>{t('opportunities.organisation')}</Table.Th>
                  <Table.Th>{t('opportunities.kind')}</Table.Th>
                  <Table.Th>{t('opportunities.hours')}</Table.Th>
                  <Table.Th>{t('opportunities.place')}</Table.Th>
                  <Table.Th>{t('opportunities.status')}</Table.Th>
                  {canManage && <Table.Th>{t('opportunities.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/n/${networkId}/kandidaten/werkplekken/${o.id}`}>
                        {o.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{o.organisationName}</Table.Td>
                    <Table.Td>{t(`opportunities.kinds.${o.kind}` as 'opportunities.kinds.regular')}</Table.Td>
                    <Table.Td>{o.hoursPerWeek}</Table.Td>
                    <Table.Td>{o.place}</Table.Td>
                    <Table.Td>
                      <Badge variant="outline">
                        {t(`opportunities.statuses.${o.status}` as 'opportunities.statuses.open')}
                      </Badge>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="outline"
                          aria-label={t('opportunities.editLabel', { title: o.title })}
                          onClick={() => setEditing(o)}
                        >
                          {t('opportunities.edit')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={setPage} />
        </Stack>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t('form.cancel') }}
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('opportunities.new')}
        size="lg"
      >
        <OpportunityForm networkId={networkId} onDone={() => setAdding(false)} />
      </Modal>
      <Modal
        closeButtonProps={{ 'aria-label': t('form.cancel') }}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('opportunities.editTitle')}
        size="lg"
      >
        {editing && (
          <OpportunityForm key={editing.id} networkId={networkId} existing={editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </Stack>
  );
}

const textKeys = ['title', 'place', 'postcodeArea', 'requirements'] as const;

function OpportunityForm({
  networkId,
  existing,
  onDone,
}: {
  networkId: string;
  existing?: Opportunity;
  onDone: () => void;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const employers = useEmployers(networkId, !existing);
  const create = useCreateOpportunity(networkId);
  const update = useUpdateOpportunity(networkId, existing?.id ?? '');
  const form = useFormErrors(existing ? 'opportunity-edit' : 'opportunity');
  const [organisationId, setOrganisationId] = useState<string | null>(existing?.organisationId ?? null);
  const [kind, setKind] = useState<string | null>(existing?.kind ?? 'regular');
  const [status, setStatus] = useState<string | null>(existing?.status ?? 'open');
  const [hours, setHours] = useState<number | string>(existing?.hoursPerWeek ?? '');
  const [texts, setTexts] = useState<Record<(typeof textKeys)[number], string>>({
    title: existing?.title ?? '',
    place: existing?.place ?? '',
    postcodeArea: existing?.postcodeArea ?? '',
    requirements: existing?.requirements ?? '',
  });
  const [support, setSupport] = useState<string[]>(existing?.supportOffered ?? []);
  const [startsOn, setStartsOn] = useState(existing?.startsOn ?? '');
  const versionAtOpen = useVersionAtOpen(existing?.version ?? 0);
  const labels = {
    organisationId: t('opportunities.organisation'),
    title: t('opportunities.title'),
    kind: t('opportunities.kind'),
    hoursPerWeek: t('opportunities.hours'),
    place: t('opportunities.place'),
    postcodeArea: t('opportunities.postcodeArea'),
    requirements: t('opportunities.requirements'),
    status: t('opportunities.status'),
  };
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: FieldErrors = {};
    for (const k of textKeys) if (findBsnLikeNumbers(texts[k]).length) errors[k] = t('bsn');
    if (!organisationId) errors.organisationId = t('form.required');
    if (!texts.title.trim()) errors.title = t('form.required');
    if (form.showFieldErrors(errors)) return;
    const options = {
      onSuccess: () => {
        notifySuccess(t('opportunities.saved'));
        onDone();
      },
      onError: (error: unknown) => form.showServerError(error, Object.keys(labels)),
    };
    const fields = {
      title: texts.title.trim(),
      kind,
      hoursPerWeek: hours === '' ? null : Number(hours),
      place: texts.place.trim() || null,
      postcodeArea: texts.postcodeArea.trim() || null,
      requirements: texts.requirements.trim() || null,
      supportOffered: support,
      startsOn: startsOn || null,
    };
    if (existing) {
      update.mutate({ ...fields, status, version: versionAtOpen }, options);
      return;
    }
    create.mutate({ organisationId, ...fields }, options);
  }
  const setText = (k: (typeof textKeys)[number]) => (e: { currentTarget: { value: string } }) => {
    // Read the value now: React clears currentTarget once the event handler returns.
    const value = e.currentTarget.value;
    setTexts((v) => ({ ...v, [k]: value }));
  };
  return (
    <form onSubmit={onSubmit} noValidate data-testid="opportunity-form">
      <Stack>
        <FormErrorSummary state={form} labels={labels} />
        {!existing && employers.data && employers.data.items.length === 0 && (
          <Text>{t('opportunities.noOrganisations')}</Text>
        )}
        {existing ? (
          <TextInput
            label={t('opportunities.organisation')}
            value={existing.organisationName}
            readOnly
            description={t('opportunities.organisationFixed')}
          />
        ) : (
          <Select
            id={form.fieldId('organisationId')}
            label={t('opportunities.organisation')}
            data={(employers.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={organisationId}
            onChange={setOrganisationId}
            searchable
            required
            error={form.error('organisationId')}
            comboboxProps={{ withinPortal: true, zIndex: 400 }}
          />
        )}
        {existing && (
          <Select
            id={form.fieldId('status')}
            label={t('opportunities.status')}
            data={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`opportunities.statuses.${s}`) }))}
            value={status}
            onChange={setStatus}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true, zIndex: 400 }}
          />
        )}
        <TextInput
          id={form.fieldId('title')}
          label={t('opportunities.title')}
          required
          value={texts.title}
          onChange={setText('title')}
          error={form.error('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('opportunities.kind')}
            data={OPPORTUNITY_KINDS.map((k) => ({ value: k, label: t(`opportunities.kinds.${k}`) }))}
            value={kind}
            onChange={setKind}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true, zIndex: 400 }}
          />
          <NumberInput
            id={form.fieldId('hoursPerWeek')}
            label={t('opportunities.hours')}
            value={hours}
            onChange={setHours}
            min={0}
            max={60}
            error={form.error('hoursPerWeek')}
          />
          <TextInput
            id={form.fieldId('place')}
            label={t('opportunities.place')}
            value={texts.place}
            onChange={setText('place')}
            error={form.error('place')}
          />
          <TextInput
            id={form.fieldId('postcodeArea')}
            label={t('opportunities.postcodeArea')}
            value={texts.postcodeArea}
            onChange={setText('postcodeArea')}
            error={form.error('postcodeArea')}
          />
        </SimpleGrid>
        <Textarea
          id={form.fieldId('requirements')}
          label={t('opportunities.requirements')}
          value={texts.requirements}
          onChange={setText('requirements')}
          error={form.error('requirements')}
          autosize
          minRows={2}
        />
        <MultiSelect
          label={t('opportunities.supportOffered')}
          data={SUPPORT_KINDS.map((s) => ({ value: s, label: t(`support.${s}`) }))}
          value={support}
          onChange={setSupport}
          comboboxProps={{ withinPortal: true, zIndex: 400 }}
        />
        <TextInput
          type="date"
          label={t('opportunities.startsOn')}
          value={startsOn}
          onChange={(e) => setStartsOn(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('opportunities.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
