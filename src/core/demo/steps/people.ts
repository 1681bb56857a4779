// Demo generator step: the people. The coordinator and back office, a contact at each partner, the member employers'
// contact persons, and their roles: employer, kerngroep (with one member rotated out), and a kartrekker per themagroep.
import { JOB_TITLES, THEMES } from '../demo-word-lists.js';
import type { DemoOrganisationRow, DemoPersonRow, DemoRoleAssignmentRow } from '../demo-rows.js';
import type { Prng } from '../prng.js';
import { slugify } from '../../text/slug.js';
import type { DemoContext, MemberOrg, PartnerLookup } from './demo-context.js';
import { DAY, pickDistinct, toDateString } from './demo-helpers.js';

/** The people other steps need by name. */
export interface DemoKeyPeople {
  coordinator: DemoPersonRow;
  backOffice: DemoPersonRow;
  funderContact: DemoPersonRow;
  gemeenteContact: DemoPersonRow;
  uwvContact: DemoPersonRow;
  rocContact: DemoPersonRow;
  jobcoachContact: DemoPersonRow;
}

export interface DemoPeople extends DemoKeyPeople {
  persons: DemoPersonRow[];
  roleAssignments: DemoRoleAssignmentRow[];
  /** The member employers in the kerngroep now. */
  coreMembers: MemberOrg[];
  /** The themes that have a themagroep. */
  themeGroups: string[];
}

/** Adds persons and role assignments on the step's one random stream; calls must keep their order. */
interface PeopleBook {
  rng: Prng;
  persons: DemoPersonRow[];
  roleAssignments: DemoRoleAssignmentRow[];
  addPerson: (org: DemoOrganisationRow | null, jobTitle: string, createdAt: number, domain?: string) => DemoPersonRow;
  addRole: (person: DemoPersonRow, role: string, startsAt: number, endsAt?: number | null) => void;
}

export function addPeople(ctx: DemoContext, members: readonly MemberOrg[], partner: PartnerLookup): DemoPeople {
  const book = createPeopleBook(ctx);
  const keyPeople = addKeyPeople(ctx, book, partner);
  addMemberContacts(ctx, book, members);
  const coreMembers = addCoreGroup(ctx, book, members);
  const themeGroups = addThemeLeads(ctx, book, members);
  return {
    ...keyPeople,
    persons: book.persons,
    roleAssignments: book.roleAssignments,
    coreMembers,
    themeGroups,
  };
}

function createPeopleBook(ctx: DemoContext): PeopleBook {
  const { root, names, networkId, slug, now } = ctx;
  const personRng = root.fork('persons');
  const persons: DemoPersonRow[] = [];
  const roleAssignments: DemoRoleAssignmentRow[] = [];
  const domainOf = new Map<string, string>();
  const addPerson = (
    org: DemoOrganisationRow | null,
    jobTitle: string,
    createdAt: number,
    domain?: string,
  ): DemoPersonRow => {
    let orgDomain = org === null ? undefined : domainOf.get(org.id);
    if (org !== null && orgDomain === undefined) {
      orgDomain = `${slugify(org.name)}.example`;
      domainOf.set(org.id, orgDomain);
    }
    const person = names.person(orgDomain ?? domain ?? `${slug}.example`);
    const row: DemoPersonRow = {
      networkId,
      id: personRng.uuid(),
      name: person.name,
      email: person.email,
      phone: personRng.chance(0.8) ? names.mobile() : null,
      organisationId: org?.id ?? null,
      jobTitle,
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt),
    };
    persons.push(row);
    return row;
  };
  const addRole = (person: DemoPersonRow, role: string, startsAt: number, endsAt: number | null = null): void => {
    roleAssignments.push({
      networkId,
      id: personRng.uuid(),
      personId: person.id,
      role,
      bodyId: null,
      startsOn: toDateString(startsAt),
      endsOn: endsAt === null ? null : toDateString(endsAt),
      createdAt: new Date(Math.min(startsAt, now)),
    });
  };
  return { rng: personRng, persons, roleAssignments, addPerson, addRole };
}

