// The candidate's side of a 3-, 6- or 12-month check-in (issue 19), on the own page: "Hoe gaat het op je werk?" in three
// simple questions and an optional note, written at language level B1 for a phone first. Each question is a fieldset with a
// legend and big radio buttons; after sending, a thank-you (the check-in itself then leaves the page).
import { Alert, Button, Card, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findBsnLikeNumbers } from '../../../../core/candidates/bsn.js';
import { CHECK_IN_HELP, CHECK_IN_SCORES } from '../../../../core/candidates/candidate-check-ins.js';
import { FormErrorSummary, useFormErrors } from '../../../shared/form-errors.js';
import { useAnswerCheckIn, type PortalPage } from '../api.js';

type OpenCheckIn = PortalPage['checkIns'][number];
type Help = (typeof CHECK_IN_HELP)[number];

const fieldsetStyle = { border: 0, margin: 0, padding: 0, minWidth: 0 } as const;
const optionStyle = { padding: '10px 4px', minHeight: 44 } as const;

function Question({
  id,
  legend,
  error,
  children,
}: {
  id: string;
  legend: string;
  error: string | undefined;
  children: React.ReactNode;
}) {
  return (
    <fieldset style={fieldsetStyle} aria-describedby={error ? `${id}-error` : undefined}>
      <Text component="legend" fw={700} size="lg" mb={4}>
        {legend}
      </Text>
      {error && (
        <Text id={`${id}-error`} c="red.9" size="sm" mb={4}>
          {error}
        </Text>
      )}
      <Stack gap={0}>{children}</Stack>
    </fieldset>
  );
}

export function CheckInCard({
  token,
  checkIn,
  onAnswered,
}: {
  token: string;
  checkIn: OpenCheckIn;
  onAnswered: (wantsContact: boolean) => void;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const send = useAnswerCheckIn(token);
  const form = useFormErrors(`portal-check-in-${checkIn.months}`);
  const [score, setScore] = useState<number | null>(null);
  const [help, setHelp] = useState<Help | null>(null);
  const [contact, setContact] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const labels = {
    score: t('portal.scoreQuestion'),
    help: t('portal.helpQuestion'),
    wantsContact: t('portal.contactQuestion'),
    note: t('portal.checkInNote'),
  };
  const titleId = `portal-check-in-${checkIn.placementId}-${checkIn.months}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-testid="portal-check-in">
      <Title order={2} size="h3" id={titleId} mb="xs">
        {t('portal.checkInTitle')}
      </Title>
      <Text mb={4}>{t('portal.checkInIntro', { months: checkIn.months, organisation: checkIn.organisationName })}</Text>
      <Text size="sm" mb="sm">
        {t('portal.checkInPrivacy')}
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const errors: Record<string, string> = {};
          if (score === null) errors.score = t('portal.checkInPick');
          if (help === null) errors.help = t('portal.checkInPick');
          if (contact === null) errors.wantsContact = t('portal.checkInPick');
          if (findBsnLikeNumbers(note).length > 0) errors.note = t('bsn');
          if (form.showFieldErrors(errors) || score === null || help === null || contact === null) return;
          send.mutate(
            {
              placementId: checkIn.placementId,
              months: checkIn.months,
              score,
              help,
              wantsContact: contact,
              note: note.trim() || null,
            },
            {
              onSuccess: () => onAnswered(contact),
              onError: (error) => form.showServerError(error, ['score', 'help', 'wantsContact', 'note']),
            },
          );
        }}
      >
        <Stack gap="lg">
          <FormErrorSummary state={form} labels={labels} />
          <Question id={form.fieldId('score')} legend={t('portal.scoreQuestion')} error={form.error('score')}>
            {[...CHECK_IN_SCORES].reverse().map((s, i) => (
              <Radio
                key={s}
                id={i === 0 ? form.fieldId('score') : undefined}
                name={`${titleId}-score`}
                value={String(s)}
                size="md"
                style={optionStyle}
                checked={score === s}
                onChange={() => {
                  setScore(s);
                  form.clearField('score');
                }}
                label={t(`portal.scores.${s}` as 'portal.scores.1')}
              />
            ))}
          </Question>
          <Question id={form.fieldId('help')} legend={t('portal.helpQuestion')} error={form.error('help')}>
            {CHECK_IN_HELP.map((h, i) => (
              <Radio
                key={h}
                id={i === 0 ? form.fieldId('help') : undefined}
                name={`${titleId}-help`}
                value={h}
                size="md"
                style={optionStyle}
                checked={help === h}
                onChange={() => {
                  setHelp(h);
                  form.clearField('help');
                }}
                label={t(`portal.help.${h}`)}
              />
            ))}
          </Question>
          <Question
            id={form.fieldId('wantsContact')}
            legend={t('portal.contactQuestion')}
            error={form.error('wantsContact')}
          >
            <Radio
              id={form.fieldId('wantsContact')}
              name={`${titleId}-contact`}
              value="yes"
              size="md"
              style={optionStyle}
              checked={contact === true}
              onChange={() => {
                setContact(true);
                form.clearField('wantsContact');
              }}
              label={t('portal.contactYes')}
            />
            <Radio
              name={`${titleId}-contact`}
              value="no"
              size="md"
              style={optionStyle}
              checked={contact === false}
              onChange={() => {
                setContact(false);
                form.clearField('wantsContact');
              }}
              label={t('portal.contactNo')}
            />
          </Question>
          <Textarea
            id={form.fieldId('note')}
            label={t('portal.checkInNote')}
            description={t('portal.checkInNoteHint')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={form.error('note')}
            maxLength={500}
            minRows={2}
            autosize
          />
          <Button type="submit" size="md" loading={send.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('portal.checkInSend')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

/** The thank-you after sending, kept when the answered check-in leaves the page. */
export function CheckInThanks({ wantsContact }: { wantsContact: boolean }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  return (
    <Alert color="green" role="status" data-testid="portal-check-in-thanks">
      {wantsContact ? t('portal.checkInThanksContact') : t('portal.checkInThanks')}
    </Alert>
  );
}
