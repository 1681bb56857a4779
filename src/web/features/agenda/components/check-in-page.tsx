// Attendance at the door, made for a phone: big tap targets, a name filter, and a running count.
import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageError, PageLoader, usePageTitle } from '../../../app/page-states.js';
import { useActivity, useRegistrationAction } from '../api.js';
import { useAgendaText } from './use-text.js';

export function CheckInPage() {
  const tx = useAgendaText();
  const { networkId = '', activityId = '' } = useParams();
  const activity = useActivity(networkId, activityId);
  usePageTitle(tx('checkInTitle'));
  const action = useRegistrationAction(networkId, activityId);
  const [filter, setFilter] = useState('');
  if (activity.isPending) return <PageLoader />;
  if (activity.isError) return <PageError error={activity.error} onRetry={() => void activity.refetch()} />;
  const rows = activity.data.registrations.filter((r) => r.status === 'registered');
  const shown = rows.filter((r) => r.personName.toLowerCase().includes(filter.trim().toLowerCase()));
  const present = rows.filter((r) => r.attended).length;
  return (
    <Stack gap="md" maw={520}>
      <Anchor component={Link} to={`/n/${networkId}/agenda/${activityId}`}>
        {activity.data.title}
      </Anchor>
      <Title order={1}>{tx('checkInTitle')}</Title>
      <Text>{tx('checkInIntro')}</Text>
      <Text fw={600} aria-live="polite" data-testid="present-count">
        {tx('presentCount', { present, total: rows.length })}
      </Text>
      <TextInput
        type="search"
        label={tx('checkInSearch')}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
      />
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shown.map((r) => (
          <li key={r.id}>
            <Button
              fullWidth
              size="lg"
              variant={r.attended ? 'filled' : 'outline'}
              aria-pressed={Boolean(r.attended)}
              onClick={() => action.mutate({ action: 'attendance', registrationId: r.id, attended: !r.attended })}
              // A long name wraps onto a second line instead of running into (or pushing out) its state, which always
              // stays whole at the right, also on a 390 px phone.
              styles={{
                root: { height: 'auto', minHeight: 50, paddingBlock: 8 },
                inner: { justifyContent: 'stretch' },
                label: {
                  width: '100%',
                  justifyContent: 'space-between',
                  alignItems: 'center',
                  gap: 12,
                  whiteSpace: 'normal',
                  overflow: 'visible',
                  textAlign: 'start',
                  lineHeight: 1.3,
                },
              }}
              data-testid="check-in-row"
            >
              <span style={{ minWidth: 0, overflowWrap: 'anywhere' }} data-testid="check-in-name">
                {r.personName}
              </span>
              <span style={{ flexShrink: 0, whiteSpace: 'nowrap' }} data-testid="check-in-state">
                {r.attended ? tx('present') : tx('notPresent')}
              </span>
            </Button>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