function addKeyPeople(ctx: DemoContext, { addPerson, addRole }: PeopleBook, partner: PartnerLookup): DemoKeyPeople {
  const { foundedAt } = ctx;
  const coordinator = addPerson(null, 'Netwerkcoördinator', foundedAt);
  addRole(coordinator, 'coordinator', foundedAt);
  const backOffice = addPerson(null, 'Medewerker backoffice', foundedAt);
  addRole(backOffice, 'back_office', foundedAt);
  const funderContact = addPerson(partner('wsp'), 'Accountmanager werkgevers', foundedAt);
  addRole(funderContact, 'funder', foundedAt);
  const gemeenteContact = addPerson(partner('gemeente'), 'Beleidsadviseur participatie', foundedAt);
  addRole(gemeenteContact, 'partner', foundedAt);
  const uwvContact = addPerson(partner('uwv'), 'Adviseur werkgeversdienstverlening', foundedAt);
  addRole(uwvContact, 'partner', foundedAt);
  const rocContact = addPerson(partner('roc'), 'Coördinator praktijkleren', foundedAt);
  addRole(rocContact, 'sounding_board', foundedAt);
  const jobcoachContact = addPerson(partner('jobcoach'), 'Jobcoach', foundedAt);
  addRole(jobcoachContact, 'sounding_board', foundedAt);
  // An ervaringsdeskundige gives candidates a voice in the klankbordgroep; no organisation, a private address.
  const expertByExperience = addPerson(null, 'Ervaringsdeskundige', foundedAt + 90 * DAY, 'mail.example');
  addRole(expertByExperience, 'sounding_board', foundedAt + 90 * DAY);
  return { coordinator, backOffice, funderContact, gemeenteContact, uwvContact, rocContact, jobcoachContact };
}

function addMemberContacts(
  ctx: DemoContext,
  { rng: personRng, addPerson, addRole }: PeopleBook,
  members: readonly MemberOrg[],
): void {
  const maxContacts = Math.max(1, Math.round(ctx.contactsPerMember * 2 - 1));
  for (const member of members) {
    const joined = Number.isFinite(member.activeFrom);
    const n = joined ? personRng.int(1, maxContacts) : 1;
    const createdAt = member.org.createdAt.getTime();
    for (let c = 0; c < n; c++) {
      const person = addPerson(member.org, personRng.pick(JOB_TITLES), createdAt);
      member.contacts.push(person);
      if (joined) {
        const endsAt = member.membership.status === 'ended' ? member.activeUntil : null;
        addRole(person, 'employer', member.activeFrom, endsAt);
      }
    }
  }
}

function addCoreGroup(
  ctx: DemoContext,
  { rng: personRng, addRole }: PeopleBook,
  members: readonly MemberOrg[],
): MemberOrg[] {
  const { now, foundedAt } = ctx;
  // Kerngroep: founding employers that are still committed, plus one member who rotated out a year ago (renewal).
  const founders = members.filter(
    (m) =>
      m.activeFrom <= foundedAt + 60 * DAY &&
      m.membership.status === 'active' &&
      (m.profile === 'champion' || m.profile === 'steady'),
  );
  const coreSize = personRng.int(4, 6);
  const coreMembers = pickDistinct(
    personRng,
    founders.length > 0 ? founders : members.filter((m) => Number.isFinite(m.activeFrom)),
    coreSize,
  );
  for (const member of coreMembers) {
    const person = member.contacts[0];
    if (person !== undefined) addRole(person, 'core_group', Math.max(member.activeFrom, foundedAt));
  }
  const rotatedOut = members.find((m) => m.profile === 'drifting' && m.activeFrom <= foundedAt + 60 * DAY);
  if (rotatedOut?.contacts[0] !== undefined) {
    addRole(rotatedOut.contacts[0], 'core_group', foundedAt, Math.min(now - 30 * DAY, rotatedOut.driftFrom + 60 * DAY));
  }
  return coreMembers;
}

function addThemeLeads(
  ctx: DemoContext,
  { rng: personRng, addRole }: PeopleBook,
  members: readonly MemberOrg[],
): string[] {
  const { foundedAt } = ctx;
  // Themagroepen with a kartrekker each; the kartrekker comes from an engaged member, not necessarily from the kerngroep.
  const themeGroups = pickDistinct(personRng, THEMES, personRng.int(3, 4)).map(([code]) => code);
  const engaged = members.filter(
    (m) =>
      m.membership.status === 'active' && (m.profile === 'champion' || m.profile === 'steady') && m.contacts.length > 0,
  );
  for (const member of pickDistinct(personRng, engaged, themeGroups.length)) {
    const person = member.contacts[member.contacts.length - 1];
    if (person !== undefined) addRole(person, 'theme_lead', Math.max(member.activeFrom, foundedAt + 120 * DAY));
  }
  return themeGroups;
}
