// The responsibility matrix of the applied design as a printable grid: tasks × roles with R/A/C/I cells.
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageError, PageLoader } from '../../../app/page-states.js';
import { ScrollTable } from '../../../app/scroll-table.js';
import { ADVISOR_TEXTS } from '../../../../core/design/advisor-texts.js';
import { toMatrix } from '../../../../core/design/network-design.js';
import { useCurrentDesign } from '../api.js';

export function DesignMatrix({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const texts = ADVISOR_TEXTS[i18n.language === 'en' ? 'en' : 'nl'];
  const current = useCurrentDesign(networkId);
  if (current.isPending) return <PageLoader />;
  if (current.isError) return <PageError error={current.error} onRetry={() => void current.refetch()} />;
  const version = current.data.version;
  if (!version) return <EmptyState title={t('design.matrix.noDesign')} />;
  const matrix = toMatrix(version.output);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Stack gap={2}>
          <Text fw={600}>{t('design.matrix.version', { number: version.versionNumber })}</Text>
          <Text size="sm">{t('design.matrix.intro')}</Text>
          <Text size="sm">{t('design.matrix.legend')}</Text>
        </Stack>
        <Button variant="outline" onClick={() => window.print()} className="no-print">
          {t('design.matrix.print')}
        </Button>
      </Group>
      <ScrollTable label={t('design.matrix.caption')}>
        <Table withTableBorder withColumnBorders miw={900} data-testid="matrix">
          <Table.Caption>{t('design.matrix.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('design.matrix.task')}</Table.Th>
              {matrix.roles.map((code) => (
                <Table.Th key={code} scope="col">
                  {texts.labels.role[code]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.rows.map((row) => (
              <Table.Tr key={row.task}>
                <Table.Th scope="row" fw={500}>
                  {texts.labels.task[row.task]}
                </Table.Th>
                {matrix.roles.map((code) => (
                  <Table.Td key={code} ta="center" fw={row.cells[code]?.startsWith('R') ? 700 : 400}>
                    {row.cells[code] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
