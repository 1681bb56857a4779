// Steering settings of one network: the thresholds at which the ownership signals appear (defaults from the guide, shown
// next to each field) and whether the network takes part in the umbrella's anonymised comparison.
import { Alert, Button, Card, Checkbox, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import {
  useOptIn,
  useSaveSteeringSettings,
  useSetOptIn,
  useSteeringSettings,
  type ThresholdKey,
  type Thresholds,
} from '../api.js';
import { useSteeringT } from './measure-parts.js';

const FIELDS: { key: ThresholdKey; kind: 'share' | 'days' | 'count' }[] = [
  { key: 'coordinatorTaskShare', kind: 'share' },
  { key: 'coordinatorActivityShare', kind: 'share' },
  { key: 'kerngroepRenewalDays', kind: 'days' },
  { key: 'employerLedBelow', kind: 'share' },
  { key: 'needsDrivenBelow', kind: 'share' },
  { key: 'growthAtLeast', kind: 'share' },
  { key: 'activeShareDrop', kind: 'share' },
  { key: 'minimumRecords', kind: 'count' },
];

/** Shares are edited as whole percentages; the API stores fractions. */
const toField = (kind: string, v: number) => (kind === 'share' ? Math.round(v * 10000) / 100 : v);
const fromField = (kind: string, v: number) => (kind === 'share' ? Math.round(v * 100) / 10000 : v);

export function SettingsTab({
  networkId,
  canEdit,
  canOptIn,
}: {
  networkId: string;
  canEdit: boolean;
  canOptIn: boolean;
}) {
  const { t } = useSteeringT();
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'nl-NL';
  const settings = useSteeringSettings(networkId);
  const save = useSaveSteeringSettings(networkId);
  const [edited, setEdited] = useState<Partial<Record<ThresholdKey, number | ''>>>({});
  if (settings.isPending) return <PageLoader />;
  if (settings.isError) return <PageError error={settings.error} />;
  const { thresholds, defaults, version } = settings.data;
  const value = (key: ThresholdKey, kind: string) => edited[key] ?? toField(kind, thresholds[key]);
  const fieldError = (key: string) =>
    save.error instanceof ApiError ? save.error.issues.find((i) => i.path.includes(key))?.message : undefined;
  const missing = FIELDS.filter((f) => value(f.key, f.kind) === '').map((f) => f.key);
  const unit = (kind: string) => (kind === 'share' ? '%' : kind === 'days' ? ` ${t('days')}` : '');
  return (
    <Stack gap="md" maw={760}>
      <Card withBorder>
        <Title order={2} size="h3">
          {t('thresholdsTitle')}
        </Title>
        <Text c="gray.7" size="sm" mt={4} mb="sm">
          {t('thresholdsIntro')}
        </Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (missing.length > 0) return;
            const next = Object.fromEntries(
              FIELDS.map((f) => [f.key, fromField(f.kind, Number(value(f.key, f.kind)))]),
            ) as Thresholds;
            save.mutate(
              { thresholds: next, version },
              {
                onSuccess: () => {
                  setEdited({});
                  notifySuccess(t('saved'));
                },
              },
            );
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {FIELDS.map((f) => (
              <NumberInput
                key={f.key}
                label={`${t(`thresholds.${f.key}`)}${unit(f.kind) ? ` (${unit(f.kind).trim()})` : ''}`}
                description={t('defaultValue', {
                  value: `${toField(f.kind, defaults[f.key]).toLocaleString(locale)}${unit(f.kind)}`,
                })}
                value={value(f.key, f.kind)}
                min={0}
                max={f.kind === 'share' ? (f.key === 'growthAtLeast' ? 1000 : 100) : undefined}
                decimalScale={f.kind === 'share' ? 2 : 0}
                decimalSeparator=","
                disabled={!canEdit}
                required
                error={fieldError(f.key) ?? (missing.includes(f.key) ? t('required') : undefined)}
                onChange={(v) => setEdited((old) => ({ ...old, [f.key]: v === '' ? '' : Number(v) }))}
                data-testid={`threshold-${f.key}`}
              />
            ))}
          </SimpleGrid>
          {canEdit && (
            <Group mt="md">
              <Button type="submit" loading={save.isPending} disabled={missing.length > 0}>
                {t('save')}
              </Button>
              <Button
                variant="subtle"
                onClick={() =>
                  setEdited(Object.fromEntries(FIELDS.map((f) => [f.key, toField(f.kind, defaults[f.key])])))
                }
              >
                {t('resetDefaults')}
              </Button>
            </Group>
          )}
          {save.error instanceof ApiError && save.error.issues.length === 0 && (
            <Alert color="red" role="alert" mt="sm">
              {save.error.message}
            </Alert>
          )}
        </form>
      </Card>
      <Card withBorder>
        <Title order={2} size="h3">
          {t('comparisonTitle')}
        </Title>
        <Text c="gray.7" size="sm" mt={4} mb="sm">
          {t('comparisonIntro')}
        </Text>
        <OptInSwitch networkId={networkId} canEdit={canOptIn} />
      </Card>
    </Stack>
  );
}

function OptInSwitch({ networkId, canEdit }: { networkId: string; canEdit: boolean }) {
  const { t } = useSteeringT();
  const q = useOptIn(networkId);
  const set = useSetOptIn(networkId);
  if (!q.data) return null;
  return (
    <Checkbox
      label={t('comparisonOptIn')}
      checked={q.data.optIn}
      disabled={!canEdit || set.isPending}
      onChange={(e) =>
        set.mutate(e.currentTarget.checked, {
          onSuccess: () => notifySuccess(t('saved')),
        })
      }
    />
  );
}

export default SettingsTab;
