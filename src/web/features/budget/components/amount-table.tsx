// The budget's tables of amounts per row (per cost item, per payer, per item of a frozen statement): a row header, euro
// columns aligned right that never wrap, and a total row in bold.
import { Table } from '@mantine/core';
import { formatEuro } from '../../../../core/budget/money.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { amountCell } from './budget-parts.js';

export interface AmountColumn<R> {
  label: string;
  cents: (row: R) => number;
}

export interface AmountRow<R> {
  key: string;
  label: string;
  values: R;
  total?: boolean;
}

export function AmountTable<R>({
  label,
  rowHeader,
  columns,
  rows,
  testId,
}: {
  /** Caption of the table, also the label of its scroll area. */
  label: string;
  rowHeader: string;
  columns: AmountColumn<R>[];
  rows: AmountRow<R>[];
  testId?: string;
}) {
  return (
    <ScrollTable label={label}>
      <Table striped data-testid={testId}>
        <Table.Caption>{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeader}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.label} scope="col" ta="right">
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} fw={row.total ? 700 : undefined}>
              <Table.Th scope="row" fw={row.total ? 700 : 400}>
                {row.label}
              </Table.Th>
              {columns.map((c) => (
                <Table.Td key={c.label} ta="right" style={amountCell}>
                  {formatEuro(c.cents(row.values))}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
