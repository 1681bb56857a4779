// The budget chart, loaded on demand: a placeholder of the same size keeps the layout still meanwhile.
import { Card, Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { BudgetChartProps } from './budget-chart.js';

const Chart = lazy(() => import('./budget-chart.js'));

export function LazyBudgetChart(props: BudgetChartProps) {
  return (
    <Suspense
      fallback={
        <Card withBorder>
          <Skeleton height={284} aria-hidden="true" />
        </Card>
      }
    >
      <Chart {...props} />
    </Suspense>
  );
}
