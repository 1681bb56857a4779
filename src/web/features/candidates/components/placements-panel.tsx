// Placements: the open proposals (to record a placement from), the placements with their banenafspraak count, and the form
// that previews the count while typing (the same pure rule the server applies).
import { todayInAmsterdam } from '../../../../core/calendar.js';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTRIBUTION_KINDS, CONTRACT_KINDS } from '../../../../core/candidates/codes.js';
import { jobsForPlacement } from '../../../../core/candidates/job-agreement.js';
import { formatDate, formatNumber } from '../../../shared/format.js';
import { FormErrorSummary, useFormErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { Pager } from '../../../shared/pager.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { placementsList, type PlacementSort } from '../../../../core/candidates/candidates-lists.js';
import { PLACEMENT_SORTS } from '../../../../core/candidates/placements.contract.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';
import {
  placementsExportUrl,
  type PlacementParams,
  type SortOrder,
  useCreatePlacement,
  usePlacements,
  useProposals,
  type Placement,
  type Proposal,
} from '../api.js';
import { PlacementModal } from './placement-detail.js';

export function PlacementsPanel({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const proposals = useProposals(networkId, canManage);
  const [placing, setPlacing] = useState<Proposal | null>(null);
  const [viewing, setViewing] = useState<Placement | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [active, setActive] = useState(false);
  const [sort, setSort] = useState<PlacementSort>('startsOn');
  const [order, setOrder] = useState<SortOrder>('desc');
  const [page, setPage] = useState(1);
  const params: PlacementParams = {
    search: debounced.trim(),
    active: active ? 'true' : '',
    sort,
    order,
    page,
    pageSize: 25,
  };
  const list = usePlacements(networkId, params);
  const open = (proposals.data?.items ?? []).filter((p) => p.status === 'proposed' || p.status === 'accepted');

  return (
    <Stack gap="lg">
      {canManage && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('proposals.title')}
          </Title>
          {open.length === 0 ? (
            <Text>{t('proposals.empty')}</Text>
          ) : (
            <ScrollTable label={t('proposals.title')}>
              <Table miw={640} data-testid="proposal-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('proposals.candidate')}</Table.Th>
                    <Table.Th>{t('proposals.opportunity')}</Table.Th>
                    <Table.Th>{t('matching.score')}</Table.Th>
                    <Table.Th>{t('proposals.status')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {open.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{p.candidateCode}</Table.Td>
                      <Table.Td>
                        {p.opportunityTitle} — {p.organisationName}
                      </Table.Td>
                      <Table.Td>{p.score}</Table.Td>
                      <Table.Td>{t(`proposals.statuses.${p.status}` as 'proposals.statuses.proposed')}</Table.Td>
                      <Table.Td>
                        <Button size="compact-sm" onClick={() => setPlacing(p)}>
                          {t('proposals.makePlacement')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Stack>
      )}

      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('tabs.placements')}
        </Title>
        <ListToolbar
          searchLabel={t('placements.search')}
          search={search}
          onSearchChange={(value) => {
            setSearch(value);
            setPage(1);
          }}
          filters={
            <Checkbox
              label={t('placements.active')}
              checked={active}
              onChange={(e) => {
                setActive(e.currentTarget.checked);
                setPage(1);
              }}
              mb={8}
            />
          }
          sort={{
            list: placementsList,
            label: t('list.sort'),
            keys: PLACEMENT_SORTS,
            value: sort,
            onChange: (value) => {
              setSort(value);
              setPage(1);
            },
          }}
          trailing={
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
          }
          summary={
            list.data && list.data.items.length > 0 ? (
              <Group gap="md" aria-live="polite">
                <Text>{t('placements.total', { count: list.data.total })}</Text>
                <Text fw={700} data-testid="placements-total-jobs">
                  {t('placements.totalJobs', { jobs: formatNumber(list.data.totalJobs) })}
                </Text>
              </Group>
            ) : undefined
          }
          exportUrl={
            list.data && list.data.items.length > 0
              ? (format) => placementsExportUrl(networkId, params, format)
              : undefined
          }
        />
        {list.isPending ? (
          <PageLoader />
        ) : list.isError ? (
          <PageError error={list.error} />
        ) : list.data.items.length === 0 ? (
          <EmptyState title={t('placements.empty')} />
        ) : (
          <Stack gap="xs">
            <ScrollTable label={t('placements.tableLabel')}>
              <Table striped miw={860} data-testid="placement-table">
                <Table.Caption>{t('placements.tableLabel')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('placements.candidate')}</Table.Th>
                    <Table.Th>{t('placements.organisation')}</Table.Th>
                    <Table.Th>{t('placements.startsOn')}</Table.Th>
                    <Table.Th>{t('placements.endsOn')}</Table.Th>
                    <Table.Th>{t('placements.hours')}</Table.Th>
                    <Table.Th>{t('placements.contract')}</Table.Th>
                    <Table.Th>{t('placements.jobs')}</Table.Th>
                    <Table.Th>{t('placements.support')}</Table.Th>
                    <Table.Th>{t('placements.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{p.candidateCode}</Table.Td>
                      <Table.Td>{p.organisationName}</Table.Td>
                      <Table.Td>{formatDate(p.startsOn)}</Table.Td>
                      <Table.Td>{p.endsOn ? formatDate(p.endsOn) : ''}</Table.Td>
                      <Table.Td>{formatNumber(p.hoursPerWeek)}</Table.Td>
                      <Table.Td>
                        {t(`placements.contracts.${p.contractKind}` as 'placements.contracts.permanent')}
                      </Table.Td>
                      <Table.Td>{formatNumber(p.jobs)}</Table.Td>
                      <Table.Td>
                        {[
                          p.jobcoach && t('placements.jobcoach'),
                          p.wageSubsidy && t('placements.wageSubsidy'),
                          p.noRiskPolicy && t('placements.noRiskPolicy'),
                        ]
                          .filter(Boolean)
                          .join(', ')}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="outline"
                          aria-label={t('placements.viewLabel', {
                            code: p.candidateCode,
                            organisation: p.organisationName,
                          })}
                          onClick={() => setViewing(p)}
                        >
                          {t('placements.view')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={setPage} />
          </Stack>
        )}
      </Stack>
      <PlacementModal
        networkId={networkId}
        placement={viewing}
        canManage={canManage}
        onClose={() => setViewing(null)}
      />
      <Modal
        closeButtonProps={{ 'aria-label': t('form.cancel') }}
        opened={placing !== null}
        onClose={() => setPlacing(null)}
        title={t('placements.new')}
        size="lg"
      >
        {placing && <PlacementForm networkId={networkId} proposal={placing} onDone={() => setPlacing(null)} />}
      </Modal>
    </Stack>
  );
}

function PlacementForm({ networkId, proposal, onDone }: { networkId: string; proposal: Proposal; onDone: () => void }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const create = useCreatePlacement(networkId);
  const form = useFormErrors('placement');
  const [startsOn, setStartsOn] = useState(todayInAmsterdam(new Date()));
  const [hours, setHours] = useState<number | string>('');
  const [contract, setContract] = useState<string | null>('fixed_term');
  const [flags, setFlags] = useState<string[]>([]);
  const [attribution, setAttribution] = useState<string | null>('coordinator');
  const jobs = jobsForPlacement(Number(hours) || 0, proposal.targetGroupRegister);
  const labels = {
    startsOn: t('placements.startsOn'),
    hoursPerWeek: t('placements.hours'),
    contractKind: t('placements.contract'),
  };
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (hours === '' && form.showFieldErrors({ hoursPerWeek: t('form.required') })) return;
    create.mutate(
      {
        candidateId: proposal.candidateId,
        organisationId: proposal.organisationId,
        opportunityId: proposal.opportunityId,
        startsOn,
        hoursPerWeek: Number(hours),
        contractKind: contract,
        jobcoach: flags.includes('jobcoach'),
        wageSubsidy: flags.includes('wageSubsidy'),
        noRiskPolicy: flags.includes('noRiskPolicy'),
        attributionKind: attribution,
      },
      {
        onSuccess: (created) => {
          notifySuccess(t('placements.saved', { jobs: formatNumber(created.jobs) }));
          onDone();
        },
        onError: (error) => form.showServerError(error, Object.keys(labels)),
      },
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate data-testid="placement-form">
      <Stack>
        <Text>
          {proposal.candidateCode} — {proposal.opportunityTitle} ({proposal.organisationName})
        </Text>
        <FormErrorSummary state={form} labels={labels} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id={form.fieldId('startsOn')}
            type="date"
            label={t('placements.startsOn')}
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
            error={form.error('startsOn')}
            required
          />
          <NumberInput
            id={form.fieldId('hoursPerWeek')}
            label={t('placements.hours')}
            value={hours}
            onChange={setHours}
            min={0}
            max={60}
            required
            error={form.error('hoursPerWeek')}
          />
          <Select
            id={form.fieldId('contractKind')}
            label={t('placements.contract')}
            data={CONTRACT_KINDS.map((c) => ({ value: c, label: t(`placements.contracts.${c}`) }))}
            value={contract}
            onChange={setContract}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true, zIndex: 400 }}
          />
          <Select
            label={t('placements.attribution')}
            data={ATTRIBUTION_KINDS.map((a) => ({ value: a, label: t(`placements.attributions.${a}`) }))}
            value={attribution}
            onChange={setAttribution}
            clearable
            comboboxProps={{ withinPortal: true, zIndex: 400 }}
          />
        </SimpleGrid>
        <Checkbox.Group label={t('placements.support')} value={flags} onChange={setFlags}>
          <Group mt="xs">
            <Checkbox value="jobcoach" label={t('placements.jobcoach')} />
            <Checkbox value="wageSubsidy" label={t('placements.wageSubsidy')} />
            <Checkbox value="noRiskPolicy" label={t('placements.noRiskPolicy')} />
          </Group>
        </Checkbox.Group>
        <Badge size="lg" variant="light" aria-live="polite" data-testid="jobs-preview">
          {proposal.targetGroupRegister === 'yes'
            ? t('placements.jobsPreview', { jobs: formatNumber(jobs) })
            : t('placements.jobsPreviewNone')}
        </Badge>
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('placements.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
