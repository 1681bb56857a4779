// The year's spending entries: the list (date, description, item, payer, attachment, amount), booking a new entry, and —
// while the year is open — correcting or deleting one, each with the version it was shown at, so a change someone else made
// meanwhile is not overwritten unseen.
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
import { budgetItemLabels, budgetPayerLabels } from '../../../../core/budget/budget-lists.js';
import {
  BUDGET_ITEMS,
  BUDGET_PAYERS,
  type BudgetItem,
  type BudgetPayer,
} from '../../../../core/budget/budget-rules.js';
import { formatAmountInput, formatEuro } from '../../../../core/budget/money.js';
import { formatDateOnly } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import {
  useDeleteSpending,
  useRecordSpending,
  useSpending,
  useUpdateSpending,
  type SpendingForm as SpendingValues,
  type SpendingRowReply,
} from '../api.js';
import { amountCell, defaultDate, ErrorAlert, ExportLinks, issueOf, RowActions } from './budget-parts.js';
import { useBudgetText } from './use-text.js';

export function SpendingSection({ networkId, year, manage }: { networkId: string; year: number; manage: boolean }) {
  const { tx, words } = useBudgetText();
  const spending = useSpending(networkId, year, true);
  const [editing, setEditing] = useState<SpendingRowReply | null>(null);
  const [deleting, setDeleting] = useState<SpendingRowReply | null>(null);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {tx('spending.title')}
        </Title>
        {manage && <NewSpending networkId={networkId} year={year} />}
        {spending.isPending ? (
          <PageLoader />
        ) : spending.isError ? (
          <PageError error={spending.error} />
        ) : spending.data.items.length === 0 ? (
          <Text c="dimmed">{tx('spending.empty', { year })}</Text>
        ) : (
          <ScrollTable label={tx('spending.tableLabel', { year })}>
            <Table striped data-testid="budget-spending">
              <Table.Caption>{tx('spending.tableLabel', { year })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{tx('spending.date')}</Table.Th>
                  <Table.Th scope="col">{tx('spending.description')}</Table.Th>
                  <Table.Th scope="col">{tx('spending.item')}</Table.Th>
                  <Table.Th scope="col">{tx('spending.payer')}</Table.Th>
                  <Table.Th scope="col">{tx('spending.attachment')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tx('spending.amount')}
                  </Table.Th>
                  {manage && <Table.Th scope="col">{tx('entry.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {spending.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={amountCell}>{formatDateOnly(e.spentOn)}</Table.Td>
                    <Table.Td>{e.description}</Table.Td>
                    <Table.Td>{words(budgetItemLabels, e.item)}</Table.Td>
                    <Table.Td>{words(budgetPayerLabels, e.payer)}</Table.Td>
                    <Table.Td>{e.attachmentName}</Table.Td>
                    <Table.Td ta="right" style={amountCell}>
                      {formatEuro(e.amountCents)}
                    </Table.Td>
                    {manage && (
                      <Table.Td>
                        <RowActions what={e.description} onEdit={() => setEditing(e)} onDelete={() => setDeleting(e)} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        <ExportLinks networkId={networkId} year={year} list="spending" />
      </Stack>
      {editing && <EditSpending networkId={networkId} entry={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteSpending networkId={networkId} entry={deleting} onClose={() => setDeleting(null)} />}
    </Paper>
  );
}

function NewSpending({ networkId, year }: { networkId: string; year: number }) {
  const { tx } = useBudgetText();
  const record = useRecordSpending(networkId);
  const empty: SpendingValues = {
    spentOn: defaultDate(year),
    amount: '',
    item: 'coordinator',
    payer: 'member_contributions',
    description: '',
    attachmentName: '',
  };
  const [form, setForm] = useState(empty);
  return (
    <form
      aria-label={tx('spending.add')}
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate(form, {
          onSuccess: () => {
            notifySuccess(tx('spending.saved'));
            setForm(empty);
          },
        });
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {tx('spending.add')}
        </Title>
        <SpendingFields form={form} setForm={setForm} error={record.error} />
        <ErrorAlert error={record.error} />
        <Group>
          <Button type="submit" loading={record.isPending}>
            {tx('spending.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditSpending({
  networkId,
  entry,
  onClose,
}: {
  networkId: string;
  entry: SpendingRowReply;
  onClose: () => void;
}) {
  const { tx } = useBudgetText();
  const update = useUpdateSpending(networkId, entry.id);
  // The form keeps the values and the version of the moment it was opened.
  const [form, setForm] = useState<SpendingValues>({
    spentOn: entry.spentOn,
    amount: formatAmountInput(entry.amountCents),
    item: entry.item as BudgetItem,
    payer: entry.payer as BudgetPayer,
    description: entry.description,
    attachmentName: entry.attachmentName ?? '',
  });
  const [version] = useState(entry.version);
  return (
    <Modal
      opened
      onClose={onClose}
      title={tx('spending.editTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': tx('plan.cancel') }}
    >
      <form
        aria-label={tx('spending.editTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate(
            { ...form, version },
            {
              onSuccess: () => {
                notifySuccess(tx('spending.updated'));
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <SpendingFields form={form} setForm={setForm} error={update.error} />
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

function DeleteSpending({
  networkId,
  entry,
  onClose,
}: {
  networkId: string;
  entry: SpendingRowReply;
  onClose: () => void;
}) {
  const { tx } = useBudgetText();
  const remove = useDeleteSpending(networkId);
  const [version] = useState(entry.version);
  return (
    <Modal
      opened
      onClose={onClose}
      title={tx('spending.deleteTitle')}
      closeButtonProps={{ 'aria-label': tx('plan.cancel') }}
    >
      <Stack gap="sm">
        <Text>
          {tx('spending.deleteConfirm', {
            what: entry.description,
            amount: formatEuro(entry.amountCents),
            date: formatDateOnly(entry.spentOn),
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
                { id: entry.id, version },
                {
                  onSuccess: () => {
                    notifySuccess(tx('spending.deleted'));
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

function SpendingFields({
  form,
  setForm,
  error,
}: {
  form: SpendingValues;
  setForm: (update: (f: SpendingValues) => SpendingValues) => void;
  error: unknown;
}) {
  const { tx, words } = useBudgetText();
  const set = (field: keyof SpendingValues) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        type="date"
        label={tx('spending.date')}
        required
        value={form.spentOn}
        error={issueOf(error, 'spentOn')}
        onChange={(e) => set('spentOn')(e.currentTarget.value)}
      />
      <TextInput
        label={tx('spending.amount')}
        description={tx('spending.amountHelp')}
        required
        inputMode="decimal"
        value={form.amount}
        error={issueOf(error, 'amount')}
        onChange={(e) => set('amount')(e.currentTarget.value)}
      />
      <NativeSelect
        label={tx('spending.item')}
        value={form.item}
        data={BUDGET_ITEMS.map((i) => ({ value: i, label: words(budgetItemLabels, i) }))}
        onChange={(e) => set('item')(e.currentTarget.value)}
      />
      <NativeSelect
        label={tx('spending.payer')}
        value={form.payer}
        data={BUDGET_PAYERS.map((p) => ({ value: p, label: words(budgetPayerLabels, p) }))}
        onChange={(e) => set('payer')(e.currentTarget.value)}
      />
      <TextInput
        label={tx('spending.description')}
        required
        maxLength={500}
        value={form.description}
        error={issueOf(error, 'description')}
        onChange={(e) => set('description')(e.currentTarget.value)}
      />
      <TextInput
        label={tx('spending.attachment')}
        description={tx('spending.attachmentHelp')}
        maxLength={200}
        value={form.attachmentName}
        onChange={(e) => set('attachmentName')(e.currentTarget.value)}
      />
    </SimpleGrid>
  );
}
