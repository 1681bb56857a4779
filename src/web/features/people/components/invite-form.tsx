// The invitation form for coordinators: name, email, role and (for a member's contact) the organisation. The server sends
// the email.
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../shared/notify.js';
import { FormErrorSummary, isEmail, useFormErrors, type FieldErrors } from '../../../shared/form-errors.js';
import { labelForCode, roleCodes } from '../../../shared/labels.js';
import { useInvite, useInviteOrganisations } from '../api.js';

const fields = ['name', 'email', 'role', 'organisationId'] as const;

type Props = { networkId: string; onDone: () => void };

export function InviteForm({ networkId, onDone }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors('invite');
  const invite = useInvite(networkId);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string | null>('employer');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const organisations = useInviteOrganisations(networkId);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!name.trim()) errors.name = t('form.required');
    if (!isEmail(email)) errors.email = t('form.invalidEmail');
    if (!role) errors.role = t('form.required');
    if (form.showFieldErrors(errors) || !role) return;
    const address = email.trim();
    invite.mutate(
      { name: name.trim(), email: address, role, organisationId },
      {
        onSuccess: () => {
          notifySuccess(t('people.inviteSent', { email: address }));
          onDone();
        },
        onError: (error) => form.showServerError(error, fields),
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="invite-form">
      <Stack>
        <Text size="sm">{t('people.inviteIntro')}</Text>
        <FormErrorSummary
          state={form}
          labels={{ name: t('fields.name'), email: t('fields.email'), role: t('fields.role') }}
        />
        <TextInput
          id={form.fieldId('name')}
          label={t('fields.name')}
          required
          data-autofocus
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={form.error('name')}
        />
        <TextInput
          id={form.fieldId('email')}
          label={t('fields.email')}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={form.error('email')}
        />
        <Select
          id={form.fieldId('role')}
          label={t('fields.role')}
          required
          data={roleCodes.map((code) => ({ value: code, label: labelForCode(t, 'roles', code) }))}
          value={role}
          onChange={setRole}
          allowDeselect={false}
          error={form.error('role')}
          comboboxProps={{ withinPortal: true, zIndex: 400 }}
        />
        <Select
          id={form.fieldId('organisationId')}
          label={t('people.inviteOrganisation')}
          description={t('people.inviteOrganisationHelp')}
          placeholder={t('people.inviteOrganisationNone')}
          data={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={organisationId}
          onChange={setOrganisationId}
          searchable
          clearable
          error={form.error('organisationId')}
          comboboxProps={{ withinPortal: true, zIndex: 400 }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('people.inviteCancel')}
          </Button>
          <Button type="submit" loading={invite.isPending}>
            {t('people.inviteSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
