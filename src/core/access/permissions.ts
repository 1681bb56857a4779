// Who may do what, as data. Every service function checks one of these actions first; every route declares one.
// Roles are held per network (role_assignment); `platform_admin` is installation-wide. Codes are stable identifiers; their
// Dutch and English labels live in the web catalogs.

export const NETWORK_ROLES = [
  'coordinator',
  'back_office',
  'core_group',
  'board',
  'employer',
  'sounding_board',
  'funder',
  'partner',
  'theme_lead',
  'theme_member',
] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];

export const NETWORK_ACTIONS = [
  'network.read',
  'network.update',
  'network.year_overview',
  'people.read',
  'people.invite',
  'people.manage_roles',
  'audit.read',
  'design.read',
  'design.manage',
  'governance.read',
  'governance.manage',
  'governance.own_body',
  'decisions.read_shared',
  'agreements.read_own',
  'organisations.read',
  'organisations.manage',
  'members.read',
  'members.manage',
  'needs.read',
  'needs.raise',
  'needs.prioritise',
  'needs.manage',
  'activities.read',
  'activities.register',
  'activities.manage',
  'activities.organise',
  'activities.host',
  'portal.use',
  'candidates.read',
  'candidates.manage',
  'candidates.view_log',
  'candidates.rights',
  'candidates.statistics',
  'opportunities.read',
  'opportunities.manage',
  'proposals.respond',
  'placements.read',
  'placements.manage',
  'steering.read',
  'steering.read_mission',
  'steering.manage_targets',
  'reports.manage',
  'reports.read_released',
  'mailings.read',
  'mailings.manage',
  'partners.read',
  'partners.manage',
  'partners.shared',
  'sharing.read',
  'sharing.manage',
  'referrals.manage',
  'exchange.manage',
  'news.read',
  'news.manage',
  'interactions.read',
  'interactions.record',
  'documents.read',
  'documents.manage',
  'advice.read',
  'advice.request',
  'advice.give',
  'budget.read',
  'budget.manage',
  /** The financial statements to the funder: released ones only, totals per cost item (those who read the budget see all). */
  'budget.read_statements',
  'invoices.read',
  'invoices.manage',
] as const;
export type NetworkAction = (typeof NETWORK_ACTIONS)[number];

export const PLATFORM_ACTIONS = [
  'platform.networks.manage',
  'platform.outbox.read',
  'platform.networks.read_all',
  /** The installation's settings, such as the design advisor's numbers. */
  'platform.settings.manage',
] as const;
export type PlatformAction = (typeof PLATFORM_ACTIONS)[number];

const everyone: NetworkAction[] = ['network.read'];
// "Ons netwerk dit jaar": the mission results (small numbers suppressed) and the kerngroep decisions marked for members —
// for everyone who belongs to the network as a member or runs it, not for a funder or a partner organisation.
const member: NetworkAction[] = [...everyone, 'network.year_overview'];
const runsTheNetwork: NetworkAction[] = [
  ...member,
  'people.read',
  'people.invite',
  'people.manage_roles',
  'audit.read',
];

// Design and governance: those who steer the network manage them, the board and backoffice read them; a funder sees only
// the decisions marked as shared with it (it steers on the mission, never on content).
const readsDesign: NetworkAction[] = ['design.read', 'governance.read', 'decisions.read_shared'];
const steersDesign: NetworkAction[] = [...readsDesign, 'design.manage', 'governance.manage'];
// One's own body (a themagroep, the klankbordgroep): the working place of the bodies in which one holds a current role. The
// action only opens the door; which body, and whether one may run it (the kartrekker of that themagroep) or only read its
// meetings and minutes, the service decides per request from the role assignments held within that body today.
const ownBody: NetworkAction[] = ['governance.own_body'];

