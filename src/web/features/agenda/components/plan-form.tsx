// The form that plans an activity: the agenda manager's, or a member's for their own organisation.
import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api-client.js';
import { notifySuccess } from '../../../shared/notify.js';
import { useNeeds, useOrganisationOptions, useOwnOrganisationContacts, usePlanActivity } from '../api.js';
import { INITIATOR_KINDS as INITIATORS, WORK_FORMS } from '../../../../core/agenda/agenda-rules.js';
import { useAgendaText } from './use-text.js';

/**
 * `member`: a member organises for their own organisation (the initiator is fixed; the host is their own location or none,
 * where the design also gives them hosting). Otherwise the agenda manager's form with every initiator and host.
 */
export function PlanForm({
  networkId,
  member,
  onDone,
}: {
  networkId: string;
  member: { canHost: boolean } | null;
  onDone: () => void;
}) {
  const tx = useAgendaText();
  const navigate = useNavigate();
  const plan = usePlanActivity(networkId);
  const needs = useNeeds(networkId, { status: 'prioritised', pageSize: 200 });
  const orgs = useOrganisationOptions(networkId, member === null);
  const own = useOwnOrganisationContacts(networkId, member !== null);
  const [atOwnLocation, setAtOwnLocation] = useState(false);
  const [form, setForm] = useState({
    title: '',
    workForm: 'knowledge_session',
    description: '',
    startsAt: dayjs().add(7, 'day').hour(15).minute(0).format('YYYY-MM-DDTHH:mm'),
    endsAt: dayjs().add(7, 'day').hour(17).minute(0).format('YYYY-MM-DDTHH:mm'),
    location: '',
    hostOrganisationId: null as string | null,
    initiatorKind: 'coordinator',
    capacity: '' as string | number,
    isPublic: false,
    /** Null until touched: then the server's default (a matchmaking meeting is open to candidates, others are not). */
    openToCandidates: null as boolean | null,
    needIds: [] as string[],
  });
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const pickable = (needs.data?.items ?? []).filter((n) => n.status === 'prioritised');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        const ownId = own.data?.id ?? null;
        plan.mutate(
          {
            ...form,
            openToCandidates: member ? undefined : (form.openToCandidates ?? form.workForm === 'matchmaking'),
            ...(member
              ? {
                  initiatorKind: 'member_employer',
                  initiatorOrganisationId: ownId,
                  hostOrganisationId: atOwnLocation ? ownId : null,
                }
              : {}),
            description: form.description || null,
            location: form.location || null,
            startsAt: new Date(form.startsAt).toISOString(),
            endsAt: new Date(form.endsAt).toISOString(),
            capacity: form.capacity === '' ? null : Number(form.capacity),
          },
          {
            onSuccess: (res) => {
              notifySuccess(tx('planned'));
              onDone();
              void navigate(`/n/${networkId}/agenda/${res.id}`);
            },
            onError: (err) =>
              setError(
                err instanceof ApiError ? [err.message, ...err.issues.map((i) => i.message)].join(' ') : String(err),
              ),
          },
        );
      }}
    >
      <Stack>
        {member && own.data && <Text size="sm">{tx('organiseIntro', { organisation: own.data.name })}</Text>}
        {member && own.isError && (
          <Text c="red.8" role="alert">
            {tx('organiseNoOrganisation')}
          </Text>
        )}
        {error && (
          <Text c="red.8" role="alert">
            {error}
          </Text>
        )}
        <TextInput
          label={tx('fieldTitle')}
          value={form.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          required
          minLength={3}
        />
        <Select
          label={tx('fieldWorkForm')}
          data={WORK_FORMS.map((v) => ({ value: v, label: tx(`workForms.${v}`) }))}
          value={form.workForm}
          onChange={(v) => set({ workForm: v ?? 'knowledge_session' })}
          allowDeselect={false}
        />
        <MultiSelect
          label={tx('fieldNeeds')}
          data={pickable.map((n) => ({
            value: n.id,
            label: n.organisationName ? `${n.title} (${n.organisationName})` : n.title,
          }))}
          value={form.needIds}
          onChange={(v) => set({ needIds: v })}
          searchable
        />
        <Group grow>
          <TextInput
            type="datetime-local"
            label={tx('fieldStartsAt')}
            value={form.startsAt}
            onChange={(e) => set({ startsAt: e.currentTarget.value })}
            required
          />
          <TextInput
            type="datetime-local"
            label={tx('fieldEndsAt')}
            value={form.endsAt}
            onChange={(e) => set({ endsAt: e.currentTarget.value })}
            required
          />
        </Group>
        <TextInput
          label={tx('fieldLocation')}
          value={form.location}
          onChange={(e) => set({ location: e.currentTarget.value })}
        />
        {member ? (
          member.canHost && (
            <Checkbox
              label={tx('fieldOwnLocation')}
              checked={atOwnLocation}
              onChange={(e) => setAtOwnLocation(e.currentTarget.checked)}
            />
          )
        ) : (
          <>
            <Select
              label={tx('fieldHost')}
              data={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={form.hostOrganisationId}
              onChange={(v) => set({ hostOrganisationId: v })}
              searchable
              clearable
            />
            <Select
              label={tx('fieldInitiator')}
              data={INITIATORS.map((v) => ({ value: v, label: tx(`initiators.${v}`) }))}
              value={form.initiatorKind}
              onChange={(v) => set({ initiatorKind: v ?? 'coordinator' })}
              allowDeselect={false}
            />
          </>
        )}
        <NumberInput label={tx('fieldCapacity')} min={1} value={form.capacity} onChange={(v) => set({ capacity: v })} />
        <Textarea
          label={tx('fieldDescription')}
          value={form.description}
          onChange={(e) => set({ description: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <Checkbox
          label={tx('fieldPublic')}
          checked={form.isPublic}
          onChange={(e) => set({ isPublic: e.currentTarget.checked })}
        />
        {!member && (
          <Switch
            label={tx('candidatesOpen')}
            description={tx('candidatesHelp')}
            checked={form.openToCandidates ?? form.workForm === 'matchmaking'}
            onChange={(e) => set({ openToCandidates: e.currentTarget.checked })}
            data-testid="form-open-to-candidates"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {tx('cancel')}
          </Button>
          <Button type="submit" loading={plan.isPending} disabled={member !== null && !own.data}>
            {tx('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
