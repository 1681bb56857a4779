// The drill-down dialog: the records behind one number of the dashboard, with whether each adds to the numerator, and a
// CSV download. Loaded when someone opens a drill-down, not with the dashboard.
import { Anchor, Badge, Button, Group, Modal, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoader } from '../../../app/page-states.js';
import { ScrollTable } from '../../../app/scroll-table.js';
import { drillCsvUrl, useDrillDown, type Period } from '../api.js';
import { useSteeringT } from './measure-parts.js';

export function DrillModal({
  networkId,
  period,
  measure,
  label,
  onClose,
}: {
  networkId: string;
  period: Period;
  measure: string | null;
  label: string;
  onClose: () => void;
}) {
  const { t } = useSteeringT();
  const { i18n } = useTranslation();
  const query = useDrillDown(networkId, measure, period);
  const [onlyCounted, setOnlyCounted] = useState(false);
  const items = (query.data?.items ?? []).filter((i) => !onlyCounted || i.counted);
  return (
    <Modal
      opened={measure !== null}
      onClose={onClose}
      title={t('drillDownOf', { label })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('close') }}
    >
      {query.isPending && <PageLoader />}
      {query.isError && <PageError error={query.error} />}
      {query.data && measure && (
        <Stack gap="sm">
          <Group justify="space-between">
            <Button variant="light" size="xs" onClick={() => setOnlyCounted((v) => !v)} aria-pressed={onlyCounted}>
              {t('drillCounted')}: {items.filter((i) => i.counted).length} / {query.data.items.length}
            </Button>
            <Anchor href={drillCsvUrl(networkId, measure, period)} size="sm">
              {t('downloadCsv')}
            </Anchor>
          </Group>
          <ScrollTable label={t('drillDownOf', { label })}>
            <Table striped miw={560} data-testid="drill-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('drillRecord')}</Table.Th>
                  <Table.Th>{t('drillDate')}</Table.Th>
                  <Table.Th>{t('drillDetail')}</Table.Th>
                  <Table.Th>{t('drillValues')}</Table.Th>
                  <Table.Th>{t('drillCounted')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>{row.label}</Table.Td>
                    <Table.Td>{row.date ?? ''}</Table.Td>
                    <Table.Td>{row.detail ?? ''}</Table.Td>
                    <Table.Td>
                      {Object.entries(row.values)
                        .filter(([, v]) => v !== null)
                        .map(([k, v]) => `${k}: ${typeof v === 'number' ? v.toLocaleString(i18n.language) : v}`)
                        .join(', ')}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={row.counted ? 'green.9' : 'gray.7'} variant={row.counted ? 'light' : 'outline'}>
                        {row.counted ? t('yes') : t('no')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Stack>
      )}
    </Modal>
  );
}

export default DrillModal;
