// The verkenning: four steps over the two leading variables, phase, size and what exists, with a live preview computed in
// the browser by the same advisor the server uses; the version is saved with a "why" note.
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  List,
  NumberInput,
  Select,
  Slider,
  Stack,
  Stepper,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.js';
import { notifySuccess } from '../../../shared/notify.js';
import { ADVISOR_TEXTS } from '../../../../core/design/advisor-texts.js';
import { adviseDesign } from '../../../../core/design/design-advisor.js';
import {
  FINANCING_KINDS,
  FUNDER_TYPES,
  PHASES,
  designInput,
  hasExternalFunder,
  startingDesignInput,
  type DesignInput,
} from '../../../../core/design/design-input.js';
import { useAdvisorSettings, useCurrentDesign, useNetworkPhase, useSaveVersion } from '../api.js';

export const defaultDesignInput: DesignInput = {
  financing: 'contributions_money',
  ownership: 3,
  phase: 'initiatie',
  expectedMembers: 25,
  existing: { coreGroupFormed: false, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
};

export function DesignWizard({
  networkId,
  canManage,
  onSaved,
}: {
  networkId: string;
  canManage: boolean;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const texts = ADVISOR_TEXTS[i18n.language === 'en' ? 'en' : 'nl'];
  const [step, setStep] = useState(0);
  const [input, setInput] = useState<DesignInput>(defaultDesignInput);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const save = useSaveVersion(networkId);
  // Start from the network's phase and its applied design, once both are known and the user has not changed anything yet.
  const networkPhase = useNetworkPhase(networkId);
  const current = useCurrentDesign(networkId);
  const seeded = useRef(false);
  useEffect(() => {
    if (seeded.current || !networkPhase.data || current.isPending) return;
    seeded.current = true;
    const applied = current.data?.version?.appliedAt ? current.data.version.input : null;
    setInput((c) =>
      c === defaultDesignInput ? startingDesignInput(defaultDesignInput, networkPhase.data, applied) : c,
    );
  }, [networkPhase.data, current.isPending, current.data]);

  // The installation's numbers; the preview waits for them so it never shows other figures than the server will store.
  const settings = useAdvisorSettings(networkId);
  const parsed = designInput.safeParse(input);
  const design = useMemo(
    () =>
      parsed.success && settings.data
        ? adviseDesign(parsed.data, { locale: i18n.language === 'en' ? 'en' : 'nl', settings: settings.data })
        : null,
    [JSON.stringify(input), i18n.language, settings.data],
  );

  function setExisting(changes: Partial<DesignInput['existing']>) {
    setInput((current) => {
      const existing = { ...current.existing, ...changes };
      if (!existing.coordinatorAvailable) delete existing.coordinatorHoursPerWeek;
      return { ...current, existing };
    });
  }

  function setFinancing(value: DesignInput['financing']) {
    setInput((current) => {
      const next = { ...current, financing: value };
      if (!hasExternalFunder(value)) delete next.funderType;
      return next;
    });
  }

  async function submit() {
    if (!reason.trim()) {
      setReasonError(t('form.required'));
      return;
    }
    setReasonError(null);
    try {
      const saved = await save.mutateAsync({ input, reason: reason.trim() });
      notifySuccess(t('design.wizard.saved', { number: saved.versionNumber }));
      setReason('');
      onSaved();
    } catch (error) {
      const issue = error instanceof ApiError ? error.issues.find((i) => i.path.includes('reason')) : undefined;
      setReasonError(issue?.message ?? (error instanceof Error ? error.message : String(error)));
    }
  }

  const option = (value: string, label: string) => ({ value, label });

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <Stepper active={step} onStepClick={setStep} size="sm" orientation="horizontal" wrap>
            <Stepper.Step label={t('design.wizard.stepFinancing')}>
              <Stack gap="md" mt="md">
                <Select
                  label={t('design.wizard.financing')}
                  data={FINANCING_KINDS.map((k) => option(k, texts.labels.financing[k]))}
                  value={input.financing}
                  onChange={(value) => value && setFinancing(value as DesignInput['financing'])}
                  allowDeselect={false}
                  data-testid="financing"
                />
                {hasExternalFunder(input.financing) && (
                  <Select
                    label={t('design.wizard.funderType')}
                    data={FUNDER_TYPES.map((k) => option(k, texts.labels.funderType[k]))}
                    value={input.funderType ?? null}
                    onChange={(value) =>
                      setInput((c) => {
                        const next = { ...c };
                        if (value) next.funderType = value as NonNullable<DesignInput['funderType']>;
                        else delete next.funderType;
                        return next;
                      })
                    }
                    clearable
                    data-testid="funder-type"
                  />
                )}
              </Stack>
            </Stepper.Step>
            <Stepper.Step label={t('design.wizard.stepOwnership')}>
              <Stack gap="md" mt="md">
                <Text fw={600} id="ownership-label">
                  {t('design.wizard.ownership')}: {input.ownership} — {texts.labels.ownership[input.ownership - 1]}
                </Text>
                <Text size="sm">{t('design.wizard.ownershipHelp')}</Text>
                <Slider
                  min={1}
                  max={5}
                  step={1}
                  value={input.ownership}
                  onChange={(value) => setInput((c) => ({ ...c, ownership: value }))}
                  marks={[1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }))}
                  thumbLabel={t('design.wizard.ownership')}
                  label={null}
                  mb="lg"
                  data-testid="ownership"
                />
                <Group justify="space-between">
                  <Text size="sm">1 = {t('design.wizard.ownershipLow')}</Text>
                  <Text size="sm">5 = {t('design.wizard.ownershipHigh')}</Text>
                </Group>
              </Stack>
            </Stepper.Step>
            <Stepper.Step label={t('design.wizard.stepPhase')}>
              <Stack gap="md" mt="md">
                <Select
                  label={t('design.wizard.phase')}
                  data={PHASES.map((k) => option(k, texts.labels.phase[k]))}
                  value={input.phase}
                  onChange={(value) => value && setInput((c) => ({ ...c, phase: value as DesignInput['phase'] }))}
                  allowDeselect={false}
                  data-testid="phase"
                />
                <NumberInput
                  label={t('design.wizard.members')}
                  min={1}
                  max={1000}
                  value={input.expectedMembers}
                  onChange={(value) =>
                    setInput((c) => ({ ...c, expectedMembers: typeof value === 'number' ? value : Number(value) || 1 }))
                  }
                  data-testid="members"
                />
              </Stack>
            </Stepper.Step>
            <Stepper.Step label={t('design.wizard.stepExisting')}>
              <Stack gap="md" mt="md">
                <Checkbox
                  label={t('design.wizard.coreGroupFormed')}
                  checked={input.existing.coreGroupFormed}
                  onChange={(e) => setExisting({ coreGroupFormed: e.currentTarget.checked })}
                />
                <Checkbox
                  label={t('design.wizard.coordinatorAvailable')}
                  checked={input.existing.coordinatorAvailable}
                  onChange={(e) => setExisting({ coordinatorAvailable: e.currentTarget.checked })}
                />
                {input.existing.coordinatorAvailable && (
                  <NumberInput
                    label={t('design.wizard.coordinatorHours')}
                    min={0}
                    max={80}
                    decimalScale={1}
                    value={input.existing.coordinatorHoursPerWeek ?? ''}
                    onChange={(value) =>
                      setExisting({ coordinatorHoursPerWeek: value === '' ? undefined : Number(value) })
                    }
                  />
                )}
                <Checkbox
                  label={t('design.wizard.legalEntity')}
                  checked={input.existing.legalEntity}
                  onChange={(e) => setExisting({ legalEntity: e.currentTarget.checked })}
                />
                <Checkbox
                  label={t('design.wizard.annualPlanRequired')}
                  checked={input.existing.annualPlanRequired}
                  onChange={(e) => setExisting({ annualPlanRequired: e.currentTarget.checked })}
                  data-testid="annual-plan"
                />
              </Stack>
            </Stepper.Step>
          </Stepper>
          <Group>
            <Button variant="default" onClick={() => setStep((s) => Math.max(0, s - 1))} disabled={step === 0}>
              {t('design.wizard.back')}
            </Button>
            <Button onClick={() => setStep((s) => Math.min(3, s + 1))} disabled={step === 3}>
              {t('design.wizard.next')}
            </Button>
          </Group>
          {canManage ? (
            <Stack gap="sm">
              <Textarea
                label={t('design.wizard.why')}
                description={t('design.wizard.whyHelp')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={reasonError}
                required
                autosize
                minRows={2}
                data-testid="why"
              />
              <Group>
                <Button onClick={() => void submit()} loading={save.isPending} data-testid="save-version">
                  {t('design.wizard.save')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Alert color="gray">{t('design.wizard.noPermission')}</Alert>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Card withBorder aria-live="polite" data-testid="preview">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t('design.wizard.preview')}
            </Title>
            <Text size="sm">{t('design.wizard.previewHint')}</Text>
            {design && (
              <>
                <Text>
                  <strong>{t('design.wizard.formalBoard')}:</strong>{' '}
                  {design.governance.formalBoard ? t('design.wizard.yes') : t('design.wizard.no')}
                </Text>
                <Text size="sm">{design.governance.formalBoardReason}</Text>
                <Text>
                  <strong>{t('design.wizard.funderMandate')}:</strong>{' '}
                  {design.governance.funderMandate === 'mission'
                    ? t('design.wizard.mandateMission')
                    : t('design.wizard.none')}
                </Text>
                <Text>
                  {t('design.wizard.coordinatorDays', {
                    days: texts.formatNumber(design.financing.coordinatorDaysPerWeek),
                  })}
                </Text>
                <Title order={3} size="h4">
                  {t('design.wizard.rolesNeeded')}
                </Title>
                <Group gap={6}>
                  {design.roles
                    .filter((r) => r.needed)
                    .map((r) => (
                      <Badge key={r.code} variant="light" color="blue.9">
                        {texts.labels.role[r.code]}
                        {r.advisedCount
                          ? ` ${r.advisedCount.min === r.advisedCount.max ? r.advisedCount.min : `${r.advisedCount.min}–${r.advisedCount.max}`}`
                          : ''}
                      </Badge>
                    ))}
                </Group>
                <Title order={3} size="h4">
                  {t('design.wizard.tensions')}
                </Title>
                {design.tensions.length === 0 ? (
                  <Text size="sm">{t('design.wizard.noTensions')}</Text>
                ) : (
                  <List spacing="xs" size="sm" data-testid="preview-tensions">
                    {design.tensions.map((tension) => (
                      <List.Item key={tension.code}>
                        <strong>{texts.labels.tension[tension.code]}</strong>: {tension.advice}
                      </List.Item>
                    ))}
                  </List>
                )}
              </>
            )}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
