// The optional view by quarter: aggregates of what is planned, per work form and month.
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { formatMonth } from '../../../shared/format.js';
import { EmptyState } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { type ActivityRow } from '../api.js';
import { WORK_FORMS } from '../../../../core/agenda/agenda-rules.js';
import { useAgendaText } from './use-text.js';

/** "2026-Q3" → the first day of that quarter; anything else → the current quarter. */
export function quarterStart(text: string | null) {
  const match = /^(\d{4})-Q([1-4])$/.exec(text ?? '');
  if (match) return dayjs(new Date(Number(match[1]), (Number(match[2]) - 1) * 3, 1));
  const now = dayjs();
  return dayjs(new Date(now.year(), Math.floor(now.month() / 3) * 3, 1));
}

/**
 * The optional view by quarter for a funder who asks for a plan: built from what is planned, aggregates only (activities,
 * places and needs per work form and month), no names. Never a required year plan — it changes as the agenda does.
 */
export function QuarterView({
  quarter,
  items,
  onQuarter,
}: {
  quarter: dayjs.Dayjs;
  items: ActivityRow[];
  onQuarter: (q: dayjs.Dayjs) => void;
}) {
  const tx = useAgendaText();
  const months = [0, 1, 2].map((i) => quarter.add(i, 'month'));
  const planned = items.filter((a) => a.status !== 'cancelled');
  const forms = WORK_FORMS.filter((f) => planned.some((a) => a.workForm === f));
  const inMonth = (a: ActivityRow, m: dayjs.Dayjs) => dayjs(a.startsAt).isSame(m, 'month');
  const label = tx('quarter.label', { quarter: Math.floor(quarter.month() / 3) + 1, year: quarter.year() });
  const placesTotal = planned.reduce((sum, a) => sum + (a.capacity ?? 0), 0);
  const needsTotal = planned.reduce((sum, a) => sum + a.needCount, 0);
  return (
    <Stack gap="sm" data-testid="quarter-view">
      <Group gap="xs">
        <Button variant="default" onClick={() => onQuarter(quarter.subtract(3, 'month'))}>
          {tx('quarter.previous')}
        </Button>
        <Title order={2} size="h3" aria-live="polite">
          {label}
        </Title>
        <Button variant="default" onClick={() => onQuarter(quarter.add(3, 'month'))}>
          {tx('quarter.next')}
        </Button>
      </Group>
      <Text size="sm">{tx('quarter.intro')}</Text>
      {planned.length === 0 ? (
        <EmptyState title={tx('quarter.empty')} />
      ) : (
        <>
          <Text fw={600}>
            {tx('quarter.summary', {
              activities: tx('quarter.activities', { count: planned.length }),
              places: tx('quarter.places', { count: placesTotal }),
              needs: tx('quarter.needs', { count: needsTotal }),
            })}
          </Text>
          <ScrollTable label={tx('quarter.caption', { quarter: label })}>
            <Table striped miw={520}>
              <Table.Caption>{tx('quarter.caption', { quarter: label })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx('colWorkForm')}</Table.Th>
                  {months.map((m) => (
                    <Table.Th key={m.month()}>{formatMonth(m.year(), m.month())}</Table.Th>
                  ))}
                  <Table.Th>{tx('quarter.total')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {forms.map((f) => (
                  <Table.Tr key={f}>
                    <Table.Th scope="row">{tx(`workForms.${f}`)}</Table.Th>
                    {months.map((m) => (
                      <Table.Td key={m.month()}>
                        {planned.filter((a) => a.workForm === f && inMonth(a, m)).length}
                      </Table.Td>
                    ))}
                    <Table.Td>{planned.filter((a) => a.workForm === f).length}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </Stack>
  );
}
