// On a member organisation's page: what it contributed in kind (hosting, seconded hours, catering), valued — also a sign of
// ownership for steering. Composed into the organisation page by src/web/app/organisation-route.tsx.
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { budgetItemLabels, inKindKindLabels } from '../../../../core/budget/budget-lists.js';
import { formatEuro } from '../../../../core/budget/money.js';
import { formatDateOnly } from '../../../shared/format.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { useInKindOfOrganisation } from '../api.js';
import { amountCell } from './budget-parts.js';
import { useBudgetText } from './use-text.js';

export function InKindCard({ networkId, organisationId }: { networkId: string; organisationId: string }) {
  const { tx, words } = useBudgetText();
  const gifts = useInKindOfOrganisation(networkId, organisationId);
  if (!gifts.isSuccess) return null;
  const items = gifts.data.items;
  const total = items.reduce((sum, g) => sum + g.valueCents, 0);
  return (
    <Card withBorder data-testid="in-kind-card">
      <Stack gap="xs">
        <Title order={2} size="h3">
          {tx('inKind.onOrganisation')}
        </Title>
        {items.length === 0 ? (
          <Text>{tx('inKind.onOrganisationEmpty')}</Text>
        ) : (
          <>
            <Text fw={600}>{tx('inKind.onOrganisationTotal', { amount: formatEuro(total) })}</Text>
            <ScrollTable label={tx('inKind.onOrganisation')}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{tx('inKind.date')}</Table.Th>
                    <Table.Th scope="col">{tx('inKind.kind')}</Table.Th>
                    <Table.Th scope="col">{tx('inKind.description')}</Table.Th>
                    <Table.Th scope="col">{tx('inKind.item')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {tx('inKind.value')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((g) => (
                    <Table.Tr key={g.id}>
                      <Table.Td style={amountCell}>{formatDateOnly(g.givenOn)}</Table.Td>
                      <Table.Td>{words(inKindKindLabels, g.kind)}</Table.Td>
                      <Table.Td>{g.description}</Table.Td>
                      <Table.Td>{words(budgetItemLabels, g.item)}</Table.Td>
                      <Table.Td ta="right" style={amountCell}>
                        {formatEuro(g.valueCents)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </>
        )}
      </Stack>
    </Card>
  );
}
