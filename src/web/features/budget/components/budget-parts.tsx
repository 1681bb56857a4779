// Pieces the budget screens share: field errors from a refused request, the alert for a message without a field, the
// export links of a list, and the default date of a new entry in the year shown.
import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { todayInAmsterdam } from '../../../../core/calendar.js';
import { ApiError } from '../../../shared/api-client.js';
import { exportUrl } from '../api.js';
import { useBudgetText } from './use-text.js';

export const issuesOf = (error: unknown) => (error instanceof ApiError ? error.issues : []);
export const issueOf = (error: unknown, field: string) => issuesOf(error).find((i) => i.path.at(-1) === field)?.message;

export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const message = issuesOf(error).length === 0 && error instanceof Error ? error.message : null;
  return message ? (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  ) : null;
}

export function ExportLinks({
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

/** Today when it falls in the year shown, else 1 January of that year. */
export function defaultDate(year: number): string {
  const today = todayInAmsterdam(new Date());
  return today.startsWith(String(year)) ? today : `${year}-01-01`;
}

/** Amounts stay on one line ("€ 450,00", never "€" above "450,00"). */
export const amountCell = { whiteSpace: 'nowrap' } as const;

/** "Wijzigen" and "Verwijderen" in a row of spending or in-kind entries; the buttons name the entry for screen readers. */
export function RowActions({ what, onEdit, onDelete }: { what: string; onEdit: () => void; onDelete: () => void }) {
  const { tx } = useBudgetText();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="default" aria-label={tx('entry.editOf', { what })} onClick={onEdit}>
        {tx('entry.edit')}
      </Button>
      <Button size="xs" variant="default" color="red" aria-label={tx('entry.deleteOf', { what })} onClick={onDelete}>
        {tx('entry.delete')}
      </Button>
    </Group>
  );
}
