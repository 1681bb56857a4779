// The list of the network's earlier imports under the upload: who started each, when, the file, what came of it (rows
// checked, saved and refused) and when it finished, newest first and a page at a time.
import { Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime, formatNumber } from '../../../shared/format.js';
import { PageError } from '../../../shared/page-states.js';
import { Pager } from '../../../shared/pager.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { useImportJobs } from '../api.js';
import { useMembersText } from './use-text.js';

const PAGE_SIZE = 10;

export function ImportHistory({ networkId }: { networkId: string }) {
  const tx = useMembersText();
  const [page, setPage] = useState(1);
  const imports = useImportJobs(networkId, page, PAGE_SIZE);
  const count = (n: number | null) => (n === null ? '' : formatNumber(n));
  return (
    <Stack gap="sm" data-testid="import-history">
      <Title order={2} size="h3">
        {tx('importHistory.title')}
      </Title>
      {imports.error && <PageError error={imports.error} onRetry={() => void imports.refetch()} />}
      {imports.data && imports.data.total === 0 && <Text>{tx('importHistory.empty')}</Text>}
      {imports.data && imports.data.items.length > 0 && (
        <>
          <ScrollTable label={tx('importHistory.caption')}>
            <Table striped miw={800}>
              <Table.Caption>{tx('importHistory.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx('importHistory.colStarted')}</Table.Th>
                  <Table.Th>{tx('importHistory.colBy')}</Table.Th>
                  <Table.Th>{tx('importHistory.colFile')}</Table.Th>
                  <Table.Th>{tx('importHistory.colMode')}</Table.Th>
                  <Table.Th>{tx('importHistory.colStatus')}</Table.Th>
                  <Table.Th ta="right">{tx('importHistory.colChecked')}</Table.Th>
                  <Table.Th ta="right">{tx('importHistory.colWritten')}</Table.Th>
                  <Table.Th ta="right">{tx('importHistory.colRefused')}</Table.Th>
                  <Table.Th>{tx('importHistory.colFinished')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {imports.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
                    <Table.Td>{item.startedBy ?? tx('importHistory.unknownPerson')}</Table.Td>
                    <Table.Td>{item.fileName}</Table.Td>
                    <Table.Td>{tx(`importHistory.modes.${item.mode}`)}</Table.Td>
                    <Table.Td>{tx(`importHistory.statuses.${item.status}`)}</Table.Td>
                    <Table.Td ta="right">{count(item.rowsChecked)}</Table.Td>
                    <Table.Td ta="right">{count(item.rowsWritten)}</Table.Td>
                    <Table.Td ta="right">{count(item.rowsRefused)}</Table.Td>
                    <Table.Td>{formatDateTime(item.finishedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Pager page={page} pageSize={PAGE_SIZE} total={imports.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
