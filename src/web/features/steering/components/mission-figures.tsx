// Mission-level figures as a funder sees them — suppressed counts ("< 5"), hidden shares, no names — with a bar chart of
// placements per quarter (with the target line when there is a target) and the same figures as a table.
import { Table } from '@mantine/core';
import type { MissionAggregates } from '../../../../core/steering/dashboard.js';
import { formatQuarter } from '../../../shared/format.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { LazyChart } from './lazy-charts.js';
import { DefinitionHelp, percent, useMeasureTexts, useSteeringT } from './measure-parts.js';

export function MissionFigures({
  data,
  locale,
  placementsTarget = null,
}: {
  data: MissionAggregates;
  locale: string;
  /** The yearly placements target, when the network set one: drawn per quarter on the chart. */
  placementsTarget?: number | null;
}) {
  const { t } = useSteeringT();
  const quarterTarget = placementsTarget === null ? null : Math.round((placementsTarget / 4) * 100) / 100;
  const m = useMeasureTexts();
  const count = (v: number | string | null) =>
    v === null ? t('noData') : typeof v === 'number' ? v.toLocaleString(locale) : v;
  const share = (v: number | null) => percent(v, locale) ?? t('hiddenShare');
  const banen = (v: number | string) =>
    typeof v === 'number' ? v.toLocaleString(locale, { minimumFractionDigits: 2 }) : v;
  const rows: [string, string, Parameters<typeof DefinitionHelp>[0]['code'] | null][] = [
    [t('members'), count(data.members), null],
    [
      m.active_member_share.label,
      `${count(data.activeMembers)} (${share(data.activeMemberShare)})`,
      'active_member_share',
    ],
    [m.activities.label, count(data.activities), 'activities'],
    [m.turnout_registered.label, share(data.turnoutOfRegistered), 'turnout_registered'],
    [m.placements.label, count(data.placements), 'placements'],
    [m.banen.label, banen(data.banen), 'banen'],
    [m.still_employed_6.label, share(data.stillEmployed6), 'still_employed_6'],
    [m.still_employed_12.label, share(data.stillEmployed12), 'still_employed_12'],
  ];
  // "Stem van kandidaten" (issue 19): three rows, suppressed like the rest; absent in reports frozen before it existed.
  if (data.candidateVoice) {
    rows.push(
      [t('voiceCheckInsShare'), share(data.candidateVoice.checkInsAnswered), 'candidate_voice'],
      [t('voiceAdviceCount'), count(data.candidateVoice.livedExperienceAdvice), null],
      [t('voiceTookPartCount'), count(data.candidateVoice.candidatesTookPart), null],
    );
  }
  const chart = data.quarters.map((q) => ({
    key: q.key,
    placements: typeof q.placements === 'number' ? q.placements : null,
  }));
  return (
    <>
      <ScrollTable label={t('sectionMission')}>
        <Table striped miw={360} data-testid="mission-table">
          <Table.Caption>{t('sectionMission')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('figure')}</Table.Th>
              <Table.Th>{t('value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([label, value, code]) => (
              <Table.Tr key={label}>
                <Table.Td>
                  {label} {code && <DefinitionHelp code={code} />}
                </Table.Td>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
            {data.quarters.map((q) => (
              <Table.Tr key={q.key}>
                <Table.Td>
                  {m.placements.label} {formatQuarter(q.key)}
                </Table.Td>
                <Table.Td>{count(q.placements)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {chart.length > 0 && (
        <LazyChart
          kind="bar"
          title={m.placements.label}
          ariaLabel={
            t('chartLabel', { measure: m.placements.label, granularity: t('quarter') }) +
            (quarterTarget === null ? '' : ` ${t('chartTarget', { target: quarterTarget.toLocaleString(locale) })}`)
          }
          height={200}
          data={chart}
          series={[{ name: 'placements', label: m.placements.label, color: 'blue.8' }]}
          target={quarterTarget === null ? null : { value: quarterTarget, label: t('targetLine') }}
          testId="chart-mission-placements"
        />
      )}
    </>
  );
}
