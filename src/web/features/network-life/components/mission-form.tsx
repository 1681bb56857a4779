// The form that saves a new version of the mission and its goals.
import { Button, Group, Select, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormErrors, type FieldErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { useSaveMission, type MissionGoal } from '../api.js';
import { FormCard } from './form-card.js';

export function MissionForm({
  networkId,
  initialMission,
  initialGoals,
  basedOnVersion,
  onDone,
}: {
  networkId: string;
  initialMission: string;
  initialGoals: MissionGoal[];
  basedOnVersion: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [mission, setMission] = useState(initialMission);
  const [goals, setGoals] = useState<MissionGoal[]>(initialGoals);
  const save = useSaveMission(networkId);
  const form = useFormErrors('mission-form');
  const fields = ['mission', ...goals.map((_, i) => `goals.${i}.text`)];
  const labels: Record<string, string> = { mission: t('networkLife.mission.missionLabel') };
  goals.forEach((_, i) => (labels[`goals.${i}.text`] = t('networkLife.mission.goalText', { n: i + 1 })));

  async function submit() {
    const errors: FieldErrors = {};
    if (mission.trim().length < 10) errors.mission = t('networkLife.mission.missionRequired');
    goals.forEach((g, i) => {
      if (!g.text.trim()) errors[`goals.${i}.text`] = t('networkLife.mission.goalRequired');
    });
    if (form.showFieldErrors(errors)) return;
    try {
      const saved = await save.mutateAsync({ mission, goals, basedOnVersion });
      notifySuccess(t('networkLife.mission.saved', { version: saved.versionNumber }));
      onDone();
    } catch (error) {
      form.showServerError(error, fields);
    }
  }

  return (
    <FormCard
      title={t('networkLife.mission.formTitle')}
      onSubmit={() => void submit()}
      actions={{
        submit: { label: t('networkLife.mission.save'), testId: 'mission-save', pending: save.isPending },
        cancel: { label: t('networkLife.mission.cancel'), onClick: onDone },
      }}
    >
      <FormErrorSummary state={form} labels={labels} />
      <Textarea
        id={form.fieldId('mission')}
        label={t('networkLife.mission.missionLabel')}
        description={t('networkLife.mission.missionHint')}
        value={mission}
        onChange={(e) => setMission(e.currentTarget.value)}
        error={form.error('mission')}
        autosize
        minRows={3}
        required
        data-testid="mission-input"
      />
      {goals.map((g, i) => (
        <Group key={i} align="flex-end" gap="sm">
          <TextInput
            id={form.fieldId(`goals.${i}.text`)}
            label={t('networkLife.mission.goalText', { n: i + 1 })}
            value={g.text}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setGoals((c) => c.map((x, j) => (j === i ? { ...x, text } : x)));
            }}
            error={form.error(`goals.${i}.text`)}
            style={{ flex: 1 }}
            data-testid={`goal-text-${i}`}
          />
          <Select
            label={t('networkLife.mission.goalLevel', { n: i + 1 })}
            data={[
              { value: 'mission', label: t('networkLife.mission.levelMission') },
              { value: 'network', label: t('networkLife.mission.levelNetwork') },
            ]}
            value={g.level}
            onChange={(v) =>
              v && setGoals((c) => c.map((x, j) => (j === i ? { ...x, level: v as MissionGoal['level'] } : x)))
            }
            allowDeselect={false}
            w={180}
          />
          <Button variant="default" onClick={() => setGoals((c) => c.filter((_, j) => j !== i))}>
            {t('networkLife.mission.removeGoal', { n: i + 1 })}
          </Button>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() => setGoals((c) => [...c, { text: '', level: 'mission' }])}
          data-testid="goal-add"
        >
          {t('networkLife.mission.addGoal')}
        </Button>
      </Group>
    </FormCard>
  );
}
