// The agenda's month view: the activities of one month, day by day.
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { formatMonth } from '../../../shared/format.js';
import { type ActivityRow } from '../api.js';
import { useAgendaText } from './use-text.js';

export function MonthView({
  networkId,
  month,
  items,
  onMonth,
}: {
  networkId: string;
  month: dayjs.Dayjs;
  items: ActivityRow[];
  onMonth: (m: dayjs.Dayjs) => void;
}) {
  const tx = useAgendaText();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const start = month.startOf('week');
  const days = Array.from({ length: month.endOf('month').endOf('week').diff(start, 'day') + 1 }, (_, i) =>
    start.add(i, 'day'),
  );
  const label = formatMonth(month.year(), month.month(), { withYear: true });
  const shown = isPhone ? days.filter((d) => items.some((a) => dayjs(a.startsAt).isSame(d, 'day'))) : days;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Button variant="default" onClick={() => onMonth(month.subtract(1, 'month'))}>
          {tx('previousMonth')}
        </Button>
        <Title order={2} size="h3" aria-live="polite">
          {label}
        </Title>
        <Button variant="default" onClick={() => onMonth(month.add(1, 'month'))}>
          {tx('nextMonth')}
        </Button>
      </Group>
      <SimpleGrid cols={isPhone ? 1 : 7} spacing={4} data-testid="month-view">
        {shown.map((day) => {
          const today = items.filter((a) => dayjs(a.startsAt).isSame(day, 'day'));
          return (
            <Card
              key={day.toISOString()}
              withBorder
              padding={6}
              mih={isPhone ? undefined : 90}
              bg={day.month() === month.month() ? undefined : 'gray.0'}
            >
              <Text size="xs" fw={600}>
                {day.format('dd D')}
              </Text>
              {today.map((a) => (
                <Anchor key={a.id} component={Link} to={`/n/${networkId}/agenda/${a.id}`} size="xs" display="block">
                  {day.isSame(dayjs(a.startsAt), 'day') ? dayjs(a.startsAt).format('HH:mm') : ''} {a.title}
                </Anchor>
              ))}
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
