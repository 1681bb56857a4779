// The chart, loaded on demand: until the chart library has arrived a placeholder of the same size keeps the layout still,
// and the numbers are already readable in the cards and in the table alternative.
import { Card, Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { SteeringChartProps } from './charts.js';

const SteeringChart = lazy(() => import('./charts.js'));

export function LazyChart(props: SteeringChartProps) {
  return (
    <Suspense
      fallback={
        <Card withBorder>
          <Skeleton height={(props.height ?? 240) + 24} aria-hidden="true" />
        </Card>
      }
    >
      <SteeringChart {...props} />
    </Suspense>
  );
}
