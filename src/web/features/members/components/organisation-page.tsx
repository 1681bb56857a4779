// One organisation: its details (KvK, SBI sector, size, address with postcode check, arbeidsmarktregio, website) with a
// duplicate warning before saving and a version check, its contact persons (add, edit, remove), and what it did in the
// network: membership history, needs raised, activities attended, placements. Also the screen for a new organisation.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isValidKvk, normaliseKvk, normalisePostcode } from '../../../../core/organisations/dutch-checks.js';
import {
  LABOUR_MARKET_REGIONS,
  ORGANISATION_KINDS,
  SBI_SECTIONS,
  SIZE_CLASSES,
} from '../../../../core/organisations/reference-data.js';
import { ApiError } from '../../../app/api-client.js';
import { formatDate } from '../../../app/format.js';
import { FormErrorSummary, useFormErrors } from '../../../app/form-errors.js';
import { notifySuccess } from '../../../app/notify.js';
import { PageError, PageLoader, usePageTitle } from '../../../app/page-states.js';
import { ScrollTable } from '../../../app/scroll-table.js';
import { hasPermission, useSession } from '../../../app/session.js';
import {
  useCreateOrganisation,
  useDeleteOrganisation,
  useFindDuplicates,
  useOrganisation,
  useRemoveContact,
  useSaveContact,
  useUpdateOrganisation,
  type Contact,
  type ContactSave,
  type Duplicate,
  type OrganisationDetail,
  type OrganisationFields,
} from '../api.js';
import { MembershipCard } from './membership-card.js';
import { useMembersText } from './use-text.js';

const FIELDS = [
  'kind',
  'name',
  'kvkNumber',
  'sector',
  'sizeClass',
  'street',
  'postcode',
  'city',
  'labourMarketRegion',
  'website',
] as const;

const emptyFields: OrganisationFields = {
  kind: 'employer',
  name: '',
  kvkNumber: null,
  sector: null,
  sizeClass: null,
  street: null,
  postcode: null,
  city: null,
  labourMarketRegion: null,
  website: null,
};

export function NewOrganisationPage() {
  const tx = useMembersText();
  const { networkId = '' } = useParams();
  usePageTitle(tx('detail.newTitle'));
  return (
    <Stack gap="lg" maw={900}>
      <Anchor component={Link} to={`/n/${networkId}/leden`}>
        {tx('detail.backToList')}
      </Anchor>
      <Title order={1}>{tx('detail.newTitle')}</Title>
      <OrganisationForm networkId={networkId} organisation={null} canManage />
    </Stack>
  );
}

/** What another feature shows on the organisation page (the contact moments' timeline); composed in src/web/app. */
export type OrganisationTimeline = (props: {
  networkId: string;
  organisationId: string;
  contacts: readonly { id: string; name: string }[];
  openOnStart: boolean;
}) => ReactNode;

export function OrganisationPage({
  timeline,
  documents,
  inKind,
}: {
  timeline?: OrganisationTimeline;
  /** The membership documents (documents feature), composed in src/web/app. */
  documents?: OrganisationTimeline;
  /** What the organisation contributed in kind, valued (budget feature), composed in src/web/app. */
  inKind?: OrganisationTimeline;
}) {
  const tx = useMembersText();
  const { networkId = '', organisationId = '' } = useParams();
  const session = useSession();
  const canManage = hasPermission(session.data, networkId, 'organisations.manage');
  const canManageMembers = hasPermission(session.data, networkId, 'members.manage');
  const [searchParams] = useSearchParams();
  const org = useOrganisation(networkId, organisationId);
  usePageTitle(org.data?.name ?? tx('title'));
  if (org.isPending) return <PageLoader />;
  if (org.isError) return <PageError error={org.error} onRetry={() => void org.refetch()} />;
  const o = org.data;
  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={`/n/${networkId}/leden`}>
        {tx('detail.backToList')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{o.name}</Title>
        <Badge variant="light">{tx(`kinds.${o.kind}`)}</Badge>
        {o.membership && <Badge color="dark">{tx(`statuses.${o.membership.status}`)}</Badge>}
      </Group>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h3">
            {tx('detail.fieldsTitle')}
          </Title>
          {/* Remount on a new version so the form shows what was saved. */}
          <OrganisationForm key={o.version} networkId={networkId} organisation={o} canManage={canManage} />
        </Stack>
      </Card>
      <ContactsCard networkId={networkId} organisation={o} canManage={canManage} />
      {o.membership && <MembershipCard networkId={networkId} organisation={o} canManage={canManageMembers} />}
      {documents?.({ networkId, organisationId: o.id, contacts: o.contacts, openOnStart: false })}
      {inKind?.({ networkId, organisationId: o.id, contacts: o.contacts, openOnStart: false })}
      {timeline?.({
        networkId,
        organisationId: o.id,
        contacts: o.contacts,
        openOnStart: searchParams.get('contactmoment') === 'nieuw',
      })}
      <HistoryTables organisation={o} />
      {canManage && <DeleteCard networkId={networkId} organisation={o} />}
    </Stack>
  );
}

