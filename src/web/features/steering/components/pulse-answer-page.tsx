// The public page behind a pulse link: no sign-in, the link's secret is the authority. One answer per link; a used link or a
// closed round says so politely (the server's message, in the chosen language).
import { Alert, Button, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { formatDateOnly } from '../../../shared/format.js';
import { PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { usePublicPulse, useAnswerPulse } from '../api.js';
import { useSteeringT } from './measure-parts.js';

const SCALE = [1, 2, 3, 4, 5] as const;

export function PulseAnswerPage() {
  const { t } = useSteeringT();
  usePageTitle(t('pulse.publicTitle'));
  const { token = '' } = useParams();
  const pulse = usePublicPulse(token);
  const answer = useAnswerPulse(token);
  const [scores, setScores] = useState<Record<number, number>>({});
  const [open, setOpen] = useState('');
  if (pulse.isPending) return <PageLoader />;
  return (
    <Stack maw={640}>
      <Title order={1}>{t('pulse.publicTitle')}</Title>
      {pulse.isError ? (
        <Alert color="blue" role="status">
          {pulse.error.message}
        </Alert>
      ) : answer.isSuccess ? (
        <Alert color="green" role="status">
          {t('pulse.thanks')}
        </Alert>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            answer.mutate({
              scores: pulse.data.statements.map((_, i) => scores[i] ?? null),
              openAnswer: open,
            });
          }}
        >
          <Stack gap="md">
            <Text fw={600}>{pulse.data.networkName}</Text>
            <Text>{t('pulse.publicIntro')}</Text>
            <Text size="sm">{t('pulse.closesOnText', { date: formatDateOnly(pulse.data.closesOn) })}</Text>
            {pulse.data.statements.map((s, i) => (
              <Radio.Group
                key={i}
                label={s}
                value={scores[i] ? String(scores[i]) : null}
                onChange={(v) => setScores((old) => ({ ...old, [i]: Number(v) }))}
              >
                <Stack gap={4} mt={4}>
                  {SCALE.map((n) => (
                    <Radio key={n} value={String(n)} label={`${n} – ${t(`pulse.scale.s${n}`)}`} />
                  ))}
                </Stack>
              </Radio.Group>
            ))}
            <Textarea label={pulse.data.openQuestion} value={open} onChange={(e) => setOpen(e.currentTarget.value)} />
            {answer.isError && (
              <Alert color="red" role="alert">
                {answer.error.message}
              </Alert>
            )}
            <Button type="submit" loading={answer.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('pulse.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
