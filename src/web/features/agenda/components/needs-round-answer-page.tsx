// The public page behind a needs-round link: no sign-in, the link's secret is the authority. The themes offered, each with a
// choice and an optional short description; one answer per link. A used link or a closed round says so politely (the
// server's message, in the chosen language).
import { Alert, Button, Checkbox, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { formatDateOnly } from '../../../shared/format.js';
import { PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { useAnswerNeedsRound, usePublicNeedsRound } from '../api.js';
import { useAgendaText } from './use-text.js';

export function NeedsRoundAnswerPage() {
  const tx = useAgendaText();
  usePageTitle(tx('needsRound.publicTitle'));
  const { token = '' } = useParams();
  const round = usePublicNeedsRound(token);
  const answer = useAnswerNeedsRound(token);
  const [chosen, setChosen] = useState<string[]>([]);
  const [descriptions, setDescriptions] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  if (round.isPending) return <PageLoader />;
  return (
    <Stack maw={680}>
      <Title order={1}>{tx('needsRound.publicTitle')}</Title>
      {round.isError ? (
        <Alert color="blue" role="status">
          {round.error.message}
        </Alert>
      ) : answer.isSuccess ? (
        <Alert color="green" role="status">
          {tx('needsRound.thanks')}
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen.length === 0) {
              setProblem(tx('needsRound.chooseAtLeastOne'));
              return;
            }
            setProblem(null);
            answer.mutate({
              choices: round.data.themes
                .filter((t) => chosen.includes(t))
                .map((t) => ({ theme: t, description: descriptions[t]?.trim() || null })),
            });
          }}
        >
          <Stack gap="md">
            <Text fw={600}>
              {round.data.networkName} · {round.data.title}
            </Text>
            <Text>{tx('needsRound.publicIntro')}</Text>
            <Text size="sm">{tx('needsRound.publicPrivacy')}</Text>
            <Text size="sm">{tx('needsRound.closesOnText', { date: formatDateOnly(round.data.closesOn) })}</Text>
            <Checkbox.Group
              label={tx('needsRound.themesLabel')}
              value={chosen}
              onChange={(v) => {
                setChosen(v);
                setProblem(null);
              }}
              error={problem}
            >
              <Stack gap="sm" mt={6}>
                {round.data.themes.map((t) => (
                  <Stack key={t} gap={4}>
                    <Checkbox value={t} label={tx(`themes.${t}`)} />
                    {chosen.includes(t) && (
                      <Textarea
                        ml={32}
                        label={tx('needsRound.choiceDescription', { theme: tx(`themes.${t}`) })}
                        value={descriptions[t] ?? ''}
                        maxLength={300}
                        autosize
                        minRows={2}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          setDescriptions((old) => ({ ...old, [t]: v }));
                        }}
                      />
                    )}
                  </Stack>
                ))}
              </Stack>
            </Checkbox.Group>
            {answer.isError && (
              <Alert color="red" role="alert">
                {answer.error.message}
              </Alert>
            )}
            <Button type="submit" loading={answer.isPending} style={{ alignSelf: 'flex-start' }}>
              {tx('needsRound.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
