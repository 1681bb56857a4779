// "Begroting": the network's budget per year. Planned against spent per cost item and per payer (a table and a chart), the
// forecast at the current pace, the plan edited per item and payer, spending entries and in-kind contributions typed as
// Dutch amounts, closing the year, and every list as CSV or Excel. Amounts are whole cents, formatted as € 1.250,50.
import { Alert, Button, Group, Modal, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { budgetItemLabels, budgetPayerLabels } from '../../../../core/budget/budget-lists.js';
import {
  BUDGET_ITEMS,
  BUDGET_PAYERS,
  type BudgetItem,
  type BudgetPayer,
} from '../../../../core/budget/budget-rules.js';
import { formatAmountInput } from '../../../../core/budget/money.js';
import { formatDate } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import {
  useBudget,
  useCloseYear,
  useReopenYear,
  useCreateBudget,
  useSavePlan,
  type BudgetOverviewReply,
} from '../api.js';
import { AmountTable } from './amount-table.js';
import { ErrorAlert, ExportLinks, issueOf, issuesOf } from './budget-parts.js';
import { InKindSection } from './in-kind-section.js';
import { LazyBudgetChart } from './lazy-budget-chart.js';
import { SpendingSection } from './spending-section.js';
import { StatementsSection } from './statements-section.js';
import { useBudgetText } from './use-text.js';

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
      {budget.closedAt && (
        <Alert color="gray">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{tx('closed', { date: formatDate(budget.closedAt) })}</Text>
            {overview.canManage && <ReopenYear networkId={networkId} year={year} version={budget.version} />}
          </Stack>
        </Alert>
      )}
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
          <AmountTable
            label={tx('summary.tableLabel')}
            testId="budget-items"
            rowHeader={tx('summary.item')}
            columns={[
              { label: tx('summary.planned'), cents: (r) => r.plannedCents },
              { label: tx('summary.actual'), cents: (r) => r.actualCents },
              { label: tx('summary.inKind'), cents: (r) => r.inKindCents },
              { label: tx('summary.difference'), cents: (r) => r.plannedCents - r.actualCents },
              { label: tx('summary.forecast'), cents: (r) => r.forecastCents },
            ]}
            rows={[
              ...summary.items.map((r) => ({ key: r.item, label: words(budgetItemLabels, r.item), values: r })),
              { key: 'total', label: tx('summary.total'), values: summary.total, total: true },
            ]}
          />
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
          <AmountTable
            label={tx('payers.tableLabel')}
            testId="budget-payers"
            rowHeader={tx('payers.payer')}
            columns={[
              { label: tx('summary.planned'), cents: (r) => r.plannedCents },
              { label: tx('payers.actual'), cents: (r) => r.actualCents },
              { label: tx('summary.forecast'), cents: (r) => r.forecastCents },
            ]}
            rows={[
              ...summary.payers.map((r) => ({ key: r.payer, label: words(budgetPayerLabels, r.payer), values: r })),
              { key: 'total', label: tx('summary.total'), values: { ...summary.total, payer: 'total' }, total: true },
            ]}
          />
          <ExportLinks networkId={networkId} year={year} list="payers" />
        </Stack>
      </Paper>

      <SpendingSection networkId={networkId} year={year} manage={manage} />
      <InKindSection networkId={networkId} year={year} manage={manage} />
      <StatementsSection networkId={networkId} year={year} />
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
                // mutateAsync, not mutate's callbacks: the refetch after closing removes this button (and its
                // observer) before a per-call onSuccess would run, so the message never showed.
                void close
                  .mutateAsync({ version })
                  .then(() => {
                    notifySuccess(tx('close.done', { year }));
                    setOpened(false);
                  })
                  .catch(() => undefined)
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

function ReopenYear({ networkId, year, version }: { networkId: string; year: number; version: number }) {
  const { tx } = useBudgetText();
  const reopen = useReopenYear(networkId, year);
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpened(true)}>
        {tx('reopen.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={tx('reopen.button')}
        closeButtonProps={{ 'aria-label': tx('plan.cancel') }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            // As with closing: the reopened year removes this alert, so the message follows the promise.
            void reopen
              .mutateAsync({ version, reason })
              .then(() => {
                notifySuccess(tx('reopen.done', { year }));
                setOpened(false);
                setReason('');
              })
              .catch(() => undefined);
          }}
        >
          <Stack gap="sm">
            <Text>{tx('reopen.confirm', { year })}</Text>
            <TextInput
              label={tx('reopen.reason')}
              description={tx('reopen.reasonHelp')}
              required
              minLength={5}
              maxLength={500}
              value={reason}
              error={issueOf(reopen.error, 'reason')}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <ErrorAlert error={reopen.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {tx('plan.cancel')}
              </Button>
              <Button type="submit" loading={reopen.isPending}>
                {tx('reopen.yes')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
