// Attendance at the door, made for a phone: big tap targets, a name filter, and a running count. Candidates registered
// for the meeting (issue 19) are a group of their own, counted apart from the members' attendees, and shown as the
// activity page shows them: by code, with a first name only where the reader may see it.
import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { useActivity, useCandidateRegistrationAction, useRegistrationAction } from '../api.js';
import { useAgendaText } from './use-text.js';

export function CheckInPage() {
  const tx = useAgendaText();
  const { networkId = '', activityId = '' } = useParams();
  const activity = useActivity(networkId, activityId);
  usePageTitle(tx('checkInTitle'));
  const action = useRegistrationAction(networkId, activityId);
  const candidateAction = useCandidateRegistrationAction(networkId, activityId);
  const [filter, setFilter] = useState('');
  if (activity.isPending) return <PageLoader />;
  if (activity.isError) return <PageError error={activity.error} onRetry={() => void activity.refetch()} />;
  const needle = filter.trim().toLowerCase();
  const rows = activity.data.registrations.filter((r) => r.status === 'registered');
  const shown = rows.filter((r) => r.personName.toLowerCase().includes(needle));
  const present = rows.filter((r) => r.attended).length;
  // Only whoever runs the activity may check candidates in (the attendance route asks the same); for anyone else the
  // group stays away rather than showing buttons that would be refused.
  const candidates = activity.data.runsActivity
    ? activity.data.candidateRegistrations.filter((c) => c.status === 'registered')
    : [];
  const labelOf = (c: (typeof candidates)[number]) => [c.firstName, c.code].filter(Boolean).join(' · ');
  const shownCandidates = candidates.filter((c) => labelOf(c).toLowerCase().includes(needle));
  const candidatesPresent = candidates.filter((c) => c.attended).length;
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
      {candidates.length > 0 && (
        <Title order={2} size="h3">
          {tx('checkInMembers')}
        </Title>
      )}
      {candidates.length > 0 && rows.length === 0 && <Text>{tx('checkInNoMembers')}</Text>}
      <CheckInList>
        {shown.map((r) => (
          <CheckInButton
            key={r.id}
            label={r.personName}
            attended={Boolean(r.attended)}
            onToggle={() => action.mutate({ action: 'attendance', registrationId: r.id, attended: !r.attended })}
            testId="check-in-row"
          />
        ))}
      </CheckInList>
      {candidates.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="check-in-candidates" data-testid="check-in-candidates">
          <Title order={2} size="h3" id="check-in-candidates">
            {tx('checkInCandidates')}
          </Title>
          <Text fw={600} aria-live="polite" data-testid="candidates-present-count">
            {tx('candidatesPresentCount', { present: candidatesPresent, total: candidates.length })}
          </Text>
          <CheckInList>
            {shownCandidates.map((c) => (
              <CheckInButton
                key={c.id}
                label={labelOf(c)}
                attended={Boolean(c.attended)}
                onToggle={() =>
                  candidateAction.mutate({ action: 'attendance', registrationId: c.id, attended: !c.attended })
                }
                testId="candidate-check-in-row"
              />
            ))}
          </CheckInList>
        </Stack>
      )}
    </Stack>
  );
}

function CheckInList({ children }: { children: ReactNode }) {
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {children}
    </Stack>
  );
}

/** One person at the door: a full-width, large button that toggles their attendance. */
function CheckInButton({
  label,
  attended,
  onToggle,
  testId,
}: {
  label: string;
  attended: boolean;
  onToggle: () => void;
  testId: string;
}) {
  const tx = useAgendaText();
  return (
    <li>
      <Button
        fullWidth
        size="lg"
        variant={attended ? 'filled' : 'outline'}
        aria-pressed={attended}
        onClick={onToggle}
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
        data-testid={testId}
      >
        <span style={{ minWidth: 0, overflowWrap: 'anywhere' }} data-testid="check-in-name">
          {label}
        </span>
        <span style={{ flexShrink: 0, whiteSpace: 'nowrap' }} data-testid="check-in-state">
          {attended ? tx('present') : tx('notPresent')}
        </span>
      </Button>
    </li>
  );
}
