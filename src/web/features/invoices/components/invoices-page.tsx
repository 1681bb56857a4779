// "Facturen": the network's contribution invoices. The list per contribution year with search, sort and status filter and
// its totals; creating the year's invoices for all members; per invoice the PDF, registering the payment, a reminder by
// mail, a credit note or writing it off; the tiers by company size and the network's KvK number printed on the invoice;
// and the bookkeeping export as CSV or Excel. Amounts are whole cents, shown as € 1.250,50.
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { formatEuro, formatAmountInput } from '../../../../core/budget/money.js';
import { invoiceBookkeepingList, invoiceStatusLabels } from '../../../../core/invoices/invoice-lists.js';
import { INVOICE_STATUSES, SUGGESTED_TIERS, type InvoiceStatus } from '../../../../core/invoices/invoice-rules.js';
import { INVOICE_SORTS } from '../../../../core/invoices/invoices.contract.js';
import {
  formatIban,
  isValidIban,
  isValidKvk,
  normaliseIban,
  normaliseKvk,
} from '../../../../core/organisations/dutch-checks.js';
import { ApiError } from '../../../shared/api-client.js';
import { formatDateOnly } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { ListToolbar } from '../../../shared/list-toolbar.js';
import {
  exportUrl,
  pdfUrl,
  useAddTier,
  useCreateForYear,
  useInvoiceDetails,
  useInvoices,
  useInvoiceStep,
  useRemoveTier,
  useSaveDetails,
  useTiers,
  type InvoiceFilters,
  type InvoiceRowReply,
  type StepInput,
} from '../api.js';
import { useInvoiceText } from './use-text.js';

const issuesOf = (error: unknown) => (error instanceof ApiError ? error.issues : []);

