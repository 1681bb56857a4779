// "Begroting": the network's budget per year. Planned against spent per cost item and per payer (a table and a chart), the
// forecast at the current pace, the plan edited per item and payer, spending entries and in-kind contributions typed as
// Dutch amounts, closing the year, and every list as CSV or Excel. Amounts are whole cents, formatted as € 1.250,50.
import {
  Alert,
  Anchor,
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
import { useParams } from 'react-router';
import { budgetItemLabels, budgetPayerLabels, inKindKindLabels } from '../../../../core/budget/budget-lists.js';
import {
  BUDGET_ITEMS,
  BUDGET_PAYERS,
  IN_KIND_KINDS,
  type BudgetItem,
  type BudgetPayer,
  type InKindKind,
} from '../../../../core/budget/budget-rules.js';
import { formatAmountInput, formatEuro } from '../../../../core/budget/money.js';
import { ApiError } from '../../../app/api-client.js';
import { formatDate, formatDateOnly } from '../../../app/format.js';
import { notifySuccess } from '../../../app/notify.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../app/page-states.js';
import { ScrollTable } from '../../../app/scroll-table.js';
import {
  exportUrl,
  useBudget,
  useCloseYear,
  useCreateBudget,
  useInKind,
  useOrganisationOptions,
  useRecordInKind,
  useRecordSpending,
  useSavePlan,
  useSpending,
  type BudgetOverviewReply,
} from '../api.js';
import { LazyBudgetChart } from './lazy-budget-chart.js';
import { useBudgetText } from './use-text.js';

const issuesOf = (error: unknown) => (error instanceof ApiError ? error.issues : []);
const issueOf = (error: unknown, field: string) => issuesOf(error).find((i) => i.path.at(-1) === field)?.message;

function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const message = issuesOf(error).length === 0 && error instanceof Error ? error.message : null;
  return message ? (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  ) : null;
}

function ExportLinks({
  networkId,
  year,
  list,
}: {
  networkId: string;
  year: number;
  list: Parameters<typeof exportUrl>[2];
}) {
  const { tx } = useBudgetText();
  return (
    <Group gap="xs">
      <Text size="sm">{tx('export.label')}</Text>
      <Anchor size="sm" href={exportUrl(networkId, year, list, 'csv')}>
        {tx('export.csv')}
      </Anchor>
      <Anchor size="sm" href={exportUrl(networkId, year, list, 'xlsx')}>
        {tx('export.xlsx')}
      </Anchor>
    </Group>
  );
}

export function BudgetPage() {
  const { networkId = '' } = useParams();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const { tx } = useBudgetText();
  usePageTitle(tx('title', { year }));
  const overview = useBudget(networkId, year);
  const years = [currentYear - 2, currentYear - 1, currentYear, currentYear + 1];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{tx('title', { year })}</Title>
        <NativeSelect
          label={tx('year')}
          value={String(year)}
          data={years.map(String)}
          onChange={(event) => setYear(Number(event.currentTarget.value))}
        />
      </Group>
      <Text>{tx('intro')}</Text>
      {overview.isPending ? (
        <PageLoader />
      ) : overview.isError ? (
        <PageError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : overview.data.budget === null ? (
        <NoBudget networkId={networkId} year={year} overview={overview.data} />
      ) : (
        <YearBudget networkId={networkId} year={year} overview={overview.data} />
      )}
    </Stack>
  );
}

function NoBudget({ networkId, year, overview }: { networkId: string; year: number; overview: BudgetOverviewReply }) {
  const { tx } = useBudgetText();
  const create = useCreateBudget(networkId, year);
  const design = overview.appliedDesignVersion;
  const start = (fromDesign: boolean) =>
    create.mutate({ fromDesign }, { onSuccess: () => notifySuccess(tx('none.created', { year })) });
  return (
    <EmptyState title={tx('none.title', { year })}>
      <Stack gap="sm" align="center">
        {!overview.canManage ? (
          <Text>{tx('none.readOnly')}</Text>
        ) : design !== null ? (
          <>
            <Text>{tx('none.withDesign', { version: design })}</Text>
            <Button onClick={() => start(true)} loading={create.isPending}>
              {tx('none.fromDesign')}
            </Button>
          </>
        ) : (
          <>
            <Text>{tx('none.withoutDesign')}</Text>
            <Button onClick={() => start(false)} loading={create.isPending}>
              {tx('none.empty')}
            </Button>
          </>
        )}
        <ErrorAlert error={create.error} />
      </Stack>
    </EmptyState>
  );
}

