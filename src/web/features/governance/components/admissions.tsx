// Admission decisions of the kerngroep: the organisations whose membership waits for a decision (status "applied"),
// searchable, sortable and exportable; deciding admit or refuse with a reason and a date records the decision in the log
// and moves the membership (admitted, or ended with the reason) in one step. Below, the admission decisions taken.
import {
  Button,
  Checkbox,
  Group,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.js';
import { formatDate } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { dutchDate } from '../../../../core/design/gap-signals.js';
import { exportUrl, useAdmissions, useDecideAdmission, useDecisions, type AdmissionRow } from '../api.js';

export function Admissions({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState('appliedSince');
  const [order, setOrder] = useState('asc');
  const [deciding, setDeciding] = useState<AdmissionRow | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const params = { search: search.trim() || undefined, sort, order };
  const admissions = useAdmissions(networkId, params);

  return (
    <Stack gap="xl">
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('governance.admissions.title')}
        </Title>
        <Text size="sm">{t('governance.admissions.intro')}</Text>
        <Group align="flex-end" gap="sm">
          <TextInput
            type="search"
            label={t('governance.admissions.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <Select
            label={t('governance.admissions.sort')}
            data={[
              { value: 'appliedSince', label: t('governance.admissions.sortSince') },
              { value: 'organisationName', label: t('governance.admissions.sortName') },
            ]}
            value={sort}
            onChange={(v) => v && setSort(v)}
            allowDeselect={false}
            w={170}
          />
          <Select
            label={t('governance.admissions.order')}
            data={[
              { value: 'asc', label: t('governance.admissions.asc') },
              { value: 'desc', label: t('governance.admissions.desc') },
            ]}
            value={order}
            onChange={(v) => v && setOrder(v)}
            allowDeselect={false}
            w={130}
          />
          <Button
            component="a"
            size="xs"
            variant="outline"
            href={exportUrl(networkId, 'admissions', params, 'csv')}
            download
          >
            {t('governance.admissions.exportCsv')}
          </Button>
          <Button
            component="a"
            size="xs"
            variant="outline"
            href={exportUrl(networkId, 'admissions', params, 'xlsx')}
            download
          >
            {t('governance.admissions.exportXlsx')}
          </Button>
        </Group>
        {message && (
          <Text c="red.9" size="sm" role="alert">
            {message}
          </Text>
        )}
        {admissions.isPending ? (
          <PageLoader />
        ) : admissions.isError ? (
          <PageError error={admissions.error} onRetry={() => void admissions.refetch()} />
        ) : admissions.data.items.length === 0 ? (
          <EmptyState title={t('governance.admissions.empty')} />
        ) : (
          <ScrollTable label={t('governance.admissions.tableLabel')}>
            <Table striped miw={640} data-testid="admissions-table">
              <Table.Caption>{t('governance.admissions.tableLabel')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('governance.admissions.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('governance.admissions.kind')}</Table.Th>
                  <Table.Th scope="col">{t('governance.admissions.city')}</Table.Th>
                  <Table.Th scope="col">{t('governance.admissions.since')}</Table.Th>
                  {canManage && (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('governance.admissions.outcome')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {admissions.data.items.map((a) => (
                  <Table.Tr key={a.organisationId}>
                    <Table.Td>{a.organisationName}</Table.Td>
                    <Table.Td>
                      {(t as unknown as (k: string, o: { defaultValue: string }) => string)(`members.kinds.${a.kind}`, {
                        defaultValue: a.kind,
                      })}
                    </Table.Td>
                    <Table.Td>{a.city ?? ''}</Table.Td>
                    <Table.Td>{formatDate(a.appliedSince)}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="outline"
                          onClick={() => {
                            setMessage(null);
                            setDeciding(a);
                          }}
                        >
                          {t('governance.admissions.decide', { name: a.organisationName })}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {deciding && (
          <DecisionForm
            key={deciding.organisationId}
            networkId={networkId}
            application={deciding}
            onDone={(error) => {
              setDeciding(null);
              setMessage(error);
            }}
          />
        )}
      </Stack>
      <DecidedAdmissions networkId={networkId} />
    </Stack>
  );
}

function DecisionForm({
  networkId,
  application,
  onDone,
}: {
  networkId: string;
  application: AdmissionRow;
  onDone: (error: string | null) => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideAdmission(networkId);
  const [outcome, setOutcome] = useState<'admit' | 'refuse'>('admit');
  const [decidedOn, setDecidedOn] = useState(dutchDate(new Date()));
  const [reason, setReason] = useState('');
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<{ reason?: string; decidedOn?: string; form?: string }>({});

  function submit() {
    const problems: typeof errors = {};
    if (!reason.trim()) problems.reason = t('governance.admissions.reasonRequired');
    if (!decidedOn) problems.decidedOn = t('governance.admissions.dateRequired');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    decide.mutate(
      {
        organisationId: application.organisationId,
        version: application.version,
        outcome,
        decidedOn,
        reason: reason.trim(),
        sharedWithFunder: shared,
      },
      {
        onSuccess: () => {
          notifySuccess(
            t(outcome === 'admit' ? 'governance.admissions.admitted' : 'governance.admissions.refused', {
              name: application.organisationName,
            }),
          );
          onDone(null);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'stale_version') onDone(t('governance.admissions.stale'));
          else if (error instanceof ApiError && error.issues.length > 0)
            setErrors({ form: error.issues.map((i) => i.message).join(' ') });
          else setErrors({ form: error.message });
        },
      },
    );
  }

  return (
    <Stack
      gap="sm"
      maw={640}
      p="md"
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
      data-testid="admission-form"
    >
      <Title order={3} size="h4">
        {t('governance.admissions.decide', { name: application.organisationName })}
      </Title>
      <Radio.Group
        label={t('governance.admissions.outcome')}
        value={outcome}
        onChange={(v) => setOutcome(v === 'refuse' ? 'refuse' : 'admit')}
      >
        <Group gap="md" mt={4}>
          <Radio value="admit" label={t('governance.admissions.admit')} />
          <Radio value="refuse" label={t('governance.admissions.refuse')} />
        </Group>
      </Radio.Group>
      <TextInput
        type="date"
        label={t('governance.admissions.decidedOn')}
        value={decidedOn}
        onChange={(e) => setDecidedOn(e.currentTarget.value)}
        error={errors.decidedOn}
        required
        w={220}
      />
      <Textarea
        label={t('governance.admissions.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors.reason}
        required
        autosize
        minRows={2}
      />
      <Checkbox
        label={t('governance.admissions.shared')}
        checked={shared}
        onChange={(e) => setShared(e.currentTarget.checked)}
      />
      {errors.form && (
        <Text c="red.9" size="sm" role="alert">
          {errors.form}
        </Text>
      )}
      <Group>
        <Button onClick={submit} loading={decide.isPending} data-testid="admission-submit">
          {t('governance.admissions.submit')}
        </Button>
        <Button variant="default" onClick={() => onDone(null)}>
          {t('governance.admissions.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function DecidedAdmissions({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const decisions = useDecisions(networkId, { kind: 'admission' });
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('governance.admissions.decidedTitle')}
      </Title>
      {decisions.isPending ? (
        <PageLoader />
      ) : decisions.isError ? (
        <PageError error={decisions.error} />
      ) : decisions.data.items.length === 0 ? (
        <Text size="sm">{t('governance.admissions.decidedEmpty')}</Text>
      ) : (
        <ScrollTable label={t('governance.admissions.decidedTitle')}>
          <Table striped miw={640} data-testid="admission-decisions">
            <Table.Caption>{t('governance.admissions.decidedTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('governance.decisions.date')}</Table.Th>
                <Table.Th scope="col">{t('governance.decisions.body')}</Table.Th>
                <Table.Th scope="col">{t('governance.decisions.text')}</Table.Th>
                <Table.Th scope="col">{t('governance.decisions.reason')}</Table.Th>
                <Table.Th scope="col">{t('governance.decisions.shared')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {decisions.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{formatDate(d.decidedOn)}</Table.Td>
                  <Table.Td>{d.bodyName}</Table.Td>
                  <Table.Td>{d.text}</Table.Td>
                  <Table.Td>{d.reason}</Table.Td>
                  <Table.Td>{d.sharedWithFunder ? '✓' : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