function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const issues = issuesOf(error);
  const message =
    issues.length > 0 ? issues.map((i) => i.message).join(' ') : error instanceof Error ? error.message : null;
  return message ? (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  ) : null;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function InvoicesPage() {
  const { networkId = '' } = useParams();
  const currentYear = new Date().getFullYear();
  const { tx, words } = useInvoiceText();
  usePageTitle(tx('title'));
  const [filters, setFilters] = useState<InvoiceFilters>({
    year: currentYear,
    status: '',
    search: '',
    sort: 'number',
    order: 'asc',
  });
  const set = (patch: Partial<InvoiceFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const invoices = useInvoices(networkId, filters);
  const years = [currentYear - 2, currentYear - 1, currentYear, currentYear + 1];
  const canManage = invoices.data?.canManage ?? false;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{tx('title')}</Title>
        <Group align="flex-end">
          <NativeSelect
            label={tx('year')}
            value={String(filters.year)}
            data={years.map(String)}
            onChange={(event) => set({ year: Number(event.currentTarget.value) })}
          />
          {canManage && <CreateForYear networkId={networkId} year={filters.year} />}
        </Group>
      </Group>
      <Text>{tx('intro')}</Text>
      {invoices.data && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(['invoiced', 'paid', 'open'] as const).map((key) => (
            <Paper key={key} withBorder p="md" radius="md">
              <Text size="sm">{tx(`totals.${key}`)}</Text>
              <Text fw={700} size="xl" data-testid={`total-${key}`}>
                {formatEuro(invoices.data.totals[`${key}Cents`])}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <ListToolbar
            searchLabel={tx('filters.search')}
            search={filters.search}
            onSearchChange={(search) => set({ search })}
            filters={
              <NativeSelect
                label={tx('filters.status')}
                value={filters.status}
                data={[
                  { value: '', label: tx('filters.allStatuses') },
                  ...INVOICE_STATUSES.map((s) => ({ value: s, label: words(invoiceStatusLabels, s) })),
                ]}
                onChange={(event) => set({ status: event.currentTarget.value as InvoiceStatus | '' })}
              />
            }
            sort={{
              list: invoiceBookkeepingList,
              keys: INVOICE_SORTS,
              extra: { dueOn: tx('filters.sorts.dueOn') },
              value: filters.sort,
              onChange: (sort) => set({ sort }),
            }}
            trailing={
              <NativeSelect
                label={tx('filters.order')}
                value={filters.order}
                data={[
                  { value: 'asc', label: tx('filters.asc') },
                  { value: 'desc', label: tx('filters.desc') },
                ]}
                onChange={(event) => set({ order: event.currentTarget.value as 'asc' | 'desc' })}
              />
            }
            summary={
              invoices.data && invoices.data.items.length > 0 ? (
                <Text size="sm" aria-live="polite">
                  {tx('table.count', { count: invoices.data.items.length })}
                </Text>
              ) : undefined
            }
            exportUrl={(format) => exportUrl(networkId, filters, format)}
          />
          {invoices.isPending ? (
            <PageLoader />
          ) : invoices.isError ? (
            <PageError error={invoices.error} onRetry={() => void invoices.refetch()} />
          ) : invoices.data.items.length === 0 ? (
            <Text>{tx('table.empty', { year: filters.year })}</Text>
          ) : (
            <InvoiceTable networkId={networkId} rows={invoices.data.items} canManage={canManage} />
          )}
          {invoices.data && !canManage && (
            <Text size="sm" c="dimmed">
              {tx('readOnly')}
            </Text>
          )}
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Tiers networkId={networkId} canManage={canManage} />
        <Details networkId={networkId} canManage={canManage} />
      </SimpleGrid>
    </Stack>
  );
}

type Dialog = { step: 'paid' | 'credit' | 'write-off'; row: InvoiceRowReply } | null;

function InvoiceTable({
  networkId,
  rows,
  canManage,
}: {
  networkId: string;
  rows: InvoiceRowReply[];
  canManage: boolean;
}) {
  const { tx, words } = useInvoiceText();
  const step = useInvoiceStep(networkId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const run = (row: InvoiceRowReply, input: StepInput) =>
    step.mutate(
      { invoiceId: row.id, input },
      {
        onSuccess: (reply) => {
          const extra =
            reply && typeof reply === 'object'
              ? { to: 'to' in reply ? reply.to : '', credit: 'number' in reply ? reply.number : '' }
              : {};
          notifySuccess(tx(`step.done.${input.step}`, { number: row.number, ...extra }));
          setDialog(null);
        },
      },
    );
  return (
    <>
      <ErrorAlert error={dialog ? null : step.error} />
      <ScrollTable label={tx('table.label')}>
        <Table striped data-testid="invoice-table">
          <Table.Caption>{tx('table.label')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{tx('table.number')}</Table.Th>
              <Table.Th scope="col">{tx('table.member')}</Table.Th>
              <Table.Th scope="col">{tx('table.issuedOn')}</Table.Th>
              <Table.Th scope="col">{tx('table.dueOn')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {tx('table.amount')}
              </Table.Th>
              <Table.Th scope="col">{tx('table.status')}</Table.Th>
              <Table.Th scope="col">{tx('table.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} data-testid={`invoice-${row.number}`}>
                <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                  {row.number}
                </Table.Th>
                <Table.Td>{row.organisationName}</Table.Td>
                <Table.Td>{formatDateOnly(row.issuedOn)}</Table.Td>
                <Table.Td>{row.kind === 'invoice' ? formatDateOnly(row.dueOn) : ''}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEuro(row.amountCents)}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{words(invoiceStatusLabels, row.status)}</Text>
                    {row.paidOn && <Text size="xs">{tx('table.paidOn', { date: formatDateOnly(row.paidOn) })}</Text>}
                    {row.reminderCount > 0 && (
                      <Text size="xs">{tx('table.reminders', { count: row.reminderCount })}</Text>
                    )}
                    {row.creditOfNumber && (
                      <Text size="xs">{tx('table.creditOf', { number: row.creditOfNumber })}</Text>
                    )}
                    {row.creditedByNumber && (
                      <Text size="xs">{tx('table.creditedBy', { number: row.creditedByNumber })}</Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="wrap" role="group" aria-label={tx('actions.menu', { number: row.number })}>
                    <Anchor
                      size="sm"
                      href={pdfUrl(networkId, row.id)}
                      aria-label={tx('actions.pdf', { number: row.number })}
                    >
                      PDF
                    </Anchor>
                    {canManage && row.actions.includes('send') && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => run(row, { step: 'send', version: row.version })}
                      >
                        {tx('actions.send')}
                      </Button>
                    )}
                    {canManage && row.actions.includes('mark_paid') && (
                      <Button size="compact-xs" variant="light" onClick={() => setDialog({ step: 'paid', row })}>
                        {tx('actions.paid')}
                      </Button>
                    )}
                    {canManage && row.actions.includes('remind') && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => run(row, { step: 'reminder', version: row.version })}
                      >
                        {tx('actions.reminder')}
                      </Button>
                    )}
                    {canManage && row.actions.includes('credit') && (
                      <Button size="compact-xs" variant="light" onClick={() => setDialog({ step: 'credit', row })}>
                        {tx('actions.credit')}
                      </Button>
                    )}
                    {canManage && row.actions.includes('write_off') && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="red.8"
                        onClick={() => setDialog({ step: 'write-off', row })}
                      >
                        {tx('actions.writeOff')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {dialog && (
        <StepDialog
          dialog={dialog}
          pending={step.isPending}
          error={step.error}
          onClose={() => {
            setDialog(null);
            step.reset();
          }}
          onConfirm={(input) => run(dialog.row, input)}
        />
      )}
    </>
  );
}

function StepDialog({
  dialog,
  pending,
  error,
  onClose,
  onConfirm,
}: {
  dialog: NonNullable<Dialog>;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: (input: StepInput) => void;
}) {
  const { tx } = useInvoiceText();
  const { row } = dialog;
  const [paidOn, setPaidOn] = useState(today());
  const [reason, setReason] = useState('');
  const title =
    dialog.step === 'paid'
      ? tx('step.paidTitle', { number: row.number })
      : dialog.step === 'credit'
        ? tx('step.creditTitle', { number: row.number })
        : tx('step.writeOffTitle', { number: row.number });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dialog.step === 'paid') onConfirm({ step: 'paid', version: row.version, paidOn });
    else if (dialog.step === 'credit') onConfirm({ step: 'credit', version: row.version, reason });
    else onConfirm({ step: 'write-off', version: row.version, ...(reason.trim() ? { reason } : {}) });
  };
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': tx('step.cancel') }}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          {dialog.step === 'paid' ? (
            <TextInput
              type="date"
              label={tx('step.paidOn')}
              value={paidOn}
              required
              onChange={(event) => setPaidOn(event.currentTarget.value)}
            />
          ) : (
            <>
              <Text size="sm">
                {dialog.step === 'credit'
                  ? tx('step.creditExplain', { amount: formatEuro(-row.amountCents) })
                  : tx('step.writeOffExplain')}
              </Text>
              <TextInput
                label={tx('step.reason')}
                value={reason}
                required={dialog.step === 'credit'}
                onChange={(event) => setReason(event.currentTarget.value)}
              />
            </>
          )}
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tx('step.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {tx('step.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function CreateForYear({ networkId, year }: { networkId: string; year: number }) {
  const { tx } = useInvoiceText();
  const create = useCreateForYear(networkId, year);
  const [opened, setOpened] = useState(false);
  const [issuedOn, setIssuedOn] = useState(today());
  const [paymentDays, setPaymentDays] = useState<number | string>(30);
  const [noAmount, setNoAmount] = useState<string[]>([]);
  return (
    <>
      <Button
        onClick={() => {
          create.reset();
          setNoAmount([]);
          setOpened(true);
        }}
      >
        {tx('create.button', { year })}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={tx('create.title', { year })}
        closeButtonProps={{ 'aria-label': tx('create.cancel') }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(
              { issuedOn, paymentDays: Number(paymentDays) || 0 },
              {
                onSuccess: (reply) => {
                  notifySuccess(tx('create.done', { created: reply.created, skipped: reply.skipped.length }));
                  const missing = reply.skipped.filter((s) => s.reason === 'no_amount').map((s) => s.name);
                  setNoAmount(missing);
                  if (missing.length === 0) setOpened(false);
                },
              },
            );
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{tx('create.explain', { year })}</Text>
            <TextInput
              type="date"
              label={tx('create.issuedOn')}
              value={issuedOn}
              required
              onChange={(event) => setIssuedOn(event.currentTarget.value)}
            />
            <NumberInput
              label={tx('create.paymentDays')}
              value={paymentDays}
              min={0}
              max={365}
              onChange={setPaymentDays}
            />
            {noAmount.length > 0 && (
              <Alert color="yellow">{tx('create.noAmount', { names: noAmount.join(', ') })}</Alert>
            )}
            <ErrorAlert error={create.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {tx('create.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {tx('create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function Tiers({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { tx } = useInvoiceText();
  const tiers = useTiers(networkId);
  const add = useAddTier(networkId);
  const remove = useRemoveTier(networkId);
  const [name, setName] = useState('');
  const [from, setFrom] = useState<number | string>(0);
  const [to, setTo] = useState<number | string>('');
  const [amount, setAmount] = useState('');
  const items = tiers.data?.items ?? [];
  const suggest = async () => {
    for (const tier of SUGGESTED_TIERS) {
      await add.mutateAsync({ ...tier, amount: formatAmountInput(tier.amountCents) });
    }
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {tx('tiers.title')}
        </Title>
        <Text size="sm">{tx('tiers.explain')}</Text>
        {items.length === 0 ? (
          <Text size="sm">{tx('tiers.none')}</Text>
        ) : (
          <Table data-testid="invoice-tiers">
            <Table.Caption>{tx('tiers.label')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{tx('tiers.name')}</Table.Th>
                <Table.Th scope="col">{tx('tiers.from')}</Table.Th>
                <Table.Th scope="col">{tx('tiers.to')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {tx('tiers.amount')}
                </Table.Th>
                {canManage && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{tx('table.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((tier) => (
                <Table.Tr key={tier.id}>
                  <Table.Th scope="row">{tier.name}</Table.Th>
                  <Table.Td>{tier.employeesFrom}</Table.Td>
                  <Table.Td>{tier.employeesTo ?? tx('tiers.toOpen')}</Table.Td>
                  <Table.Td ta="right">{formatEuro(tier.amountCents)}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red.8"
                        aria-label={tx('tiers.remove', { name: tier.name })}
                        onClick={() => remove.mutate(tier.id)}
                      >
                        ×
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canManage && items.length === 0 && (
          <Button variant="light" onClick={() => void suggest()} loading={add.isPending}>
            {tx('tiers.suggest')}
          </Button>
        )}
        {canManage && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              add.mutate(
                {
                  name,
                  employeesFrom: Number(from) || 0,
                  employeesTo: to === '' ? null : Number(to),
                  amount,
                },
                {
                  onSuccess: () => {
                    setName('');
                    setAmount('');
                  },
                },
              );
            }}
          >
            <Group align="flex-end" wrap="wrap">
              <TextInput
                label={tx('tiers.name')}
                value={name}
                required
                onChange={(e) => setName(e.currentTarget.value)}
              />
              <NumberInput label={tx('tiers.from')} value={from} min={0} onChange={setFrom} w={140} />
              <NumberInput label={tx('tiers.to')} value={to} min={0} onChange={setTo} w={140} />
              <TextInput
                label={tx('tiers.amount')}
                value={amount}
                required
                placeholder="100,00"
                onChange={(e) => setAmount(e.currentTarget.value)}
                w={140}
              />
              <Button type="submit" variant="light" loading={add.isPending}>
                {tx('tiers.add')}
              </Button>
            </Group>
          </form>
        )}
        <ErrorAlert error={add.error ?? remove.error} />
      </Stack>
    </Paper>
  );
}

function Details({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { tx } = useInvoiceText();
  const details = useInvoiceDetails(networkId);
  const save = useSaveDetails(networkId);
  const [edits, setEdits] = useState<{ kvkNumber?: string; address?: string; iban?: string }>({});
  const [checked, setChecked] = useState(false);
  if (!details.data) return null;
  const saved = details.data;
  const kvkNumber = edits.kvkNumber ?? saved.kvkNumber ?? '';
  const address = edits.address ?? saved.address ?? '';
  const iban = edits.iban ?? (saved.iban ? formatIban(saved.iban) : '');
  const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
  // The same checks as the server's, so a mistyped digit is named before anything is sent.
  const kvkProblem = orNull(kvkNumber) && !isValidKvk(normaliseKvk(kvkNumber)) ? tx('details.kvkInvalid') : null;
  const ibanProblem = orNull(iban) && !isValidIban(normaliseIban(iban) ?? '') ? tx('details.ibanInvalid') : null;
  return (
    <Paper withBorder p="md" radius="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (kvkProblem || ibanProblem) return;
          save
            .mutateAsync({
              kvkNumber: orNull(kvkNumber),
              address: orNull(address),
              iban: orNull(iban),
              version: saved.version,
            })
            .then(() => {
              setEdits({});
              setChecked(false);
              notifySuccess(tx('details.saved'));
            })
            .catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3">
            {tx('details.title')}
          </Title>
          <Text size="sm">
            {tx('details.name')}: {saved.name}
          </Text>
          <TextInput
            label={tx('details.address')}
            description={tx('details.addressHint')}
            value={address}
            maxLength={200}
            readOnly={!canManage}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setEdits((e) => ({ ...e, address: value }));
            }}
          />
          <TextInput
            label={tx('details.kvk')}
            value={kvkNumber}
            readOnly={!canManage}
            error={checked ? kvkProblem : null}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setEdits((e) => ({ ...e, kvkNumber: value }));
            }}
          />
          <TextInput
            label={tx('details.iban')}
            description={tx('details.ibanHint')}
            value={iban}
            readOnly={!canManage}
            error={checked ? ibanProblem : null}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setEdits((e) => ({ ...e, iban: value }));
            }}
          />
          <ErrorAlert error={save.error} />
          {canManage && (
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={save.isPending}>
                {tx('details.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
