// One organisation: its details (KvK, SBI sector, size, address with postcode check, arbeidsmarktregio, website) with a
// duplicate warning before saving and a version check, its contact persons (add, edit, remove), and what it did in the
// network: membership history, needs raised, activities attended, placements. Also the screen for a new organisation.
import { Anchor, Badge, Card, Group, Stack, Title } from '@mantine/core';
import { type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { useOrganisation } from '../api.js';
import { MembershipCard } from './membership-card.js';
import { useMembersText } from './use-text.js';
import { ContactsCard } from './contacts-card.js';
import { DeleteOrganisationCard } from './delete-organisation-card.js';
import { OrganisationForm } from './organisation-form.js';
import { OrganisationHistory } from './organisation-history.js';

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
      <OrganisationHistory organisation={o} />
      {canManage && <DeleteOrganisationCard networkId={networkId} organisation={o} />}
    </Stack>
  );
}
