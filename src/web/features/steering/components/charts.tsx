// The steering charts (recharts through @mantine/charts). This module is loaded lazily (see lazy-charts.tsx) so the page can
// show its figures before the ~350 kB chart library has been downloaded, parsed and drawn. Every chart sits in a labelled
// image region, the same numbers are in a table next to it, and a measure with a target gets a dashed target line.
import { BarChart, LineChart } from '@mantine/charts';
import { Box, Card, Group, Text, useMantineTheme, getThemeColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ChartSeries {
  name: string;
  label: string;
  color: string;
}

export interface TargetLine {
  value: number;
  label: string;
}

export interface SteeringChartProps {
  kind: 'bar' | 'line';
  title: string;
  ariaLabel: string;
  data: Record<string, string | number | null>[];
  series: ChartSeries[];
  target?: TargetLine | null;
  /** Percent charts run 0–100. */
  percent?: boolean;
  height?: number;
  testId?: string;
}

export function SteeringChart({
  kind,
  title,
  ariaLabel,
  data,
  series,
  target,
  percent,
  height = 240,
  testId,
}: SteeringChartProps) {
  const { i18n } = useTranslation();
  const theme = useMantineTheme();
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'nl-NL';
  const referenceLines = target
    ? [{ y: target.value, label: target.label, color: 'red.8', strokeDasharray: '4 4' }]
    : [];
  // Keep the target line inside the drawing area even when the realised figures are far below it.
  const max = Math.max(target?.value ?? 0, ...data.flatMap((d) => series.map((s) => Number(d[s.name] ?? 0))));
  // Counts (members, placements) get whole-number ticks; figures with decimals (banen) may have decimal ticks.
  const counts = data.every((d) => series.every((s) => d[s.name] === null || Number.isInteger(Number(d[s.name]))));
  const yAxisProps = percent
    ? { domain: [0, 100], allowDecimals: false }
    : { domain: [0, Math.max(1, Math.ceil(max * 1.1))], allowDecimals: !counts };
  // Axis ticks and tooltips in the reader's language: 0,5 in Dutch, 0.5 in English.
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const valueFormatter = (value: number) => numberFormat.format(value) + (percent ? '%' : '');
  // Several series get a legend of their own below the chart: recharts' legend wraps inside the drawing area and, with
  // four long labels on a phone, left no room for the lines.
  const legend = series.length > 1;
  return (
    <Card withBorder data-testid={testId}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <div role="img" aria-label={ariaLabel} data-target={target ? String(target.value) : undefined}>
        {kind === 'line' ? (
          <LineChart
            h={height}
            data={data}
            dataKey="key"
            yAxisProps={yAxisProps}
            valueFormatter={valueFormatter}
            connectNulls
            // Straight segments: the default smoothed curve overshot below 0% and above 100% between months.
            curveType="linear"
            withLegend={false}
            series={series}
            referenceLines={referenceLines}
          />
        ) : (
          <BarChart
            h={height}
            data={data}
            dataKey="key"
            yAxisProps={yAxisProps}
            valueFormatter={valueFormatter}
            series={series}
            referenceLines={referenceLines}
          />
        )}
      </div>
      {legend && (
        <Group
          component="ul"
          gap="xs"
          mt="xs"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          data-testid="chart-legend"
        >
          {series.map((s) => (
            <Group component="li" key={s.name} gap={6} wrap="nowrap">
              <Box
                aria-hidden="true"
                w={16}
                h={4}
                style={{ borderRadius: 2, background: getThemeColor(s.color, theme), flexShrink: 0 }}
              />
              <Text size="sm">{s.label}</Text>
            </Group>
          ))}
        </Group>
      )}
    </Card>
  );
}

export default SteeringChart;