// Members and agenda: the coordinator and backoffice keep the member administration; the kerngroep prioritises needs and
// reads members; a member employer's contacts use the portal (agenda, registering, raising and supporting needs, their own
// organisation's ambition and realised jobs). Everyone in the network sees the agenda.
// Organising and hosting one's own activities (activities.organise, activities.host) come to members from the applied design
// (design-rights.ts, decision 016); whoever manages all activities also holds them, so one route permission fits both.
const managesActivities: NetworkAction[] = ['activities.organise', 'activities.host'];
const readsMembers: NetworkAction[] = ['organisations.read', 'members.read', 'needs.read', 'activities.read'];
const runsAgenda: NetworkAction[] = [
  ...readsMembers,
  'organisations.manage',
  'members.manage',
  'needs.raise',
  'needs.manage',
  'activities.register',
  'activities.manage',
  ...managesActivities,
];
const memberPortal: NetworkAction[] = [
  'needs.read',
  'needs.raise',
  'activities.read',
  'activities.register',
  'portal.use',
];

// Candidates and placements: personal data only for the coordinator (and the backoffice when the network's setting allows it;
// the service checks that setting on top of these actions); the view log, inzage/erasure and retention only for the
// coordinator; a member employer's contact sees only the candidates proposed to their organisation; governance, funders and
// partners see aggregates only.
const runsPlacements: NetworkAction[] = [
  'candidates.read',
  'candidates.manage',
  'candidates.statistics',
  'opportunities.read',
  'opportunities.manage',
  'placements.read',
  'placements.manage',
];

// Steering and reports: the kerngroep and coordinator steer (dashboard with names, targets, freezing and releasing reports);
// the board and backoffice read the dashboard; a funder sees only mission-level aggregates and released reports.
const steers: NetworkAction[] = [
  'steering.read',
  'steering.read_mission',
  'steering.manage_targets',
  'reports.manage',
  'reports.read_released',
];

// Working together: the coordinator and backoffice run mailings, partners and what is shared with other networks (agenda and
// opportunities); referring a candidate and the exchange of candidate files touch personal data, so they follow
// candidates.manage. People with the `partner` role see only what is shared with their partner (partners.shared). Everyone
// in the network reads the news; the kerngroep may write it.
const runsCollaboration: NetworkAction[] = [
  'mailings.read',
  'mailings.manage',
  'partners.read',
  'partners.manage',
  'sharing.read',
  'sharing.manage',
  'referrals.manage',
  'exchange.manage',
  'news.read',
  'news.manage',
];

// Contact moments (the coordinator's relationship log and follow-ups): the coordinator and backoffice record them, the
// kerngroep reads them.
const recordsInteractions: NetworkAction[] = ['interactions.read', 'interactions.record'];

// Documents: the coordinator and backoffice keep them; the others read the library items marked for their role (and a member
// employer its own organisation's membership documents) — the service filters per item.
const managesDocuments: NetworkAction[] = ['documents.read', 'documents.manage'];

// Advice of the klankbordgroep: the kerngroep and coordinator ask for it and read it; the klankbordgroep's members read the
// requests and give advice (the service also checks that the actor holds a current term in the klankbordgroep).
const asksAdvice: NetworkAction[] = ['advice.read', 'advice.request'];
const givesAdvice: NetworkAction[] = ['advice.read', 'advice.give'];

// The network's budget per year (plan, spending, in-kind contributions): the coordinator and backoffice keep it, the
// kerngroep reads it. A funder does not see it: its view of money is the released financial statement.
const keepsBudget: NetworkAction[] = ['budget.read', 'budget.manage', 'budget.read_statements'];

// Contribution invoices (tiers, invoices, payments, reminders, credit notes): the coordinator and backoffice keep them.
// Nobody else sees them: they name what each member owes.
const keepsInvoices: NetworkAction[] = ['invoices.read', 'invoices.manage'];

