// The network menu and the start page, decided only by the actions the server grants the user in the chosen network
// (GET /api/session → networks[].permissions). Never by role names: a design can give a role more or fewer actions, and the
// menu follows from the next session read on. Every item declares the action(s) its screen needs — any one of `anyOf`
// suffices — and, where two items lead to the same kind of screen, the actions that make it superfluous (`notWith`).
import type { Session } from './session.js';

export type NavKey =
  | 'overview'
  | 'yearOverview'
  | 'people'
  | 'setup'
  | 'sharedDecisions'
  | 'ownBody'
  | 'members'
  | 'ownOrganisation'
  | 'agenda'
  | 'candidates'
  | 'steering'
  | 'budget'
  | 'invoices'
  | 'partners'
  | 'mailings'
  | 'actions'
  | 'library'
  | 'advice';

export type NavItem = { key: NavKey; path: string; anyOf: readonly string[]; notWith?: readonly string[] };

// Order follows the foundation issue; member-facing items sit next to the screens they belong with.
export const networkNav: readonly NavItem[] = [
  { key: 'overview', path: '', anyOf: ['network.read'] },
  { key: 'yearOverview', path: '/dit-jaar', anyOf: ['network.year_overview'] },
  { key: 'people', path: '/mensen', anyOf: ['people.read'] },
  { key: 'setup', path: '/inrichting', anyOf: ['design.read'] },
  // Whoever reads only the decisions shared with them (a funder) gets those, not a design page they cannot read.
  {
    key: 'sharedDecisions',
    path: '/inrichting/organisatie',
    anyOf: ['decisions.read_shared'],
    notWith: ['design.read', 'governance.read'],
  },
  // The themagroep of a kartrekker, the klankbordgroep of its members: the bodies one holds a role in today.
  { key: 'ownBody', path: '/mijn-groep', anyOf: ['governance.own_body'] },
  { key: 'members', path: '/leden', anyOf: ['organisations.read'] },
  // One's own organisation (the member portal), also for an employer who reads all members under the design.
  { key: 'ownOrganisation', path: '/mijn-organisatie', anyOf: ['portal.use'] },
  { key: 'agenda', path: '/agenda', anyOf: ['activities.read'] },
  {
    key: 'candidates',
    path: '/kandidaten',
    anyOf: [
      'candidates.read',
      'opportunities.read',
      'placements.read',
      'proposals.respond',
      'candidates.statistics',
      'candidates.rights',
    ],
  },
  { key: 'steering', path: '/sturing', anyOf: ['steering.read', 'steering.read_mission', 'reports.read_released'] },
  // The network's budget per year; a funder's view of money is its released financial statement, not this screen.
  { key: 'budget', path: '/begroting', anyOf: ['budget.read'] },
  // Contribution invoices: kept by the coordinator and backoffice.
  { key: 'invoices', path: '/facturen', anyOf: ['invoices.read'] },
  {
    key: 'partners',
    path: '/samenwerken',
    anyOf: [
      'partners.read',
      'partners.shared',
      'sharing.read',
      'sharing.manage',
      'referrals.manage',
      'exchange.manage',
    ],
  },
  { key: 'mailings', path: '/mailings', anyOf: ['mailings.read'] },
  // The follow-ups of contact moments that the user holds (relationship management).
  { key: 'actions', path: '/mijn-acties', anyOf: ['interactions.read'] },
  { key: 'library', path: '/kennisbank', anyOf: ['documents.read'] },
  // The klankbordgroep's advice: asked for by the kerngroep and coordinator, given by the klankbordgroep's members.
  { key: 'advice', path: '/advies', anyOf: ['advice.read'] },
];

export function networkPermissions(session: Session | undefined, networkId: string): readonly string[] {
  return session?.networks.find((network) => network.id === networkId)?.permissions ?? [];
}

export function itemAllowed(item: NavItem, permissions: readonly string[]): boolean {
  return (
    item.anyOf.some((action) => permissions.includes(action)) &&
    !(item.notWith ?? []).some((action) => permissions.includes(action))
  );
}

export function visibleNav(permissions: readonly string[]): NavItem[] {
  return networkNav.filter((item) => itemAllowed(item, permissions));
}

/**
 * Which start page fits, from the actions alone, most specific first:
 * - `coordination`: runs the candidates and the member administration (coordinator, backoffice) → signals and whom to call;
 * - `steering`: reads the whole steering dashboard (kerngroep, board) → steering and decisions;
 * - `member`: uses the member portal (an employer's contact) → agenda, needs and their own organisation;
 * - `funder`: mission results and released reports only;
 * - `partner`: what is shared with their partner organisation;
 * - `participant`: everyone else in the network (klankbordgroep, kartrekker) → the network this year and the agenda.
 * `candidates.manage` marks coordination because candidates' personal data stay with the coordinator whatever a design says.
 */
export type StartProfile = 'coordination' | 'steering' | 'member' | 'funder' | 'partner' | 'participant';

export function startProfile(permissions: readonly string[]): StartProfile {
  const can = (action: string) => permissions.includes(action);
  if (can('candidates.manage')) return 'coordination';
  if (can('steering.read')) return 'steering';
  if (can('portal.use')) return 'member';
  if (can('steering.read_mission') || can('reports.read_released')) return 'funder';
  if (can('partners.shared')) return 'partner';
  return 'participant';
}
