// The drill-down dialog: the records behind one number of the dashboard, with whether each adds to the numerator, and a
// CSV download. Loaded when someone opens a drill-down, not with the dashboard.
import { Anchor, Badge, Button, Group, Modal, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateOnly } from '../../../shared/format.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { drillCsvUrl, useDrillDown, type DrillRow, type Period } from '../api.js';
import { useSteeringT } from './measure-parts.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The drill-down rows carry codes (status, work form, initiator, role); show them with the labels of the app's catalogs
 * (agenda, roles, governance), falling back to the code for one the catalogs do not know.
 */
export function drillTexts(measure: string, row: DrillRow, t: Translate, locale: string) {
  const label = (key: string, code: string) => t(key, { defaultValue: code });
  let detail = row.detail ?? '';
  if (row.detail !== null) {
    switch (measure) {
      case 'active_members':
        detail = label(`steering.eventKinds.${row.detail}`, row.detail);
        break;
      case 'employer_led':
      case 'needs_driven':
        detail = label(`agenda.initiators.${row.detail}`, row.detail);
        break;
      case 'needs':
        detail = label(`agenda.needStatus.${row.detail}`, row.detail);
        break;
      case 'coordinator_tasks':
        detail = label(`roles.${row.detail}`, row.detail);
        break;
      case 'placements':
        detail = label(`steering.registerValues.${row.detail}`, row.detail);
        break;
      case 'kerngroep':
        detail = t('steering.termUntil', { date: row.detail });
        break;
      case 'still_employed_6':
      case 'still_employed_12':
        detail = t('steering.stillEmployedUntil', { date: row.detail });
        break;
    }
  } else if (measure === 'kerngroep') detail = t('steering.termOpen');
  else if (measure === 'still_employed_6' || measure === 'still_employed_12') detail = t('steering.stillEmployedOpen');
  const values = Object.entries(row.values)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => {
      let shown = typeof v === 'number' ? v.toLocaleString(locale) : String(v);
      if (k === 'workForm') shown = label(`agenda.workForms.${v}`, shown);
      if (k === 'status' && measure === 'coordinator_tasks') shown = label(`governance.tasks.statuses.${v}`, shown);
      return `${label(`steering.drillLabels.${k}`, k)}: ${shown}`;
    })
    .join(', ');
  return { detail, values };
}

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
  const { i18n, t: tAll } = useTranslation();
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
                    <Table.Td>{formatDateOnly(row.date)}</Table.Td>
                    <Table.Td>{drillTexts(measure, row, tAll as Translate, i18n.language).detail}</Table.Td>
                    <Table.Td>{drillTexts(measure, row, tAll as Translate, i18n.language).values}</Table.Td>
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
