// The steering charts (recharts through @mantine/charts). This module is loaded lazily (see lazy-charts.tsx) so the page can
// show its figures before the ~350 kB chart library has been downloaded, parsed and drawn. Every chart sits in a labelled
// image region, the same numbers are in a table next to it, and a measure with a target gets a dashed target line.
import { BarChart, LineChart } from '@mantine/charts';
import { Card, Text } from '@mantine/core';

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
  const referenceLines = target
    ? [{ y: target.value, label: target.label, color: 'red.8', strokeDasharray: '4 4' }]
    : [];
  // Keep the target line inside the drawing area even when the realised figures are far below it.
  const max = Math.max(target?.value ?? 0, ...data.flatMap((d) => series.map((s) => Number(d[s.name] ?? 0))));
  const yAxisProps = percent ? { domain: [0, 100] } : { domain: [0, Math.max(1, Math.ceil(max * 1.1))] };
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
            connectNulls
            withLegend={series.length > 1}
            series={series}
            referenceLines={referenceLines}
          />
        ) : (
          <BarChart
            h={height}
            data={data}
            dataKey="key"
            yAxisProps={yAxisProps}
            series={series}
            referenceLines={referenceLines}
          />
        )}
      </div>
    </Card>
  );
}

export default SteeringChart;
