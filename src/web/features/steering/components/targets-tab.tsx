// Yearly mission targets (placements, banen, active members): mission level only, no quota of activities.
import { yearInAmsterdam } from '../../../../core/calendar.js';
import { Alert, Button, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../../app/api-client.js';
import { notifySuccess } from '../../../app/notify.js';
import { PageLoader } from '../../../app/page-states.js';
import { useSaveTarget, useTargets } from '../api.js';
import { useSteeringT } from './measure-parts.js';

export function TargetsTab({ networkId, canEdit }: { networkId: string; canEdit: boolean }) {
  const { t } = useSteeringT();
  const targets = useTargets(networkId);
  const save = useSaveTarget(networkId);
  const thisYear = yearInAmsterdam(new Date());
  const [year, setYear] = useState<number>(thisYear);
  const existing = targets.data?.items.find((x) => x.year === year);
  const [values, setValues] = useState<{
    placements: number | '';
    banen: number | '';
    activeMembers: number | '';
  } | null>(null);
  const current = values ?? {
    placements: existing?.placements ?? '',
    banen: existing?.banen ?? '',
    activeMembers: existing?.activeMembers ?? '',
  };
  const fieldError = (field: string) =>
    save.error instanceof ApiError ? save.error.issues.find((i) => i.path.includes(field))?.message : undefined;
  if (targets.isPending) return <PageLoader />;
  return (
    <Card withBorder maw={560}>
      <Text c="gray.7" mb="sm">
        {t('targetsIntro')}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const n = (v: number | '') => (v === '' ? null : Number(v));
          save.mutate(
            {
              year,
              placements: n(current.placements),
              banen: n(current.banen),
              activeMembers: n(current.activeMembers),
              version: existing?.version ?? 0,
            },
            {
              onSuccess: () => notifySuccess(t('saved')),
              // The stale-version message stays shown; the form shows the target as stored now.
              onError: (error) => {
                if (error instanceof ApiError && error.code === 'stale_version') setValues(null);
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <NumberInput
            label={t('year')}
            value={year}
            onChange={(v) => {
              setYear(Number(v));
              setValues(null);
            }}
            min={2000}
            max={2100}
          />
          {(['placements', 'banen', 'activeMembers'] as const).map((field) => (
            <NumberInput
              key={field}
              label={
                field === 'placements'
                  ? t('targetPlacements')
                  : field === 'banen'
                    ? t('targetBanen')
                    : t('targetActive')
              }
              value={current[field]}
              decimalScale={field === 'banen' ? 2 : 0}
              decimalSeparator=","
              min={0}
              disabled={!canEdit}
              error={fieldError(field)}
              onChange={(v) => setValues({ ...current, [field]: v === '' ? '' : Number(v) })}
            />
          ))}
          {canEdit && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('save')}
              </Button>
            </Group>
          )}
          {save.error instanceof ApiError && save.error.issues.length === 0 && (
            <Alert color="red" role="alert">
              {save.error.message}
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}

export default TargetsTab;
