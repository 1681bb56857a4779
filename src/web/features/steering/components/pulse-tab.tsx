// The pulse of felt ownership for steering: the figure, every round with its results (per organisation for coordinator and
// kerngroep, "< 5" below 5 answers), and a form to send a new round with the default statements prefilled and editable.
import { Alert, Button, Card, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { addDays, todayInAmsterdam } from '../../../../core/calendar.js';
import { formatDateOnly } from '../../../shared/format.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { usePulseByOrganisation, usePulseDefaults, usePulseResults, useSendPulse, type PulseRound } from '../api.js';
import { PulseFigure } from './pulse-figure.js';
import { useSteeringT } from './measure-parts.js';

const inWeeks = (n: number) => addDays(todayInAmsterdam(new Date()), n * 7);

function SendForm({ networkId }: { networkId: string }) {
  const { t } = useSteeringT();
  const defaults = usePulseDefaults(networkId, true);
  const send = useSendPulse(networkId);
  const [statements, setStatements] = useState<string[]>([]);
  const [openQuestion, setOpenQuestion] = useState('');
  const [closesOn, setClosesOn] = useState(inWeeks(3));
  const [dateError, setDateError] = useState<string | null>(null);
  useEffect(() => {
    if (defaults.data) {
      setStatements(defaults.data.statements);
      setOpenQuestion(defaults.data.openQuestion);
    }
  }, [defaults.data]);
  return (
    <Card withBorder>
      <form
        noValidate
        aria-label={t('pulse.newTitle')}
        data-testid="pulse-send-form"
        onSubmit={(e) => {
          e.preventDefault();
          const problem = !/^\d{4}-\d{2}-\d{2}$/.test(closesOn)
            ? t('pulse.closesOnMissing')
            : closesOn < todayInAmsterdam(new Date())
              ? t('pulse.closesOnPast')
              : null;
          setDateError(problem);
          if (problem) return;
          send.mutate({ statements, openQuestion, closesOn });
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('pulse.newTitle')}
          </Title>
          <Text size="sm">{t('pulse.newIntro')}</Text>
          {statements.map((s, i) => (
            <TextInput
              key={i}
              label={t('pulse.statement', { n: i + 1 })}
              value={s}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setStatements((old) => old.map((x, j) => (j === i ? v : x)));
              }}
            />
          ))}
          <TextInput
            label={t('pulse.openQuestion')}
            value={openQuestion}
            onChange={(e) => setOpenQuestion(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('pulse.closesOn')}
            description={t('pulse.closesOnHelp')}
            value={closesOn}
            min={todayInAmsterdam(new Date())}
            onChange={(e) => {
              setClosesOn(e.currentTarget.value);
              setDateError(null);
            }}
            error={dateError}
            required
            maw={260}
          />
          {send.isError && (
            <Alert color="red" role="alert">
              {send.error.message}
            </Alert>
          )}
          {send.data && (
            <Alert color="green" role="status">
              {t('pulse.sent', { count: send.data.invited })}
            </Alert>
          )}
          <Button type="submit" loading={send.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('pulse.send')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function ByOrganisation({ networkId, roundId }: { networkId: string; roundId: string }) {
  const { t } = useSteeringT();
  const q = usePulseByOrganisation(networkId, roundId);
  const [search, setSearch] = useState('');
  if (!q.data) return null;
  const needle = search.trim().toLocaleLowerCase('nl');
  const items = q.data.items.filter((o) => !needle || o.name.toLocaleLowerCase('nl').includes(needle));
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        {t('pulse.byOrganisation')}
      </Title>
      <TextInput
        label={t('pulse.searchOrganisation')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={320}
      />
      <ScrollTable label={t('pulse.byOrganisation')}>
        <Table data-testid="pulse-by-organisation">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pulse.organisation')}</Table.Th>
              <Table.Th>{t('pulse.score')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((o) => (
              <Table.Tr key={o.organisationId}>
                <Table.Th scope="row" fw={400}>
                  {o.name}
                </Table.Th>
                <Table.Td>{o.suppressed ?? o.feltOwnership?.toLocaleString('nl-NL')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

function RoundCard({
  round,
  networkId,
  perOrganisation,
}: {
  round: PulseRound;
  networkId: string;
  perOrganisation: boolean;
}) {
  const { t } = useSteeringT();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('pulse.round', { opensOn: formatDateOnly(round.opensOn), closesOn: formatDateOnly(round.closesOn) })}
        </Title>
        <Text>
          {t('pulse.score')}: <strong>{round.suppressed ?? round.feltOwnership?.toLocaleString('nl-NL')}</strong> ·{' '}
          {t('pulse.answerRate', { answers: round.answers, invited: round.invited })}
        </Text>
        {round.suppressed && <Text size="sm">{t('pulse.withheld')}</Text>}
        {round.perStatement && (
          <Table captionSide="top">
            <Table.Caption>{t('pulse.perStatement')}</Table.Caption>
            <Table.Tbody>
              {round.statements.map((s, i) => (
                <Table.Tr key={i}>
                  <Table.Th scope="row">{s}</Table.Th>
                  <Table.Td>{round.perStatement?.[i]?.mean?.toLocaleString('nl-NL') ?? '< 5'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {round.openAnswers.length > 0 && (
          <>
            <Text fw={600}>{t('pulse.openAnswers')}</Text>
            <ul>
              {round.openAnswers.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          </>
        )}
        {perOrganisation && <ByOrganisation networkId={networkId} roundId={round.id} />}
      </Stack>
    </Card>
  );
}

export function PulseTab({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useSteeringT();
  const results = usePulseResults(networkId);
  if (results.isPending) return <PageLoader />;
  if (results.isError) return <PageError error={results.error} />;
  return (
    <Stack gap="md">
      <PulseFigure data={results.data} />
      {results.data.rounds.length > 0 && (
        <Title order={2} size="h4">
          {t('pulse.roundsTitle')}
        </Title>
      )}
      {[...results.data.rounds].reverse().map((r) => (
        <RoundCard key={r.id} round={r} networkId={networkId} perOrganisation={canManage} />
      ))}
      {canManage && <SendForm networkId={networkId} />}
    </Stack>
  );
}

/** The figure alone, for the dashboard tab. */
export function PulseDashboardFigure({ networkId }: { networkId: string }) {
  const results = usePulseResults(networkId);
  return results.data ? <PulseFigure data={results.data} /> : null;
}
