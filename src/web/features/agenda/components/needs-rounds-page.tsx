// The coordinator's needs rounds (behoeftepeiling): send a round of the network's need themes to every member contact, and
// see per round the answer rate and per theme who chose it (people and organisations), the need it became with its support
// as the needs list counts it, and the descriptions given (without names).
import { Alert, Anchor, Button, Card, Checkbox, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { addDays, todayInAmsterdam } from '../../../../core/calendar.js';
import { NEED_THEMES } from '../../../../core/agenda/agenda-rules.js';
import { formatDateOnly } from '../../../shared/format.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { useNeedsRounds, useStartNeedsRound, type NeedsRound } from '../api.js';
import { AgendaTabs } from './agenda-tabs.js';
import { useAgendaText } from './use-text.js';

const inWeeks = (n: number) => addDays(todayInAmsterdam(new Date()), n * 7);

function StartForm({ networkId }: { networkId: string }) {
  const tx = useAgendaText();
  const start = useStartNeedsRound(networkId);
  const [title, setTitle] = useState('');
  const [closesOn, setClosesOn] = useState(inWeeks(3));
  const [themes, setThemes] = useState<string[]>([...NEED_THEMES]);
  const [errors, setErrors] = useState<{ title?: string; closesOn?: string; themes?: string }>({});
  return (
    <Card withBorder>
      <form
        noValidate
        aria-label={tx('needsRound.newTitle')}
        data-testid="needs-round-form"
        onSubmit={(e) => {
          e.preventDefault();
          const next = {
            title: title.trim() === '' ? tx('needsRound.titleMissing') : undefined,
            closesOn: !/^\d{4}-\d{2}-\d{2}$/.test(closesOn)
              ? tx('needsRound.closesOnMissing')
              : closesOn < todayInAmsterdam(new Date())
                ? tx('needsRound.closesOnPast')
                : undefined,
            themes: themes.length === 0 ? tx('needsRound.themesMissing') : undefined,
          };
          setErrors(next);
          if (next.title || next.closesOn || next.themes) return;
          // In the order of the code list, whatever order they were ticked in.
          start.mutate({ title: title.trim(), closesOn, themes: NEED_THEMES.filter((t) => themes.includes(t)) });
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {tx('needsRound.newTitle')}
          </Title>
          <Text size="sm">{tx('needsRound.newIntro')}</Text>
          <TextInput
            label={tx('needsRound.roundTitle')}
            description={tx('needsRound.roundTitleHelp')}
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              setErrors((old) => ({ ...old, title: undefined }));
            }}
            error={errors.title}
            required
            maxLength={120}
            maw={480}
          />
          <TextInput
            type="date"
            label={tx('needsRound.closesOn')}
            description={tx('needsRound.closesOnHelp')}
            value={closesOn}
            min={todayInAmsterdam(new Date())}
            onChange={(e) => {
              setClosesOn(e.currentTarget.value);
              setErrors((old) => ({ ...old, closesOn: undefined }));
            }}
            error={errors.closesOn}
            required
            maw={260}
          />
          <Checkbox.Group
            label={tx('needsRound.themesLabel')}
            value={themes}
            onChange={(v) => {
              setThemes(v);
              setErrors((old) => ({ ...old, themes: undefined }));
            }}
            error={errors.themes}
            required
          >
            <Stack gap={6} mt={6}>
              {NEED_THEMES.map((t) => (
                <Checkbox key={t} value={t} label={tx(`themes.${t}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          {start.isError && (
            <Alert color="red" role="alert">
              {start.error.message}
            </Alert>
          )}
          {start.data && (
            <Alert color="green" role="status">
              {tx('needsRound.sent', { count: start.data.invited })}
            </Alert>
          )}
          <Button type="submit" loading={start.isPending} style={{ alignSelf: 'flex-start' }}>
            {tx('needsRound.send')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function RoundCard({ networkId, round }: { networkId: string; round: NeedsRound }) {
  const tx = useAgendaText();
  const percent = round.answerRate === null ? 0 : Math.round(round.answerRate * 100);
  return (
    <Card withBorder data-testid="needs-round">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {round.title}
        </Title>
        <Text size="sm">
          {tx('needsRound.period', { from: formatDateOnly(round.opensOn), to: formatDateOnly(round.closesOn) })}
          {' · '}
          {tx('needsRound.answerRate', { answers: round.answers, invited: round.invited, percent })}
        </Text>
        <ScrollTable label={tx('needsRound.tableCaption', { title: round.title })}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tx('needsRound.theme')}</Table.Th>
                <Table.Th>{tx('needsRound.contacts')}</Table.Th>
                <Table.Th>{tx('needsRound.organisations')}</Table.Th>
                <Table.Th>{tx('needsRound.need')}</Table.Th>
                <Table.Th>{tx('needsRound.supporters')}</Table.Th>
                <Table.Th>{tx('needsRound.descriptions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {round.themes.map((th) => (
                <Table.Tr key={th.theme}>
                  <Table.Td>{tx(`themes.${th.theme}`)}</Table.Td>
                  <Table.Td>{th.contacts}</Table.Td>
                  <Table.Td>{th.organisations}</Table.Td>
                  <Table.Td>
                    {th.need ? (
                      <Stack gap={0}>
                        <Anchor component={Link} to={`/n/${networkId}/behoeften`}>
                          {th.need.title}
                        </Anchor>
                        <Text size="xs">
                          {tx(`needStatus.${th.need.status}`)}
                          {th.need.joinedExisting ? ` · ${tx('needsRound.joined')}` : ''}
                        </Text>
                      </Stack>
                    ) : (
                      tx('needsRound.noNeed')
                    )}
                  </Table.Td>
                  <Table.Td>{th.need ? th.need.supporters : '–'}</Table.Td>
                  <Table.Td>
                    {th.descriptions.length > 0 ? (
                      <Stack gap={2} component="ul" style={{ margin: 0, paddingInlineStart: 16 }}>
                        {th.descriptions.map((d, i) => (
                          <Text key={i} size="sm" component="li">
                            {d}
                          </Text>
                        ))}
                      </Stack>
                    ) : (
                      '–'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>
    </Card>
  );
}

export function NeedsRoundsPage() {
  const tx = useAgendaText();
  usePageTitle(tx('needsRound.title'));
  const { networkId = '' } = useParams();
  const rounds = useNeedsRounds(networkId);
  return (
    <Stack gap="lg" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{tx('needsRound.title')}</Title>
          <Text>{tx('needsRound.intro')}</Text>
        </Stack>
        <Button component={Link} to={`/n/${networkId}/behoeften`} variant="outline">
          {tx('needsRound.toBacklog')}
        </Button>
      </Group>
      <AgendaTabs networkId={networkId} value="needs" />
      <StartForm networkId={networkId} />
      <Title order={2} size="h3">
        {tx('needsRound.roundsTitle')}
      </Title>
      {rounds.isPending ? (
        <PageLoader />
      ) : rounds.isError ? (
        <PageError error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : rounds.data.items.length === 0 ? (
        <EmptyState title={tx('needsRound.none')} />
      ) : (
        rounds.data.items.map((r) => <RoundCard key={r.id} networkId={networkId} round={r} />)
      )}
    </Stack>
  );
}
