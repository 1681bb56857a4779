// Planned against spent per cost item as a bar chart, drawn the way the steering charts are (recharts through
// @mantine/charts, in a labelled image region, the same figures in the table beside it, a legend of its own). Loaded lazily
// (lazy-budget-chart.tsx) so the page shows its table before the chart library has arrived.
import { BarChart } from '@mantine/charts';
import { Box, Card, Group, Text, getThemeColor, useMantineTheme } from '@mantine/core';
import { formatEuro } from '../../../../core/budget/money.js';

export interface BudgetChartProps {
  title: string;
  ariaLabel: string;
  /** One bar group per item; amounts in euros (the chart's axis), cents are in the table. */
  data: { key: string; planned: number; actual: number }[];
  series: { name: 'planned' | 'actual'; label: string; color: string }[];
}

export function BudgetChart({ title, ariaLabel, data, series }: BudgetChartProps) {
  const theme = useMantineTheme();
  return (
    <Card withBorder data-testid="budget-chart">
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <div role="img" aria-label={ariaLabel}>
        <BarChart
          h={260}
          data={data}
          dataKey="key"
          valueFormatter={(value: number) => formatEuro(Math.round(value * 100))}
          // The axis in whole euros (€ 70.000), wide enough to show them; the tooltip keeps the cents.
          yAxisProps={{ width: 88, tickFormatter: (value: number) => formatEuro(Math.round(value) * 100).slice(0, -3) }}
          withLegend={false}
          series={series}
        />
      </div>
      <Group component="ul" gap="xs" mt="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
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
    </Card>
  );
}

export default BudgetChart;
