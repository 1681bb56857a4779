// The umbrella's comparison: the measures of the networks that opted in, side by side and anonymised ("Netwerk 1, 2, …",
// counts below 5 as "< 5", shares on fewer than 5 records hidden). A bar chart of one chosen figure, the full table as the
// accessible alternative, sortable, and a CSV download built from the same rows.
import { yearInAmsterdam } from '../../../../core/calendar.js';
import { Anchor, Group, Select, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { useComparison, type ComparisonRow, type Period } from '../api.js';
import { LazyChart } from './lazy-charts.js';
import { useMeasureTexts, useSteeringT } from './measure-parts.js';

type Column = Exclude<keyof ComparisonRow, 'label'>;
const COLUMNS: { key: Column; kind: 'count' | 'share' | 'banen' }[] = [
  { key: 'members', kind: 'count' },
  { key: 'activeMemberShare', kind: 'share' },
  { key: 'turnoutOfRegistered', kind: 'share' },
  { key: 'employerLedShare', kind: 'share' },
  { key: 'needsDrivenShare', kind: 'share' },
  { key: 'placements', kind: 'count' },
  { key: 'banen', kind: 'banen' },
  { key: 'stillEmployed6', kind: 'share' },
];

function sortValue(v: number | string | null): number {
  if (typeof v === 'number') return v;
  if (v === '< 5') return 2.5; // between 0 and 5: the order stays meaningful without revealing the count
  if (v === '×') return 5; // withheld beside a small cell: at least 5
  return -1;
}

export function ComparisonPage() {
  const { t } = useSteeringT();
  const m = useMeasureTexts();
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'nl-NL';
  usePageTitle(t('comparisonPageTitle'));
  const thisYear = yearInAmsterdam(new Date());
  const years = [thisYear, thisYear - 1, thisYear - 2];
  const [year, setYear] = useState(String(thisYear - 1));
  const period: Period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const comparison = useComparison(period);
  const [measure, setMeasure] = useState<Column>('activeMemberShare');
  const [sort, setSort] = useState<{ key: Column | 'label'; desc: boolean }>({ key: 'label', desc: false });

  const header: Record<Column, string> = {
    members: t('members'),
    activeMemberShare: m.active_member_share.label,
    turnoutOfRegistered: m.turnout_registered.label,
    employerLedShare: m.employer_led_share.label,
    needsDrivenShare: m.needs_driven_share.label,
    placements: m.placements.label,
    banen: m.banen.label,
    stillEmployed6: m.still_employed_6.label,
  };
  const kindOf = (key: Column) => COLUMNS.find((c) => c.key === key)!.kind;
  const show = (key: Column, v: number | string | null) => {
    if (v === null) return t('hidden');
    if (typeof v === 'string') return v;
    const kind = kindOf(key);
    if (kind === 'share') return `${Math.round(v * 100).toLocaleString(locale)}%`;
    return v.toLocaleString(locale, kind === 'banen' ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : {});
  };

  const rows = useMemo(() => {
    const list = [...(comparison.data?.networks ?? [])];
    list.sort((a, b) => {
      const d =
        sort.key === 'label'
          ? Number(a.label) - Number(b.label)
          : sortValue(a[sort.key] as number | string | null) - sortValue(b[sort.key] as number | string | null);
      return sort.desc ? -d : d;
    });
    return list;
  }, [comparison.data, sort]);

  const csv = () => {
    const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const lines = [
      [t('network'), ...COLUMNS.map((c) => header[c.key])].map(cell).join(';'),
      ...rows.map((r) =>
        [t('networkLabel', { label: r.label }), ...COLUMNS.map((c) => show(c.key, r[c.key]))].map(cell).join(';'),
      ),
    ];
    return `data:text/csv;charset=utf-8,${encodeURIComponent('\uFEFF' + lines.join('\r\n'))}`;
  };

  const chartData = rows.map((r) => {
    const v = r[measure];
    const kind = kindOf(measure);
    return {
      key: t('networkLabel', { label: r.label }),
      value: typeof v === 'number' ? (kind === 'share' ? Math.round(v * 100) : v) : null,
    };
  });

  const sortButton = (key: Column | 'label', text: string) => (
    <UnstyledButton
      onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'label' }))}
      aria-label={`${t('sortBy')} ${text}`}
      fw={700}
      fz="sm"
    >
      {text} {sort.key === key ? (sort.desc ? '↓' : '↑') : ''}
    </UnstyledButton>
  );

  return (
    <Stack gap="md">
      <Title order={1}>{t('comparisonPageTitle')}</Title>
      <Text c="gray.7">{t('comparisonPageIntro')}</Text>
      <Group align="end">
        <Select
          label={t('periodLabel')}
          data={years.map((y) => ({ value: String(y), label: t('periodYear', { year: y }) }))}
          value={year}
          onChange={(v) => setYear(v ?? String(thisYear - 1))}
          allowDeselect={false}
          w={160}
        />
        <Select
          label={t('comparisonMeasure')}
          data={COLUMNS.map((c) => ({ value: c.key, label: header[c.key] }))}
          value={measure}
          onChange={(v) => setMeasure((v as Column | null) ?? 'activeMemberShare')}
          allowDeselect={false}
          w={320}
        />
      </Group>
      {comparison.isPending && <PageLoader />}
      {comparison.isError && <PageError error={comparison.error} />}
      {comparison.data && rows.length === 0 && <Text>{t('comparisonNone')}</Text>}
      {comparison.data && rows.length > 0 && (
        <>
          <LazyChart
            kind="bar"
            title={header[measure]}
            ariaLabel={t('chartLabel', { measure: header[measure], granularity: t('network').toLowerCase() })}
            data={chartData}
            percent={kindOf(measure) === 'share'}
            series={[{ name: 'value', label: header[measure], color: 'blue.8' }]}
            testId="comparison-chart"
          />
          <Group justify="flex-end">
            <Anchor href={csv()} download="vergelijking-netwerken.csv" size="sm">
              {t('downloadCsvComparison')}
            </Anchor>
          </Group>
          <ScrollTable label={t('comparisonPageTitle')}>
            <Table striped miw={900} data-testid="comparison-table">
              <Table.Caption>
                {t('comparisonPageTitle')} — {t('periodYear', { year })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{sortButton('label', t('network'))}</Table.Th>
                  {COLUMNS.map((c) => (
                    <Table.Th key={c.key}>{sortButton(c.key, header[c.key])}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.label}>
                    <Table.Th scope="row">{t('networkLabel', { label: r.label })}</Table.Th>
                    {COLUMNS.map((c) => (
                      <Table.Td key={c.key}>{show(c.key, r[c.key])}</Table.Td>
                    ))}
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
