// An organisation's contact persons on its page: add, edit and remove (or anonymise) them.
import { Alert, Anchor, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api-client.js';
import { FormErrorSummary, useFormErrors } from '../../../shared/form-errors.js';
import { notifySuccess } from '../../../shared/notify.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import { useRemoveContact, useSaveContact, type Contact, type ContactSave, type OrganisationDetail } from '../api.js';
import { useMembersText } from './use-text.js';

const CONTACT_FIELDS = ['name', 'email', 'phone', 'jobTitle'] as const;

export function ContactsCard({
  networkId,
  organisation,
  canManage,
}: {
  networkId: string;
  organisation: OrganisationDetail;
  canManage: boolean;
}) {
  const tx = useMembersText();
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [removing, setRemoving] = useState<Contact | null>(null);
  const remove = useRemoveContact(networkId, organisation.id);
  const saveContact = useSaveContact(networkId, organisation.id);
  const [removeError, setRemoveError] = useState<string | null>(null);
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3">
            {tx('detail.contactsTitle')}
          </Title>
          {canManage && (
            <Button variant="outline" onClick={() => setEditing('new')}>
              {tx('detail.addContact')}
            </Button>
          )}
        </Group>
        <Text size="sm">{tx('detail.rolesHint')}</Text>
        {removeError && (
          <Alert color="red" role="alert">
            {removeError}
          </Alert>
        )}
        {organisation.contacts.length === 0 ? (
          <Text>{tx('detail.noContacts')}</Text>
        ) : (
          <ScrollTable label={tx('detail.contactsCaption')}>
            <Table striped miw={640} data-testid="contacts-table">
              <Table.Caption>{tx('detail.contactsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tx('detail.colName')}</Table.Th>
                  <Table.Th>{tx('detail.colJobTitle')}</Table.Th>
                  <Table.Th>{tx('detail.colEmail')}</Table.Th>
                  <Table.Th>{tx('detail.colPhone')}</Table.Th>
                  <Table.Th>{tx('detail.colRoles')}</Table.Th>
                  {canManage && <Table.Th>{tx('detail.colActions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organisation.contacts.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td>{c.jobTitle}</Table.Td>
                    <Table.Td>{c.email && <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor>}</Table.Td>
                    <Table.Td>{c.phone}</Table.Td>
                    <Table.Td>{c.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="subtle"
                            aria-label={tx('detail.editContactOf', { name: c.name })}
                            onClick={() => setEditing(c)}
                          >
                            {tx('detail.editContact')}
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            c="red.9"
                            aria-label={tx('detail.removeContactOf', { name: c.name })}
                            onClick={() => {
                              setRemoveError(null);
                              setRemoving(c);
                            }}
                          >
                            {tx('detail.removeContact')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
      <Modal
        closeButtonProps={{ 'aria-label': tx('detail.cancel') }}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing === 'new' || editing === null
            ? tx('detail.addContact')
            : tx('detail.editContactOf', { name: editing.name })
        }
      >
        {editing !== null && (
          <ContactForm
            save={saveContact}
            contact={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <Modal
        closeButtonProps={{ 'aria-label': tx('detail.cancel') }}
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={removing ? tx('detail.removeContactOf', { name: removing.name }) : ''}
      >
        {removing && (
          <Stack>
            <Text>{tx('detail.confirmRemoveContact', { name: removing.name })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {tx('detail.cancel')}
              </Button>
              <Button
                color="red.9"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(removing.id, {
                    onSuccess: (result) => {
                      notifySuccess(
                        tx(result.outcome === 'deleted' ? 'detail.contactDeleted' : 'detail.contactAnonymised'),
                      );
                      setRemoving(null);
                    },
                    onError: (error) => {
                      setRemoveError(error instanceof ApiError ? error.message : String(error));
                      setRemoving(null);
                    },
                  })
                }
              >
                {tx('detail.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}

export function ContactForm({
  save,
  contact,
  onDone,
}: {
  save: ContactSave;
  contact: Contact | null;
  onDone: () => void;
}) {
  const tx = useMembersText();
  const errors = useFormErrors('contact');
  const [values, setValues] = useState({
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    jobTitle: contact?.jobTitle ?? '',
  });
  const labels: Record<string, string> = {
    name: tx('detail.contactName'),
    email: tx('detail.contactEmail'),
    phone: tx('detail.contactPhone'),
    jobTitle: tx('detail.contactJobTitle'),
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (errors.showFieldErrors(values.name.trim() ? {} : { name: tx('detail.nameRequired') })) return;
        save.mutate(
          {
            name: values.name,
            email: values.email.trim() || null,
            phone: values.phone.trim() || null,
            jobTitle: values.jobTitle.trim() || null,
            ...(contact ? { id: contact.id, version: contact.version } : {}),
          },
          {
            onSuccess: () => {
              notifySuccess(tx('detail.contactSaved'));
              onDone();
            },
            onError: (error) => errors.showServerError(error, CONTACT_FIELDS),
          },
        );
      }}
    >
      <Stack>
        <FormErrorSummary state={errors} labels={labels} />
        {CONTACT_FIELDS.map((f) => (
          <TextInput
            key={f}
            id={errors.fieldId(f)}
            label={labels[f]}
            type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'}
            required={f === 'name'}
            value={values[f]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setValues((v) => ({ ...v, [f]: value }));
              errors.clearField(f);
            }}
            error={errors.error(f)}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {tx('detail.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {tx('detail.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
