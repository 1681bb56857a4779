// The explainable matching score: the total and each of its five parts with points, maximum and the reason in words.
import { List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.js';
import type { Score, ScorePart } from '../api.js';

function explanation(part: ScorePart, t: ReturnType<typeof useTranslation<'translation', 'candidates'>>['t']) {
  const support = (codes: unknown) =>
    Array.isArray(codes) && codes.length > 0
      ? codes.map((c) => t(`support.${String(c)}` as 'support.jobcoach')).join(', ')
      : t('detail.none');
  switch (part.key) {
    case 'hours':
      return t('matching.explain.hours', {
        wanted: part.wanted ?? t('detail.none'),
        offered: part.offered ?? t('detail.none'),
      });
    case 'distance':
      return part.km === null ? t('matching.explain.distanceUnknown') : t('matching.explain.distance', { km: part.km });
    case 'wishes':
      return Array.isArray(part.words) && part.words.length > 0
        ? t('matching.explain.wishes', { words: part.words.join(', ') })
        : t('matching.explain.wishesNone');
    case 'availability':
      return t('matching.explain.availability', {
        from: part.availableFrom ? formatDate(String(part.availableFrom)) : t('matching.explain.now'),
        start: part.startsOn ? formatDate(String(part.startsOn)) : t('matching.explain.now'),
      });
    case 'support':
      return Array.isArray(part.needed) && part.needed.length === 0
        ? t('matching.explain.supportNone')
        : t('matching.explain.support', { needed: support(part.needed), missing: support(part.missing) });
    default:
      return '';
  }
}

export function ScoreBreakdown({ score, label }: { score: Score; label: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  return (
    <Stack gap={4}>
      <Text fw={700}>
        {t('matching.score')}: {score.total} / 100
      </Text>
      <Progress value={score.total} aria-label={label} size="sm" />
      <List size="sm" spacing={2} aria-label={t('matching.breakdown')}>
        {score.parts.map((part) => (
          <List.Item key={part.key}>
            {t(`matching.parts.${part.key}` as 'matching.parts.hours')}: {part.points}/{part.max} —{' '}
            {explanation(part, t)}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
