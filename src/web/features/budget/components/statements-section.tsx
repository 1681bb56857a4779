// "Verantwoording aan de financier": per period a financial statement, the funder's grant and the planned total against the
// money spent, per cost item. The coordinator or backoffice freezes a period (the figures are kept as they are then),
// writes a short explanation and releases it; the funder reads released statements only, totals per item.
import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { budgetItemLabels } from '../../../../core/budget/budget-lists.js';
import { formatDate, formatDateOnly } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import {
  statementCsvUrl,
  useFreezeStatement,
  useReleaseStatement,
  useStatement,
  useStatements,
  type StatementRowReply,
} from '../api.js';
import { AmountTable } from './amount-table.js';
import { ErrorAlert, issueOf } from './budget-parts.js';
import { useBudgetText } from './use-text.js';

function periodsOf(year: number): { value: string; quarter: number | null }[] {
  const out: { value: string; quarter: number | null }[] = [{ value: `${year}-01-01_${year}-12-31`, quarter: null }];
  for (const q of [1, 2, 3, 4]) {
    const endMonth = q * 3;
    const last = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
    out.push({
      value: `${year}-${String(endMonth - 2).padStart(2, '0')}-01_${year}-${String(endMonth).padStart(2, '0')}-${last}`,
      quarter: q,
    });
  }
  return out;
}

function usePeriodText() {
  const { tx } = useBudgetText();
  return (s: { periodFrom: string; periodTo: string }) =>
    tx('statements.period', { from: formatDateOnly(s.periodFrom), to: formatDateOnly(s.periodTo) });
}

/** On the budget page: make, freeze and release statements, and the list of them. */
export function StatementsSection({ networkId, year }: { networkId: string; year: number }) {
  const { tx } = useBudgetText();
  const statements = useStatements(networkId);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {tx('statements.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {tx('statements.intro')}
        </Text>
        {statements.data?.canManage && <FreezeForm networkId={networkId} year={year} />}
        {statements.isPending && <PageLoader />}
        {statements.isError && <PageError error={statements.error} />}
        {statements.data && statements.data.items.length === 0 && <Text size="sm">{tx('statements.empty')}</Text>}
        {statements.data?.items.map((row) => (
          <StatementCard key={row.id} networkId={networkId} row={row} canManage={statements.data.canManage} />
        ))}
      </Stack>
    </Paper>
  );
}

/** The funder's read view: the released statements, totals per cost item. */
export function FunderStatements({ networkId }: { networkId: string }) {
  const { tx } = useBudgetText();
  const statements = useStatements(networkId);
  if (statements.isPending) return <PageLoader />;
  if (statements.isError) return <PageError error={statements.error} />;
  return (
    <Stack gap="md">
      <Text c="gray.7">{tx('statements.funderIntro')}</Text>
      {statements.data.items.length === 0 ? (
        <EmptyState title={tx('statements.funderEmpty')} />
      ) : (
        statements.data.items.map((row) => (
          <StatementCard key={row.id} networkId={networkId} row={row} canManage={false} />
        ))
      )}
    </Stack>
  );
}

function FreezeForm({ networkId, year }: { networkId: string; year: number }) {
  const { tx } = useBudgetText();
  const freeze = useFreezeStatement(networkId);
  const periods = periodsOf(year);
  const [period, setPeriod] = useState(periods[0]!.value);
  const [explanation, setExplanation] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const [from = '', to = ''] = period.split('_');
        void freeze
          .mutateAsync({ from, to, explanation })
          .then(() => {
            notifySuccess(tx('statements.frozen'));
            setExplanation('');
          })
          .catch(() => undefined);
      }}
    >
      <Stack gap="sm">
        <NativeSelect
          label={tx('statements.choosePeriod')}
          data={periods.map((p) => ({
            value: p.value,
            label:
              p.quarter === null
                ? tx('statements.wholeYear', { year })
                : tx('statements.quarter', { q: p.quarter, year }),
          }))}
          value={period}
          error={issueOf(freeze.error, 'to')}
          onChange={(e) => setPeriod(e.currentTarget.value)}
          w={260}
        />
        <Textarea
          label={tx('statements.explanation')}
          description={tx('statements.explanationHelp')}
          maxLength={2000}
          autosize
          minRows={2}
          value={explanation}
          onChange={(e) => setExplanation(e.currentTarget.value)}
        />
        <ErrorAlert error={freeze.error} />
        <Group>
          <Button type="submit" loading={freeze.isPending}>
            {tx('statements.freeze')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function StatementCard({
  networkId,
  row,
  canManage,
}: {
  networkId: string;
  row: StatementRowReply;
  canManage: boolean;
}) {
  const { tx, words } = useBudgetText();
  const periodText = usePeriodText();
  const detail = useStatement(networkId, row.id);
  const release = useReleaseStatement(networkId);
  const label = periodText(row);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="budget-statement">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            {label}
          </Title>
          {row.status === 'released' ? (
            <Badge color="green" variant="light">
              {tx('statements.released', { date: formatDate(row.releasedAt ?? row.frozenAt) })}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              {tx('statements.frozenOn', { date: formatDate(row.frozenAt) })}
            </Badge>
          )}
        </Group>
        {detail.isError && <PageError error={detail.error} />}
        {detail.data && (
          <>
            <AmountTable
              label={tx('statements.tableLabel', { period: label })}
              rowHeader={tx('summary.item')}
              columns={[
                { label: tx('statements.grant'), cents: (r) => r.grantCents },
                { label: tx('statements.planned'), cents: (r) => r.plannedCents },
                { label: tx('statements.spent'), cents: (r) => r.spentCents },
                { label: tx('statements.grantSpent'), cents: (r) => r.grantSpentCents },
              ]}
              rows={[
                ...detail.data.items.map((r) => ({ key: r.item, label: words(budgetItemLabels, r.item), values: r })),
                { key: 'total', label: tx('summary.total'), values: detail.data.total, total: true },
              ]}
            />
            {detail.data.explanation && (
              <Text size="sm">
                <strong>{tx('statements.explanation')}:</strong> {detail.data.explanation}
              </Text>
            )}
          </>
        )}
        <Group gap="sm">
          <Anchor size="sm" href={statementCsvUrl(networkId, row.id)}>
            {tx('statements.csv', { period: label })}
          </Anchor>
          {canManage && row.status === 'frozen' && (
            <Button
              size="xs"
              loading={release.isPending}
              onClick={() =>
                void release
                  .mutateAsync({ id: row.id, version: row.version })
                  .then(() => notifySuccess(tx('statements.releasedDone')))
                  .catch(() => undefined)
              }
            >
              {tx('statements.release')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={release.error} />
      </Stack>
    </Paper>
  );
}
