// The form to record a contact moment with an organisation: kind, date, contact person, note, outcome and an optional
// follow-up (what, who among the coordinator, backoffice and kerngroep, due day). Opened from the organisation's page.
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { todayInAmsterdam } from '../../../../core/calendar.js';
import { FormErrorSummary, useFormErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { useFollowUpOwners, useRecordInteraction, type InteractionKind } from '../api.js';
import { useInteractionsText } from './use-text.js';
import { INTERACTION_KINDS as KINDS } from '../../../../core/interactions/interaction-lists.js';

const todayIso = () => todayInAmsterdam(new Date());

export function RecordInteractionModal({
  networkId,
  organisationId,
  contacts,
  opened,
  onClose,
}: {
  networkId: string;
  organisationId: string;
  contacts: readonly { id: string; name: string }[];
  opened: boolean;
  onClose: () => void;
}) {
  const tx = useInteractionsText();
  const owners = useFollowUpOwners(networkId, opened);
  const record = useRecordInteraction(networkId, organisationId);
  const errors = useFormErrors('record-interaction');
  const [kind, setKind] = useState<InteractionKind>('call');
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [contactPersonId, setContactPersonId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const labels = {
    kind: tx('kind'),
    occurredOn: tx('occurredOn'),
    contactPersonId: tx('contactPerson'),
    note: tx('note'),
    outcome: tx('outcome'),
    'followUp.what': tx('followUp'),
    'followUp.ownerPersonId': tx('followUpOwner'),
    'followUp.dueOn': tx('followUpDue'),
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!note.trim()) missing.note = tx('noteRequired');
    if (followUp.trim() && !ownerId) missing['followUp.ownerPersonId'] = tx('followUpOwnerRequired');
    if (errors.showFieldErrors(missing)) return;
    record.mutate(
      {
        kind,
        occurredOn,
        contactPersonId,
        note: note.trim(),
        outcome: outcome.trim() || null,
        followUp: followUp.trim() ? { what: followUp.trim(), ownerPersonId: ownerId!, dueOn: dueOn || null } : null,
      },
      {
        onSuccess: () => {
          notifySuccess(tx('saved'));
          setNote('');
          setOutcome('');
          setFollowUp('');
          setOwnerId(null);
          setDueOn('');
          errors.clear();
          onClose();
        },
        onError: (error) => errors.showServerError(error, Object.keys(labels)),
      },
    );
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={tx('record')}
      size="lg"
      closeButtonProps={{ 'aria-label': tx('cancel') }}
    >
      <form onSubmit={onSubmit} noValidate aria-label={tx('record')} data-testid="record-interaction-form">
        <Stack gap="sm">
          <FormErrorSummary state={errors} labels={labels} />
          <Group grow align="flex-start">
            <Select
              id={errors.fieldId('kind')}
              label={tx('kind')}
              data={KINDS.map((k) => ({ value: k, label: tx(`kinds.${k}`) }))}
              value={kind}
              onChange={(v) => setKind((v as InteractionKind) ?? 'call')}
              allowDeselect={false}
            />
            <TextInput
              id={errors.fieldId('occurredOn')}
              type="date"
              label={tx('occurredOn')}
              value={occurredOn}
              onChange={(e) => setOccurredOn(e.currentTarget.value)}
              error={errors.error('occurredOn')}
              required
            />
          </Group>
          <Select
            id={errors.fieldId('contactPersonId')}
            label={tx('contactPerson')}
            placeholder={tx('noContactPerson')}
            data={contacts.map((c) => ({ value: c.id, label: c.name }))}
            value={contactPersonId}
            onChange={setContactPersonId}
            error={errors.error('contactPersonId')}
            clearable
          />
          <Textarea
            id={errors.fieldId('note')}
            label={tx('note')}
            value={note}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setNote(value);
              if (value.trim()) errors.clearField('note');
            }}
            error={errors.error('note')}
            required
            autosize
            minRows={2}
          />
          <TextInput
            id={errors.fieldId('outcome')}
            label={tx('outcome')}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            error={errors.error('outcome')}
          />
          <TextInput
            id={errors.fieldId('followUp.what')}
            label={tx('followUp')}
            value={followUp}
            onChange={(e) => setFollowUp(e.currentTarget.value)}
            error={errors.error('followUp.what')}
          />
          {followUp.trim() && (
            <Group grow align="flex-start">
              <Select
                id={errors.fieldId('followUp.ownerPersonId')}
                label={tx('followUpOwner')}
                data={(owners.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
                value={ownerId}
                onChange={(value) => {
                  setOwnerId(value);
                  if (value) errors.clearField('followUp.ownerPersonId');
                }}
                error={errors.error('followUp.ownerPersonId')}
                required
              />
              <TextInput
                id={errors.fieldId('followUp.dueOn')}
                type="date"
                label={tx('followUpDue')}
                value={dueOn}
                onChange={(e) => setDueOn(e.currentTarget.value)}
                error={errors.error('followUp.dueOn')}
              />
            </Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tx('cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {tx('save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
