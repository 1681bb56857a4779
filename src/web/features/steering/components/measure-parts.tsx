// Small building blocks of the steering screens: formatting, a measure card with its exact definition as help text and a
// drill-down, and the drill-down dialog listing the records behind a number.
import { ActionIcon, Anchor, Badge, Button, Card, Group, Modal, Popover, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURE_TEXTS, type MeasureCode } from '../../../../core/steering/definitions.js';
import { PageError, PageLoader } from '../../../app/page-states.js';
import { ScrollTable } from '../../../app/scroll-table.js';
import { drillCsvUrl, useDrillDown, type Period } from '../api.js';

export type Ratio = { numerator: number; denominator: number; value: number | null };

export function useSteeringT() {
  return useTranslation('translation', { keyPrefix: 'steering' });
}

export function useMeasureTexts() {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('en') ? MEASURE_TEXTS.en : MEASURE_TEXTS.nl;
}

export function percent(value: number | null, locale: string): string | null {
  if (value === null) return null;
  return `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 0 })}%`;
}

export function num(value: number, locale: string, digits = 0): string {
  return value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function DefinitionHelp({ code }: { code: MeasureCode }) {
  const { t } = useSteeringT();
  const texts = useMeasureTexts();
  return (
    <Popover width={320} withArrow shadow="md" position="bottom">
      <Popover.Target>
        <ActionIcon
          variant="outline"
          radius="xl"
          size="sm"
          aria-label={t('definitionOf', { label: texts[code].label })}
        >
          <span aria-hidden="true" style={{ fontWeight: 700, fontFamily: 'serif' }}>
            i
          </span>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={700}>
          {t('definition')}
        </Text>
        <Text size="sm" data-testid={`definition-${code}`}>
          {texts[code].definition}
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}

export function MeasureCard({
  code,
  value,
  sub,
  drill,
  onDrill,
}: {
  code: MeasureCode;
  value: string | null;
  sub?: string | null;
  drill?: string;
  onDrill?: (measure: string, label: string) => void;
}) {
  const { t } = useSteeringT();
  const texts = useMeasureTexts();
  return (
    <Card withBorder padding="sm" data-testid={`measure-${code}`}>
      <Group justify="space-between" wrap="nowrap" gap={4}>
        <Text size="sm" fw={600} component="h3">
          {texts[code].label}
        </Text>
        <DefinitionHelp code={code} />
      </Group>
      <Text size="xl" fw={700} c={value === null ? 'gray.7' : undefined}>
        {value ?? t('noData')}
      </Text>
      {sub && (
        <Text size="xs" c="gray.7">
          {sub}
        </Text>
      )}
      {drill && onDrill && value !== null && (
        <Button variant="subtle" size="compact-xs" mt={4} onClick={() => onDrill(drill, texts[code].label)}>
          {t('drillDown')}
        </Button>
      )}
    </Card>
  );
}

export function ratioText(r: Ratio, locale: string, t: (k: string, o?: Record<string, unknown>) => string) {
  const p = percent(r.value, locale);
  return { value: p, sub: r.value === null ? null : t('of', { n: r.numerator, d: r.denominator }) };
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
