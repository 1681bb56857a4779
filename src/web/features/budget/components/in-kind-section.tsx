// The year's in-kind contributions: the list (date, organisation, kind, description, item, value), recording a new one,
// and — while the year is open — correcting or deleting one with the version it was shown at.
import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { budgetItemLabels, inKindKindLabels } from '../../../../core/budget/budget-lists.js';
import { IN_KIND_KINDS, type BudgetItem, type InKindKind } from '../../../../core/budget/budget-rules.js';
import { formatAmountInput, formatEuro } from '../../../../core/budget/money.js';
import { formatDateOnly } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import {
  useDeleteInKind,
  useInKind,
  useOrganisationOptions,
  useRecordInKind,
  useUpdateInKind,
  type InKindForm as InKindValues,
  type InKindRowReply,
} from '../api.js';
import { amountCell, defaultDate, ErrorAlert, ExportLinks, issueOf, RowActions } from './budget-parts.js';
import { useBudgetText } from './use-text.js';

export function InKindSection({ networkId, year, manage }: { networkId: string; year: number; manage: boolean }) {
  const { tx, words } = useBudgetText();
  const gifts = useInKind(networkId, year, true);
  const [editing, setEditing] = useState<InKindRowReply | null>(null);
  const [deleting, setDeleting] = useState<InKindRowReply | null>(null);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {tx('inKind.title')}
        </Title>
        <Text size="sm">{tx('inKind.intro')}</Text>
        {manage && <NewInKind networkId={networkId} year={year} />}
        {gifts.isPending ? (
          <PageLoader />
        ) : gifts.isError ? (
          <PageError error={gifts.error} />
        ) : gifts.data.items.length === 0 ? (
          <Text c="dimmed">{tx('inKind.empty', { year })}</Text>
        ) : (
          <ScrollTable label={tx('inKind.tableLabel', { year })}>
            <Table striped data-testid="budget-in-kind">
              <Table.Caption>{tx('inKind.tableLabel', { year })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{tx('inKind.date')}</Table.Th>
                  <Table.Th scope="col">{tx('inKind.organisation')}</Table.Th>
                  <Table.Th scope="col">{tx('inKind.kind')}</Table.Th>
                  <Table.Th scope="col">{tx('inKind.description')}</Table.Th>
                  <Table.Th scope="col">{tx('inKind.item')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tx('inKind.value')}
                  </Table.Th>
                  {manage && <Table.Th scope="col">{tx('entry.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {gifts.data.items.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Td style={amountCell}>{formatDateOnly(g.givenOn)}</Table.Td>
                    <Table.Td>{g.organisationName}</Table.Td>
                    <Table.Td>{words(inKindKindLabels, g.kind)}</Table.Td>
                    <Table.Td>{g.description}</Table.Td>
                    <Table.Td>{words(budgetItemLabels, g.item)}</Table.Td>
                    <Table.Td ta="right" style={amountCell}>
                      {formatEuro(g.valueCents)}
                    </Table.Td>
                    {manage && (
                      <Table.Td>
                        <RowActions what={g.description} onEdit={() => setEditing(g)} onDelete={() => setDeleting(g)} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        <ExportLinks networkId={networkId} year={year} list="in-kind" />
      </Stack>
      {editing && <EditInKind networkId={networkId} gift={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteInKind networkId={networkId} gift={deleting} onClose={() => setDeleting(null)} />}
    </Paper>
  );
}

function NewInKind({ networkId, year }: { networkId: string; year: number }) {
  const { tx } = useBudgetText();
  const record = useRecordInKind(networkId);
  const empty: InKindValues = {
    organisationId: '',
    givenOn: defaultDate(year),
    kind: 'hosting',
    value: '',
    description: '',
  };
  const [form, setForm] = useState(empty);
  return (
    <form
      aria-label={tx('inKind.add')}
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate(form, {
          onSuccess: () => {
            notifySuccess(tx('inKind.saved'));
            setForm(empty);
          },
        });
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {tx('inKind.add')}
        </Title>
        <InKindFields networkId={networkId} form={form} setForm={setForm} error={record.error} />
        <ErrorAlert error={record.error} />
        <Group>
          <Button type="submit" loading={record.isPending}>
            {tx('inKind.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditInKind({ networkId, gift, onClose }: { networkId: string; gift: InKindRowReply; onClose: () => void }) {
  const { tx } = useBudgetText();
  const update = useUpdateInKind(networkId, gift.id);
  const [form, setForm] = useState<InKindValues>({
    organisationId: gift.organisationId,
    givenOn: gift.givenOn,
    kind: gift.kind as InKindKind,
    value: formatAmountInput(gift.valueCents),
    description: gift.description,
  });
  const [version] = useState(gift.version);
  return (
    <Modal
      opened
      onClose={onClose}
      title={tx('inKind.editTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': tx('plan.cancel') }}
    >
      <form
        aria-label={tx('inKind.editTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          // The cost item stays as it was while the kind does not change; a new kind takes that kind's usual item.
          const item = form.kind === gift.kind ? (gift.item as BudgetItem) : undefined;
          update.mutate(
            { ...form, item, version },
            {
              onSuccess: () => {
                notifySuccess(tx('inKind.updated'));
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <InKindFields networkId={networkId} form={form} setForm={setForm} error={update.error} />
          <ErrorAlert error={update.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tx('plan.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {tx('plan.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DeleteInKind({ networkId, gift, onClose }: { networkId: string; gift: InKindRowReply; onClose: () => void }) {
  const { tx } = useBudgetText();
  const remove = useDeleteInKind(networkId);
  const [version] = useState(gift.version);
  return (
    <Modal
      opened
      onClose={onClose}
      title={tx('inKind.deleteTitle')}
      closeButtonProps={{ 'aria-label': tx('plan.cancel') }}
    >
      <Stack gap="sm">
        <Text>
          {tx('inKind.deleteConfirm', {
            what: gift.description,
            organisation: gift.organisationName,
            amount: formatEuro(gift.valueCents),
          })}
        </Text>
        <ErrorAlert error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tx('plan.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(
                { id: gift.id, version },
                {
                  onSuccess: () => {
                    notifySuccess(tx('inKind.deleted'));
                    onClose();
                  },
                },
              )
            }
          >
            {tx('entry.deleteYes')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function InKindFields({
  networkId,
  form,
  setForm,
  error,
}: {
  networkId: string;
  form: InKindValues;
  setForm: (update: (f: InKindValues) => InKindValues) => void;
  error: unknown;
}) {
  const { tx, words } = useBudgetText();
  const organisations = useOrganisationOptions(networkId, true);
  const set = (field: keyof InKindValues) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <NativeSelect
        label={tx('inKind.organisation')}
        required
        value={form.organisationId}
        error={issueOf(error, 'organisationId')}
        data={[
          { value: '', label: tx('inKind.chooseOrganisation') },
          ...(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
        ]}
        onChange={(e) => set('organisationId')(e.currentTarget.value)}
      />
      <TextInput
        type="date"
        label={tx('inKind.date')}
        required
        value={form.givenOn}
        error={issueOf(error, 'givenOn')}
        onChange={(e) => set('givenOn')(e.currentTarget.value)}
      />
      <NativeSelect
        label={tx('inKind.kind')}
        value={form.kind}
        data={IN_KIND_KINDS.map((k) => ({ value: k, label: words(inKindKindLabels, k) }))}
        onChange={(e) => set('kind')(e.currentTarget.value)}
      />
      <TextInput
        label={tx('inKind.value')}
        description={tx('inKind.valueHelp')}
        required
        inputMode="decimal"
        value={form.value}
        error={issueOf(error, 'value')}
        onChange={(e) => set('value')(e.currentTarget.value)}
      />
      <TextInput
        label={tx('inKind.description')}
        required
        maxLength={500}
        value={form.description}
        error={issueOf(error, 'description')}
        onChange={(e) => set('description')(e.currentTarget.value)}
      />
    </SimpleGrid>
  );
}
