// What an organisation did in the network, on its page: membership history, needs raised, activities attended, placements.
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { type OrganisationDetail } from '../api.js';
import { useMembersText } from './use-text.js';

export function OrganisationHistory({ organisation: o }: { organisation: OrganisationDetail }) {
  const tx = useMembersText();
  const { t } = useTranslation();
  const status = (s: string | null) => (s ? tx(`statuses.${s}`) : '');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Section
        title={tx('detail.historyTitle')}
        empty={o.membershipHistory.length === 0 ? tx('detail.noHistory') : null}
      >
        <Table striped data-testid="membership-history">
          <Table.Caption>{tx('detail.historyCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx('detail.colWhen')}</Table.Th>
              <Table.Th>{tx('detail.colFrom')}</Table.Th>
              <Table.Th>{tx('detail.colTo')}</Table.Th>
              <Table.Th>{tx('detail.colReason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.membershipHistory.map((h) => (
              <Table.Tr key={h.at + h.to}>
                <Table.Td>{formatDate(h.at)}</Table.Td>
                <Table.Td>{status(h.from)}</Table.Td>
                <Table.Td>{status(h.to)}</Table.Td>
                <Table.Td>{h.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section title={tx('detail.needsTitle')} empty={o.needs.length === 0 ? tx('detail.noNeeds') : null}>
        <Table striped>
          <Table.Caption>{tx('detail.needsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx('detail.colTitle')}</Table.Th>
              <Table.Th>{tx('detail.colStatus')}</Table.Th>
              <Table.Th>{tx('detail.colDate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.needs.map((n) => (
              <Table.Tr key={n.id}>
                <Table.Td>{n.title}</Table.Td>
                <Table.Td>{tx(`detail.needStatuses.${n.status}`)}</Table.Td>
                <Table.Td>{formatDate(n.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section
        title={tx('detail.activitiesTitle')}
        empty={o.activitiesAttended.length === 0 ? tx('detail.noActivities') : null}
      >
        <Table striped>
          <Table.Caption>{tx('detail.activitiesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx('detail.colActivity')}</Table.Th>
              <Table.Th>{tx('detail.colDate')}</Table.Th>
              <Table.Th>{tx('detail.colPerson')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.activitiesAttended.map((a) => (
              <Table.Tr key={`${a.id}-${a.personName}`}>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td>{formatDate(a.startsAt)}</Table.Td>
                <Table.Td>{a.personName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section
        title={tx('detail.placementsTitle')}
        empty={o.placements.length === 0 ? tx('detail.noPlacements') : null}
      >
        <Table striped>
          <Table.Caption>{tx('detail.placementsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx('detail.colStart')}</Table.Th>
              <Table.Th>{tx('detail.colEnd')}</Table.Th>
              <Table.Th>{tx('detail.colHours')}</Table.Th>
              <Table.Th>{tx('detail.colContract')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.placements.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{formatDate(p.startsOn)}</Table.Td>
                <Table.Td>{formatDate(p.endsOn)}</Table.Td>
                <Table.Td>{p.hoursPerWeek}</Table.Td>
                <Table.Td>
                  {t(`candidates.placements.contracts.${p.contractKind}`, { defaultValue: p.contractKind })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    </SimpleGrid>
  );
}

function Section({ title, empty, children }: { title: string; empty: string | null; children: React.ReactNode }) {
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {title}
        </Title>
        {empty ? <Text>{empty}</Text> : <ScrollTable label={title}>{children}</ScrollTable>}
      </Stack>
    </Card>
  );
}
