import { InKindCard } from '../features/budget/components/in-kind-card.js';
import { OrganisationDocumentsCard } from '../features/documents/components/documents-card.js';
import { InteractionsCard } from '../features/interactions/components/interactions-card.js';
import { MembersPage } from '../features/members/components/members-page.js';
import { OrganisationPage, type OrganisationTimeline } from '../features/members/components/organisation-page.js';
import { hasPermission, useSession } from './session.js';

// The organisation page (members) with the contact moments' timeline (interactions) beside it: features do not import
// each other, the shell composes them.
const Timeline: OrganisationTimeline = (props) => <InteractionsTimeline {...props} />;

function InteractionsTimeline(props: Parameters<OrganisationTimeline>[0]) {
  const session = useSession();
  if (!hasPermission(session.data, props.networkId, 'interactions.read')) return null;
  const canRecord = hasPermission(session.data, props.networkId, 'interactions.record');
  return <InteractionsCard {...props} canRecord={canRecord} />;
}

// The membership documents (documents): for whoever may read documents; the server shows each only what it may see.
const Documents: OrganisationTimeline = (props) => <MembershipDocuments {...props} />;

function MembershipDocuments({ networkId, organisationId }: Parameters<OrganisationTimeline>[0]) {
  const session = useSession();
  if (!hasPermission(session.data, networkId, 'documents.read')) return null;
  const canManage = hasPermission(session.data, networkId, 'documents.manage');
  return <OrganisationDocumentsCard networkId={networkId} organisationId={organisationId} canManage={canManage} />;
}

// What the organisation contributed in kind (budget): for whoever reads the organisations; a sign of ownership.
const InKind: OrganisationTimeline = ({ networkId, organisationId }) => (
  <InKindCard networkId={networkId} organisationId={organisationId} />
);

export function OrganisationRoute() {
  return <OrganisationPage timeline={Timeline} documents={Documents} inKind={InKind} />;
}

/** The members page; for a member employer (the portal) with its own organisation's membership documents. */
export function MembersRoute() {
  return <MembersPage documents={Documents} />;
}

/** The member portal on its own address (`/mijn-organisatie`): one's own organisation, whatever else one may read. */
export function OwnOrganisationRoute() {
  return <MembersPage own documents={Documents} />;
}