/** role → allowed actions within the network where the role is held. */
export const ROLE_PERMISSIONS: Record<NetworkRole, readonly NetworkAction[]> = {
  coordinator: [
    ...runsTheNetwork,
    'network.update',
    ...steersDesign,
    ...runsAgenda,
    ...runsPlacements,
    'candidates.view_log',
    'candidates.rights',
    ...steers,
    ...runsCollaboration,
    ...recordsInteractions,
    ...managesDocuments,
    ...asksAdvice,
    ...keepsBudget,
    ...keepsInvoices,
  ],
  back_office: [
    ...member,
    'people.read',
    'people.invite',
    ...readsDesign,
    ...runsAgenda,
    ...runsPlacements,
    'steering.read',
    'steering.read_mission',
    ...runsCollaboration,
    ...recordsInteractions,
    ...managesDocuments,
    ...keepsBudget,
    ...keepsInvoices,
  ],
  core_group: [
    ...member,
    'people.read',
    'network.update',
    ...steersDesign,
    ...readsMembers,
    'needs.raise',
    'needs.prioritise',
    'activities.register',
    'candidates.statistics',
    ...steers,
    'partners.read',
    'sharing.read',
    'mailings.read',
    'news.read',
    'news.manage',
    'interactions.read',
    'documents.read',
    ...asksAdvice,
    'budget.read',
    'budget.read_statements',
  ],
  board: [
    ...member,
    'people.read',
    ...readsDesign,
    ...readsMembers,
    'candidates.statistics',
    'steering.read',
    'steering.read_mission',
    'reports.read_released',
    'partners.read',
    'news.read',
    'documents.read',
  ],
  employer: [...member, ...memberPortal, 'proposals.respond', 'news.read', 'documents.read'],
  sounding_board: [
    ...member,
    ...ownBody,
    'activities.read',
    'activities.register',
    'news.read',
    'documents.read',
    ...givesAdvice,
  ],
  funder: [
    ...everyone,
    'decisions.read_shared',
    // Its own funder agreement(s) only: those where the funder's organisation is the funder, never another funder's.
    'agreements.read_own',
    'candidates.statistics',
    'steering.read_mission',
    'reports.read_released',
    // Its view of money: the released financial statements, totals per cost item only.
    'budget.read_statements',
    'documents.read',
  ],
  partner: [...everyone, 'activities.read', 'activities.register', 'candidates.statistics', 'partners.shared'],
  theme_lead: [
    ...member,
    'people.read',
    ...readsMembers,
    'needs.raise',
    'activities.register',
    'activities.manage',
    ...managesActivities,
    ...ownBody,
    'news.read',
  ],
  // A member of a themagroep, added by its kartrekker: their group's working place and the agenda, nothing more.
  theme_member: [...member, ...ownBody, 'activities.read', 'activities.register', 'news.read'],
};

export const PLATFORM_ROLE_PERMISSIONS: Record<'platform_admin', readonly PlatformAction[]> = {
  platform_admin: PLATFORM_ACTIONS,
};

export function isNetworkRole(value: string): value is NetworkRole {
  return (NETWORK_ROLES as readonly string[]).includes(value);
}

/** The union of the actions of all roles a person holds in one network. */
export function actionsForRoles(roles: readonly string[]): NetworkAction[] {
  const actions = new Set<NetworkAction>();
  for (const role of roles) {
    if (isNetworkRole(role)) for (const action of ROLE_PERMISSIONS[role]) actions.add(action);
  }
  return NETWORK_ACTIONS.filter((a) => actions.has(a));
}

export function roleAllows(roles: readonly string[], action: NetworkAction): boolean {
  return roles.some((role) => isNetworkRole(role) && ROLE_PERMISSIONS[role].includes(action));
}

/**
 * The permission a route declares. `public` routes need no session; `authenticated` ones need a session but no particular
 * role; network actions are checked in the network named by the route's `:networkId`; platform actions installation-wide.
 */
export type RoutePermission = 'public' | 'authenticated' | NetworkAction | PlatformAction;

export function isPlatformAction(p: RoutePermission): p is PlatformAction {
  return (PLATFORM_ACTIONS as readonly string[]).includes(p);
}
export function isNetworkAction(p: RoutePermission): p is NetworkAction {
  return (NETWORK_ACTIONS as readonly string[]).includes(p);
}
