// Yearly mission targets (placements, banen, active members): mission level only, no quota of activities.
import { yearInAmsterdam } from '../../../../core/calendar.js';
import { Alert, Button, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../../shared/api-client.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageLoader } from '../../../shared/page-states.js';
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
  // The version the edits were made on: taken when editing starts, so a reload in the background (window focus, another
  // save) cannot make a save overwrite a target that someone else changed meanwhile.
  const [editedVersion, setEditedVersion] = useState<number | null>(null);
  const edit = (next: NonNullable<typeof values>) => {
    if (values === null) setEditedVersion(existing?.version ?? 0);
    setValues(next);
  };
  const reset = () => {
    setValues(null);
    setEditedVersion(null);
  };
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
              version: editedVersion ?? existing?.version ?? 0,
            },
            {
              // The form shows the target as stored from now on; the next edit starts from the version saved.
              onSuccess: () => {
                notifySuccess(t('saved'));
                reset();
              },
              // The stale-version message stays shown; the form shows the target as stored now.
              onError: (error) => {
                if (error instanceof ApiError && error.code === 'stale_version') reset();
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
              reset();
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
              onChange={(v) => edit({ ...current, [field]: v === '' ? '' : Number(v) })}
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