function YearBudget({ networkId, year, overview }: { networkId: string; year: number; overview: BudgetOverviewReply }) {
  const { tx, words } = useBudgetText();
  const budget = overview.budget!;
  const open = budget.closedAt === null;
  const manage = overview.canManage && open;
  const { summary } = overview;
  return (
    <Stack gap="lg">
      {budget.closedAt && <Alert color="gray">{tx('closed', { date: formatDate(budget.closedAt) })}</Alert>}
      {budget.designVersionNumber !== null && (
        <Text size="sm" c="dimmed">
          {tx('fromDesign', { version: budget.designVersionNumber })}
        </Text>
      )}
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h3">
              {tx('summary.title')}
            </Title>
            <Group gap="sm">
              {manage && <PlanEditor networkId={networkId} year={year} overview={overview} />}
              {manage && <CloseYear networkId={networkId} year={year} version={budget.version} />}
            </Group>
          </Group>
          <ScrollTable label={tx('summary.tableLabel')}>
            <Table striped data-testid="budget-items">
              <Table.Caption>{tx('summary.tableLabel')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{tx('summary.item')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tx('summary.planned')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tx('summary.actual')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tx('summary.inKind')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tx('summary.difference')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tx('summary.forecast')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...summary.items, { ...summary.total, item: 'total' }].map((row) => (
                  <Table.Tr key={row.item} fw={row.item === 'total' ? 700 : undefined}>
                    <Table.Th scope="row" fw={row.item === 'total' ? 700 : 400}>
                      {row.item === 'total' ? tx('summary.total') : words(budgetItemLabels, row.item)}
                    </Table.Th>
                    <Table.Td ta="right">{formatEuro(row.plannedCents)}</Table.Td>
                    <Table.Td ta="right">{formatEuro(row.actualCents)}</Table.Td>
                    <Table.Td ta="right">{formatEuro(row.inKindCents)}</Table.Td>
                    <Table.Td ta="right">{formatEuro(row.plannedCents - row.actualCents)}</Table.Td>
                    <Table.Td ta="right">{formatEuro(row.forecastCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {summary.pace.daysElapsed > 0 && summary.pace.daysElapsed < summary.pace.daysInYear && (
            <Text size="sm" c="dimmed">
              {tx('summary.pace', { days: summary.pace.daysElapsed, total: summary.pace.daysInYear })}
            </Text>
          )}
          <ExportLinks networkId={networkId} year={year} list="items" />
          <LazyBudgetChart
            title={tx('summary.chartTitle')}
            ariaLabel={tx('summary.chartLabel')}
            data={summary.items.map((i) => ({
              key: words(budgetItemLabels, i.item),
              planned: i.plannedCents / 100,
              actual: i.actualCents / 100,
            }))}
            series={[
              { name: 'planned', label: tx('summary.planned'), color: 'blue.7' },
              { name: 'actual', label: tx('summary.actual'), color: 'orange.8' },
            ]}
          />
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {tx('payers.title')}
          </Title>
          <ScrollTable label={tx('payers.tableLabel')}>
            <Table striped data-testid="budget-payers">
              <Table.Caption>{tx('payers.tableLabel')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{tx('payers.payer')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tx('summary.planned')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tx('payers.actual')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tx('summary.forecast')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...summary.payers, { ...summary.total, payer: 'total' }].map((row) => (
                  <Table.Tr key={row.payer}>
                    <Table.Th scope="row" fw={row.payer === 'total' ? 700 : 400}>
                      {row.payer === 'total' ? tx('summary.total') : words(budgetPayerLabels, row.payer)}
                    </Table.Th>
                    <Table.Td ta="right">{formatEuro(row.plannedCents)}</Table.Td>
                    <Table.Td ta="right">{formatEuro(row.actualCents)}</Table.Td>
                    <Table.Td ta="right">{formatEuro(row.forecastCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <ExportLinks networkId={networkId} year={year} list="payers" />
        </Stack>
      </Paper>

      <SpendingSection networkId={networkId} year={year} manage={manage} />
      <InKindSection networkId={networkId} year={year} manage={manage} />
    </Stack>
  );
}

function PlanEditor({ networkId, year, overview }: { networkId: string; year: number; overview: BudgetOverviewReply }) {
  const { tx, words } = useBudgetText();
  const save = useSavePlan(networkId, year);
  const [opened, setOpened] = useState(false);
  const [version, setVersion] = useState(0);
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const key = (item: string, payer: string) => `${item} ${payer}`;
  const openEditor = () => {
    const start: Record<string, string> = {};
    for (const line of overview.plan) start[key(line.item, line.payer)] = formatAmountInput(line.plannedCents);
    setAmounts(start);
    setVersion(overview.budget!.version);
    save.reset();
    setOpened(true);
  };
  const lines = BUDGET_ITEMS.flatMap((item) =>
    BUDGET_PAYERS.flatMap((payer) => {
      const amount = (amounts[key(item, payer)] ?? '').trim();
      return amount === '' ? [] : [{ item, payer, amount }];
    }),
  );
  const lineIssue = (item: BudgetItem, payer: BudgetPayer) => {
    const index = lines.findIndex((l) => l.item === item && l.payer === payer);
    return issuesOf(save.error).find((i) => i.path.join('.').includes(`lines.${index}.`))?.message;
  };
  return (
    <>
      <Button variant="light" onClick={openEditor}>
        {tx('plan.edit')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={tx('plan.title')}
        size="100%"
        closeButtonProps={{ 'aria-label': tx('plan.cancel') }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(
              { version, lines },
              {
                onSuccess: () => {
                  notifySuccess(tx('plan.saved'));
                  setOpened(false);
                },
              },
            );
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{tx('plan.help')}</Text>
            <ScrollTable label={tx('plan.title')}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{tx('summary.item')}</Table.Th>
                    {BUDGET_PAYERS.map((payer) => (
                      <Table.Th scope="col" key={payer}>
                        {words(budgetPayerLabels, payer)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {BUDGET_ITEMS.map((item) => (
                    <Table.Tr key={item}>
                      <Table.Th scope="row">{words(budgetItemLabels, item)}</Table.Th>
                      {BUDGET_PAYERS.map((payer) => (
                        <Table.Td key={payer} miw={120}>
                          <TextInput
                            aria-label={tx('plan.cell', {
                              item: words(budgetItemLabels, item),
                              payer: words(budgetPayerLabels, payer),
                            })}
                            inputMode="decimal"
                            value={amounts[key(item, payer)] ?? ''}
                            error={lineIssue(item, payer)}
                            onChange={(event) => {
                              const value = event.currentTarget.value;
                              setAmounts((a) => ({ ...a, [key(item, payer)]: value }));
                            }}
                          />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <ErrorAlert error={save.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {tx('plan.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {tx('plan.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function CloseYear({ networkId, year, version }: { networkId: string; year: number; version: number }) {
  const { tx } = useBudgetText();
  const close = useCloseYear(networkId, year);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {tx('close.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={tx('close.button')}
        closeButtonProps={{ 'aria-label': tx('plan.cancel') }}
      >
        <Stack gap="sm">
          <Text>{tx('close.confirm', { year })}</Text>
          <ErrorAlert error={close.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {tx('plan.cancel')}
            </Button>
            <Button
              color="red"
              loading={close.isPending}
              onClick={() =>
                close.mutate(
                  { version },
                  {
                    onSuccess: () => {
                      notifySuccess(tx('close.done', { year }));
                      setOpened(false);
                    },
                  },
                )
              }
            >
              {tx('close.yes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function SpendingSection({ networkId, year, manage }: { networkId: string; year: number; manage: boolean }) {
  const { tx, words } = useBudgetText();
  const spending = useSpending(networkId, year, true);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {tx('spending.title')}
        </Title>
        {manage && <SpendingForm networkId={networkId} year={year} />}
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
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {spending.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{formatDateOnly(e.spentOn)}</Table.Td>
                    <Table.Td>{e.description}</Table.Td>
                    <Table.Td>{words(budgetItemLabels, e.item)}</Table.Td>
                    <Table.Td>{words(budgetPayerLabels, e.payer)}</Table.Td>
                    <Table.Td>{e.attachmentName}</Table.Td>
                    <Table.Td ta="right">{formatEuro(e.amountCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        <ExportLinks networkId={networkId} year={year} list="spending" />
      </Stack>
    </Paper>
  );
}

function defaultDate(year: number): string {
  const today = new Date().toISOString().slice(0, 10);
  return today.startsWith(String(year)) ? today : `${year}-01-01`;
}

function SpendingForm({ networkId, year }: { networkId: string; year: number }) {
  const { tx, words } = useBudgetText();
  const record = useRecordSpending(networkId);
  const empty = {
    spentOn: defaultDate(year),
    amount: '',
    item: 'coordinator' as BudgetItem,
    payer: 'member_contributions' as BudgetPayer,
    description: '',
    attachmentName: '',
  };
  const [form, setForm] = useState(empty);
  const set = (field: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
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
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={tx('spending.date')}
            required
            value={form.spentOn}
            error={issueOf(record.error, 'spentOn')}
            onChange={(e) => set('spentOn')(e.currentTarget.value)}
          />
          <TextInput
            label={tx('spending.amount')}
            description={tx('spending.amountHelp')}
            required
            inputMode="decimal"
            value={form.amount}
            error={issueOf(record.error, 'amount')}
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
            error={issueOf(record.error, 'description')}
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

function InKindSection({ networkId, year, manage }: { networkId: string; year: number; manage: boolean }) {
  const { tx, words } = useBudgetText();
  const gifts = useInKind(networkId, year, true);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {tx('inKind.title')}
        </Title>
        <Text size="sm">{tx('inKind.intro')}</Text>
        {manage && <InKindForm networkId={networkId} year={year} />}
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
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {gifts.data.items.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Td>{formatDateOnly(g.givenOn)}</Table.Td>
                    <Table.Td>{g.organisationName}</Table.Td>
                    <Table.Td>{words(inKindKindLabels, g.kind)}</Table.Td>
                    <Table.Td>{g.description}</Table.Td>
                    <Table.Td>{words(budgetItemLabels, g.item)}</Table.Td>
                    <Table.Td ta="right">{formatEuro(g.valueCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        <ExportLinks networkId={networkId} year={year} list="in-kind" />
      </Stack>
    </Paper>
  );
}

function InKindForm({ networkId, year }: { networkId: string; year: number }) {
  const { tx, words } = useBudgetText();
  const record = useRecordInKind(networkId);
  const organisations = useOrganisationOptions(networkId, true);
  const empty = {
    organisationId: '',
    givenOn: defaultDate(year),
    kind: 'hosting' as InKindKind,
    value: '',
    description: '',
  };
  const [form, setForm] = useState(empty);
  const set = (field: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
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
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={tx('inKind.organisation')}
            required
            value={form.organisationId}
            error={issueOf(record.error, 'organisationId')}
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
            error={issueOf(record.error, 'givenOn')}
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
            error={issueOf(record.error, 'value')}
            onChange={(e) => set('value')(e.currentTarget.value)}
          />
          <TextInput
            label={tx('inKind.description')}
            required
            maxLength={500}
            value={form.description}
            error={issueOf(record.error, 'description')}
            onChange={(e) => set('description')(e.currentTarget.value)}
          />
        </SimpleGrid>
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