function OrganisationForm({
  networkId,
  organisation,
  canManage,
}: {
  networkId: string;
  organisation: OrganisationDetail | null;
  canManage: boolean;
}) {
  const tx = useMembersText();
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors('organisation');
  const [values, setValues] = useState<OrganisationFields>(() =>
    organisation ? (Object.fromEntries(FIELDS.map((f) => [f, organisation[f]])) as OrganisationFields) : emptyFields,
  );
  const [duplicates, setDuplicates] = useState<Duplicate[]>([]);
  const findDuplicates = useFindDuplicates(networkId);
  const create = useCreateOrganisation(networkId);
  const update = useUpdateOrganisation(networkId, organisation?.id ?? '');
  const set = (field: keyof OrganisationFields) => (value: string | null) =>
    setValues((v) => ({ ...v, [field]: value === '' ? null : value }));
  const labels = Object.fromEntries(
    FIELDS.map((f) => [f, tx(`detail.${f === 'labourMarketRegion' ? 'region' : f}`)]),
  ) as Record<string, string>;

  async function save(confirmDuplicate: boolean) {
    const problems: Record<string, string> = {};
    if (!values.name.trim()) problems.name = tx('detail.nameRequired');
    if (values.kvkNumber && !isValidKvk(normaliseKvk(values.kvkNumber))) problems.kvkNumber = tx('detail.kvkInvalid');
    if (values.postcode && !normalisePostcode(values.postcode)) problems.postcode = tx('detail.postcodeInvalid');
    if (errors.showFieldErrors(problems)) return;
    try {
      if (!confirmDuplicate) {
        const found = await findDuplicates.mutateAsync({
          name: values.name,
          kvkNumber: values.kvkNumber,
          postcode: values.postcode,
          exceptId: organisation?.id ?? null,
        });
        if (found.items.length > 0) {
          setDuplicates(found.items);
          return;
        }
      }
      setDuplicates([]);
      if (organisation) {
        await update.mutateAsync({ ...values, version: organisation.version });
        notifySuccess(tx('detail.saved'));
      } else {
        const created = await create.mutateAsync({ ...values, confirmDuplicate });
        notifySuccess(tx('detail.created'));
        void navigate(`/n/${networkId}/leden/${created.id}`);
      }
    } catch (error) {
      errors.showServerError(error, FIELDS);
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };
  const busy = findDuplicates.isPending || create.isPending || update.isPending;
  const text = (field: keyof OrganisationFields, extra: { description?: string } = {}) => (
    <TextInput
      id={errors.fieldId(field)}
      label={labels[field]}
      value={values[field] ?? ''}
      onChange={(e) => set(field)(e.currentTarget.value)}
      error={errors.error(field)}
      readOnly={!canManage}
      required={field === 'name'}
      {...extra}
    />
  );
  const select = (field: keyof OrganisationFields, data: { value: string; label: string }[], clearable = true) => (
    <Select
      id={errors.fieldId(field)}
      label={labels[field]}
      data={data}
      value={values[field]}
      onChange={(v) => set(field)(v)}
      clearable={clearable}
      searchable
      placeholder={tx('detail.none')}
      error={errors.error(field)}
      readOnly={!canManage}
    />
  );
  const en = i18n.language.startsWith('en');
  return (
    <form onSubmit={onSubmit} noValidate aria-label={tx('detail.fieldsTitle')}>
      <Stack>
        <FormErrorSummary state={errors} labels={labels} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('name')}
          {select(
            'kind',
            ORGANISATION_KINDS.map((k) => ({ value: k, label: tx(`kinds.${k}`) })),
            false,
          )}
          {text('kvkNumber', { description: tx('detail.kvkHint') })}
          {select(
            'sector',
            SBI_SECTIONS.map((s) => ({ value: s.code, label: `${s.code} – ${en ? s.en : s.nl}` })),
          )}
          {select(
            'sizeClass',
            SIZE_CLASSES.map((s) => ({ value: s, label: tx(`detail.sizes.${s}`) })),
          )}
          {text('website')}
          {text('street')}
          {text('postcode', { description: tx('detail.postcodeHint') })}
          {text('city')}
          {select(
            'labourMarketRegion',
            LABOUR_MARKET_REGIONS.map((r) => ({ value: r, label: r })),
          )}
        </SimpleGrid>
        {duplicates.length > 0 && (
          <Alert
            color="orange"
            title={tx('detail.duplicatesTitle')}
            styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
            role="alert"
            data-testid="duplicate-warning"
          >
            <Stack gap="xs">
              <Text size="sm">{tx('detail.duplicatesIntro')}</Text>
              <List size="sm">
                {duplicates.map((d) => (
                  <List.Item key={d.id}>
                    <Anchor component={Link} to={`/n/${networkId}/leden/${d.id}`} c="dark" underline="always">
                      {d.name}
                    </Anchor>{' '}
                    ({tx(`detail.duplicateReasons.${d.reason}`)})
                  </List.Item>
                ))}
              </List>
              <Group>
                <Button variant="outline" color="dark" onClick={() => void save(true)} loading={busy}>
                  {tx('detail.saveAnyway')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {canManage && (
          <Group>
            <Button type="submit" loading={busy}>
              {tx('detail.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

const CONTACT_FIELDS = ['name', 'email', 'phone', 'jobTitle'] as const;

function ContactsCard({
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

function HistoryTables({ organisation: o }: { organisation: OrganisationDetail }) {
  const tx = useMembersText();
  const { t } = useTranslation();
  const status = (s: string | null) => (s ? tx(`statuses.${s}`) : '');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Section
        title={tx('detail.historyTitle')}
        empty={o.membershipHistory.length === 0 ? tx('detail.noHistory') : null}
      >
        <Table striped data-testid="membership-history">
          <Table.Caption>{tx('detail.historyCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx('detail.colWhen')}</Table.Th>
              <Table.Th>{tx('detail.colFrom')}</Table.Th>
              <Table.Th>{tx('detail.colTo')}</Table.Th>
              <Table.Th>{tx('detail.colReason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.membershipHistory.map((h) => (
              <Table.Tr key={h.at + h.to}>
                <Table.Td>{formatDate(h.at)}</Table.Td>
                <Table.Td>{status(h.from)}</Table.Td>
                <Table.Td>{status(h.to)}</Table.Td>
                <Table.Td>{h.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section title={tx('detail.needsTitle')} empty={o.needs.length === 0 ? tx('detail.noNeeds') : null}>
        <Table striped>
          <Table.Caption>{tx('detail.needsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx('detail.colTitle')}</Table.Th>
              <Table.Th>{tx('detail.colStatus')}</Table.Th>
              <Table.Th>{tx('detail.colDate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.needs.map((n) => (
              <Table.Tr key={n.id}>
                <Table.Td>{n.title}</Table.Td>
                <Table.Td>{tx(`detail.needStatuses.${n.status}`)}</Table.Td>
                <Table.Td>{formatDate(n.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section
        title={tx('detail.activitiesTitle')}
        empty={o.activitiesAttended.length === 0 ? tx('detail.noActivities') : null}
      >
        <Table striped>
          <Table.Caption>{tx('detail.activitiesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx('detail.colActivity')}</Table.Th>
              <Table.Th>{tx('detail.colDate')}</Table.Th>
              <Table.Th>{tx('detail.colPerson')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.activitiesAttended.map((a) => (
              <Table.Tr key={`${a.id}-${a.personName}`}>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td>{formatDate(a.startsAt)}</Table.Td>
                <Table.Td>{a.personName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section
        title={tx('detail.placementsTitle')}
        empty={o.placements.length === 0 ? tx('detail.noPlacements') : null}
      >
        <Table striped>
          <Table.Caption>{tx('detail.placementsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx('detail.colStart')}</Table.Th>
              <Table.Th>{tx('detail.colEnd')}</Table.Th>
              <Table.Th>{tx('detail.colHours')}</Table.Th>
              <Table.Th>{tx('detail.colContract')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.placements.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{formatDate(p.startsOn)}</Table.Td>
                <Table.Td>{formatDate(p.endsOn)}</Table.Td>
                <Table.Td>{p.hoursPerWeek}</Table.Td>
                <Table.Td>
                  {t(`candidates.placements.contracts.${p.contractKind}`, { defaultValue: p.contractKind })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    </SimpleGrid>
  );
}

function Section({ title, empty, children }: { title: string; empty: string | null; children: React.ReactNode }) {
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {title}
        </Title>
        {empty ? <Text>{empty}</Text> : <ScrollTable label={title}>{children}</ScrollTable>}
      </Stack>
    </Card>
  );
}

function DeleteCard({ networkId, organisation }: { networkId: string; organisation: OrganisationDetail }) {
  const tx = useMembersText();
  const navigate = useNavigate();
  const del = useDeleteOrganisation(networkId, organisation.id);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h3">
          {tx('detail.deleteTitle')}
        </Title>
        <Text size="sm">{tx('detail.deleteIntro')}</Text>
        {error && (
          <Alert color="red" role="alert" data-testid="delete-error">
            {error}
          </Alert>
        )}
        <Group>
          <Button color="red.9" c="red.9" variant="outline" onClick={() => setConfirming(true)}>
            {tx('detail.deleteButton')}
          </Button>
        </Group>
      </Stack>
      <Modal
        closeButtonProps={{ 'aria-label': tx('detail.cancel') }}
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={tx('detail.deleteTitle')}
      >
        <Stack>
          <Text>{tx('detail.confirmDelete', { name: organisation.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {tx('detail.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={del.isPending}
              onClick={() =>
                del.mutate(organisation.version, {
                  onSuccess: () => {
                    notifySuccess(tx('detail.deleted'));
                    void navigate(`/n/${networkId}/leden`);
                  },
                  onError: (e) => {
                    setError(e instanceof ApiError ? e.message : String(e));
                    setConfirming(false);
                  },
                })
              }
            >
              {tx('detail.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
