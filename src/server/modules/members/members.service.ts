// Organisations, their contacts and memberships: the member administration of a network, the member portal's own
// organisation, and importing organisations from Dutch spreadsheets.
import { checkMembershipMove, type MembershipStatus } from '../../../core/members/membership-rules.js';
import {
  decodeSpreadsheetText,
  describeImportIssue,
  distinctColumnValues,
  parseDelimited,
  suggestMapping,
} from '../../../core/organisations/import-rows.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { membership, organisation, person } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages, type Locale } from '../../platform/messages.js';
import { checkAndWriteImport, type ImportMode } from './import-bulk.js';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ContactInput,
  ListOrganisationsQuery,
  MembershipYearInput,
  OrganisationInput,
  entryConditionsInput,
  importRunInput,
  membershipStatusInput,
} from '../../../core/members/members.contract.js';
import {
  contactDependents,
  findContact,
  organisationDependents,
  organisationHistory,
  findDuplicates,
  findMembership,
  findOrganisation,
  insertOrganisation,
  listContacts,
  listMembershipYears,
  queryContacts,
  queryMemberships,
  queryOrganisations,
  updateOrganisationRow,
  saveMembershipYearIfVersion,
} from './members.repository.js';

registerErrorMessages({
  nl: {
    duplicate_organisation:
      'Deze organisatie staat er waarschijnlijk al in (zelfde KvK-nummer, of zelfde naam en postcode). Bekijk de gevonden organisatie of sla toch op.',
    membership_transition_not_allowed: 'Deze stap in het lidmaatschap kan niet vanuit de huidige status.',
    membership_reason_required: 'Geef een reden op waarom het lidmaatschap eindigt.',
    no_member_organisation: 'Uw account hoort niet bij een deelnemende organisatie in dit netwerk.',
    import_unreadable: 'Het bestand kon niet worden gelezen. Gebruik CSV (met ; of ,) of XLSX.',
    import_name_unmapped: 'Kies welke kolom de naam van de organisatie bevat.',
    organisation_has_records:
      'Deze organisatie kan niet worden verwijderd: er hangen gegevens aan ({records}). Beëindig in plaats daarvan het lidmaatschap.',
    contact_has_account:
      'Deze contactpersoon kan inloggen of heeft een rol in het netwerk. Trek eerst de toegang en rollen in bij Mensen.',
  },
  en: {
    duplicate_organisation:
      'This organisation is probably already there (same KvK number, or same name and postcode). Look at the match or save anyway.',
    membership_transition_not_allowed: 'This membership step is not possible from the current status.',
    membership_reason_required: 'Give a reason why the membership ends.',
    no_member_organisation: 'Your account does not belong to a member organisation in this network.',
    import_unreadable: 'The file could not be read. Use CSV (with ; or ,) or XLSX.',
    import_name_unmapped: 'Choose which column holds the name of the organisation.',
    organisation_has_records:
      'This organisation cannot be deleted: records depend on it ({records}). End the membership instead.',
    contact_has_account:
      'This contact can sign in or holds a role in the network. Withdraw the access and roles under People first.',
  },
});

export async function listOrganisations({
  db,
  actor,
  networkId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListOrganisationsQuery;
  all?: boolean;
}) {
  authorize(actor, 'organisations.read', networkId);
  const { items, total } = await queryOrganisations(db, networkId, query, all ? null : query.pageSize);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function checkDuplicates({
  db,
  actor,
  networkId,
  input,
  exceptId = null,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  input: Pick<OrganisationInput, 'name' | 'kvkNumber' | 'postcode'>;
  exceptId?: string | null;
}) {
  authorize(actor, 'organisations.read', networkId);
  return findDuplicates(db, networkId, input, exceptId);
}

export async function createOrganisation({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: OrganisationInput & { confirmDuplicate: boolean };
}) {
  authorize(actor, 'organisations.manage', networkId);
  const { confirmDuplicate, ...values } = input;
  return db.transaction(async (tx) => {
    const duplicates = await findDuplicates(tx, networkId, values, null);
    if (duplicates.length > 0 && !confirmDuplicate) {
      throw new AppError(
        'conflict',
        'duplicate_organisation',
        duplicates.map((d) => ({ path: ['duplicates', d.id], message: `${d.name} (${d.reason})` })),
      );
    }
    const created = await insertOrganisation(tx, { networkId, ...values });
    if (values.kind === 'employer') await tx.insert(membership).values({ networkId, organisationId: created.id });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'organisation.create',
      recordType: 'organisation',
      recordId: created.id,
    });
    return created;
  });
}

export async function updateOrganisation({
  db,
  actor,
  networkId,
  organisationId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  input: OrganisationInput & { version: number };
}) {
  authorize(actor, 'organisations.manage', networkId);
  const { version, ...values } = input;
  await db.transaction(async (tx) => {
    if (!(await findOrganisation(tx, networkId, organisationId))) throw new AppError('not_found');
    if (!(await updateOrganisationRow(tx, networkId, organisationId, version, values)))
      throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'organisation.update',
      recordType: 'organisation',
      recordId: organisationId,
    });
  });
}

export async function getOrganisation({
  db,
  actor,
  networkId,
  organisationId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  organisationId: string;
}) {
  authorize(actor, 'organisations.read', networkId);
  return loadOrganisationDetail(db, networkId, organisationId);
}

async function loadOrganisationDetail(db: DbOrTx, networkId: string, organisationId: string) {
  const org = await findOrganisation(db, networkId, organisationId);
  if (!org) throw new AppError('not_found');
  const [contacts, member] = await Promise.all([
    listContacts(db, networkId, organisationId),
    findMembership(db, networkId, organisationId),
  ]);
  const history = await organisationHistory(db, networkId, organisationId, member?.id ?? null);
  return {
    id: org.id,
    kind: org.kind,
    name: org.name,
    kvkNumber: org.kvkNumber,
    sector: org.sector,
    sizeClass: org.sizeClass,
    street: org.street,
    postcode: org.postcode,
    city: org.city,
    labourMarketRegion: org.labourMarketRegion,
    website: org.website,
    version: org.version,
    contacts,
    membership: member
      ? {
          id: member.id,
          status: member.status,
          statusReason: member.statusReason,
          joinedOn: member.joinedOn,
          endedOn: member.endedOn,
          admissionDecisionId: member.admissionDecisionId,
          entryConditions: member.entryConditions,
          years: await listMembershipYears(db, networkId, member.id),
          version: member.version,
        }
      : null,
    ...history,
  };
}

export async function addContact({
  db,
  actor,
  networkId,
  organisationId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  input: ContactInput;
}) {
  authorize(actor, 'organisations.manage', networkId);
  return db.transaction(async (tx) => {
    if (!(await findOrganisation(tx, networkId, organisationId))) throw new AppError('not_found');
    return insertContact(tx, { actor, networkId, organisationId, input });
  });
}

/**
 * A member's contact adds a colleague to their own organisation from the member portal (an employer keeps its own
 * contacts, as a network "voor en door werkgevers" expects); the organisation is the asker's own, never one from the request.
 */
export async function addOwnColleague({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: ContactInput;
}) {
  authorize(actor, 'portal.use', networkId);
  return db.transaction(async (tx) => {
    const organisationId = await ownOrganisationId(tx, actor, networkId);
    return insertContact(tx, { actor, networkId, organisationId, input });
  });
}

async function insertContact(
  tx: DbOrTx,
  {
    actor,
    networkId,
    organisationId,
    input,
  }: { actor: Actor; networkId: string; organisationId: string; input: ContactInput },
) {
  const [row] = await tx
    .insert(person)
    .values({
      networkId,
      organisationId,
      name: input.name,
      email: input.email,
      phone: input.phone,
      jobTitle: input.jobTitle,
    })
    .returning({ id: person.id });
  await writeAudit(tx, { actor, networkId, action: 'contact.create', recordType: 'person', recordId: row!.id });
  return row!;
}

export async function updateContact({
  db,
  actor,
  networkId,
  organisationId,
  personId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  personId: string;
  input: ContactInput & { version: number };
}) {
  authorize(actor, 'organisations.manage', networkId);
  await db.transaction(async (tx) => {
    if (!(await findContact(tx, networkId, organisationId, personId))) throw new AppError('not_found');
    const rows = await tx
      .update(person)
      .set({
        name: input.name,
        email: input.email,
        phone: input.phone,
        jobTitle: input.jobTitle,
        updatedAt: new Date(),
        version: sql`${person.version} + 1`,
      })
      .where(and(eq(person.networkId, networkId), eq(person.id, personId), eq(person.version, input.version)))
      .returning({ id: person.id });
    if (rows.length !== 1) throw new AppError('stale_version');
    await writeAudit(tx, { actor, networkId, action: 'contact.update', recordType: 'person', recordId: personId });
  });
}

/**
 * Removes a contact person. A contact who can sign in or holds a role is refused (that is managed under People). A contact
 * with history (registrations, needs raised) is anonymised, so attendance figures stay right; otherwise the row goes.
 */
export async function removeContact({
  db,
  actor,
  networkId,
  organisationId,
  personId,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  personId: string;
}): Promise<{ outcome: 'deleted' | 'anonymised' }> {
  authorize(actor, 'organisations.manage', networkId);
  return db.transaction(async (tx) => {
    if (!(await findContact(tx, networkId, organisationId, personId))) throw new AppError('not_found');
    const deps = await contactDependents(tx, networkId, personId);
    if (deps.hasAccount || deps.roles > 0) throw new AppError('conflict', 'contact_has_account');
    const where = and(eq(person.networkId, networkId), eq(person.id, personId));
    let outcome: 'deleted' | 'anonymised';
    if (deps.history > 0) {
      await tx
        .update(person)
        .set({
          name: ANONYMISED_NAME,
          email: null,
          phone: null,
          jobTitle: null,
          updatedAt: new Date(),
          version: sql`${person.version} + 1`,
        })
        .where(where);
      outcome = 'anonymised';
    } else {
      await tx.delete(person).where(where);
      outcome = 'deleted';
    }
    await writeAudit(tx, {
      actor,
      networkId,
      action: `contact.${outcome === 'deleted' ? 'delete' : 'anonymise'}`,
      recordType: 'person',
      recordId: personId,
      details: { organisationId },
    });
    return { outcome };
  });
}

/** The name an anonymised contact keeps: no personal data, but the attendance it stands for still counts. */
export const ANONYMISED_NAME = 'Verwijderde contactpersoon';

const DEPENDENT_LABELS: Record<Locale, Record<string, string>> = {
  nl: {
    placements: 'plaatsingen',
    opportunities: 'werkplekken',
    needs: 'behoeften',
    supported_needs: 'gesteunde behoeften',
    activities: 'activiteiten',
    decisions: 'besluiten',
    partners: 'samenwerkingen',
    registrations: 'aanmeldingen voor activiteiten',
    accounts: 'contactpersonen met een account',
  },
  en: {
    placements: 'placements',
    opportunities: 'work opportunities',
    needs: 'needs',
    supported_needs: 'supported needs',
    activities: 'activities',
    decisions: 'decisions',
    partners: 'partnerships',
    registrations: 'activity registrations',
    accounts: 'contacts with an account',
  },
};

/**
 * Deletes an organisation entered by mistake, with its contacts and membership. Refused (409, naming what depends on it)
 * when the organisation has history in the network: then the coordinator ends the membership instead.
 */
export async function deleteOrganisation({
  db,
  actor,
  networkId,
  organisationId,
  version,
  locale,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  version: number;
  locale: Locale;
}) {
  authorize(actor, 'organisations.manage', networkId);
  await db.transaction(async (tx) => {
    const org = await findOrganisation(tx, networkId, organisationId);
    if (!org) throw new AppError('not_found');
    if (org.version !== version) throw new AppError('stale_version');
    const deps = await organisationDependents(tx, networkId, organisationId);
    const present = Object.entries(deps).filter(([, n]) => n > 0);
    if (present.length > 0) {
      const records = present.map(([k, n]) => `${n} ${DEPENDENT_LABELS[locale][k] ?? k}`).join(', ');
      throw new AppError(
        'conflict',
        'organisation_has_records',
        present.map(([k, n]) => ({ path: ['dependents', k], message: String(n) })),
        { records },
      );
    }
    const contacts = await tx
      .delete(person)
      .where(and(eq(person.networkId, networkId), eq(person.organisationId, organisationId)))
      .returning({ id: person.id });
    await tx
      .delete(organisation)
      .where(and(eq(organisation.networkId, networkId), eq(organisation.id, organisationId)));
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'organisation.delete',
      recordType: 'organisation',
      recordId: organisationId,
      details: { name: org.name, contactsDeleted: contacts.length },
    });
  });
}

export async function listContactPersons({
  db,
  actor,
  networkId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: { search?: string | undefined; page: number; pageSize: number };
  all?: boolean;
}) {
  authorize(actor, 'organisations.read', networkId);
  const { items, total } = await queryContacts(db, networkId, query, all ? null : query.pageSize);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

async function membershipOf(db: DbOrTx, networkId: string, organisationId: string) {
  const member = await findMembership(db, networkId, organisationId);
  if (!member) throw new AppError('not_found');
  return member;
}

export async function changeMembershipStatus({
  db,
  actor,
  networkId,
  organisationId,
  input,
  today,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  input: z.infer<typeof membershipStatusInput>;
  today: string;
}) {
  authorize(actor, 'members.manage', networkId);
  await db.transaction(async (tx) => {
    if (!(await findOrganisation(tx, networkId, organisationId))) throw new AppError('not_found');
    let member = await findMembership(tx, networkId, organisationId);
    if (!member) {
      [member] = await tx.insert(membership).values({ networkId, organisationId }).returning();
    }
    if (input.version !== undefined && member!.version !== input.version) throw new AppError('stale_version');
    const problem = checkMembershipMove(member!.status as MembershipStatus, input.status, input.reason);
    if (problem === 'transition_not_allowed') throw new AppError('conflict', 'membership_transition_not_allowed');
    if (problem === 'reason_required')
      throw new AppError('validation_failed', 'membership_reason_required', [
        { path: ['body', 'reason'], message: 'membership_reason_required' },
      ]);
    const on = input.on ?? today;
    await tx
      .update(membership)
      .set({
        status: input.status,
        statusReason: input.reason,
        ...(input.admissionDecisionId ? { admissionDecisionId: input.admissionDecisionId } : {}),
        ...(input.status === 'active' && !member!.joinedOn ? { joinedOn: on } : {}),
        ...(input.status === 'ended' ? { endedOn: on } : { endedOn: null }),
        updatedAt: new Date(),
        version: sql`${membership.version} + 1`,
      })
      .where(and(eq(membership.networkId, networkId), eq(membership.id, member!.id)));
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'membership.status',
      recordType: 'membership',
      recordId: member!.id,
      details: { from: member!.status, to: input.status, ...(input.reason ? { reason: input.reason } : {}) },
    });
  });
}

export async function updateEntryConditions({
  db,
  actor,
  networkId,
  organisationId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  input: z.infer<typeof entryConditionsInput>;
}) {
  authorize(actor, 'members.manage', networkId);
  return db.transaction(async (tx) => {
    const member = await membershipOf(tx, networkId, organisationId);
    const [saved] = await tx
      .update(membership)
      .set({
        entryConditions: input.entryConditions,
        updatedAt: new Date(),
        version: sql`${membership.version} + 1`,
      })
      .where(
        and(eq(membership.networkId, networkId), eq(membership.id, member.id), eq(membership.version, input.version)),
      )
      .returning({ version: membership.version });
    if (!saved) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'membership.entry_conditions',
      recordType: 'membership',
      recordId: member.id,
    });
    return { version: saved.version };
  });
}

export async function saveMembershipYear({
  db,
  actor,
  networkId,
  organisationId,
  year,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  year: number;
  input: MembershipYearInput;
}) {
  authorize(actor, 'members.manage', networkId);
  const { version, ...figures } = input;
  return db.transaction(async (tx) => {
    const member = await membershipOf(tx, networkId, organisationId);
    const saved = await saveMembershipYearIfVersion(
      tx,
      { networkId, membershipId: member.id, year, ...figures },
      version,
    );
    if (saved === null) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'membership.year',
      recordType: 'membership',
      recordId: member.id,
      details: { year },
    });
    return { version: saved };
  });
}

export async function listMemberships({
  db,
  actor,
  networkId,
  query,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: { year: number; status?: string | undefined };
}) {
  authorize(actor, 'members.read', networkId);
  return queryMemberships(db, networkId, query);
}

/** The member portal: the organisation of the signed-in contact. */
export async function getOwnOrganisation({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'portal.use', networkId);
  const organisationId = await ownOrganisationId(db, actor, networkId);
  return loadOrganisationDetail(db, networkId, organisationId);
}

export async function ownOrganisationId(db: DbOrTx, actor: Actor, networkId: string): Promise<string> {
  const personId = actor.persons.get(networkId);
  if (!personId) throw new AppError('forbidden', 'no_member_organisation');
  const [row] = await db
    .select({ organisationId: person.organisationId })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.id, personId)));
  if (!row?.organisationId) throw new AppError('forbidden', 'no_member_organisation');
  return row.organisationId;
}

export async function saveOwnAmbition({
  db,
  actor,
  networkId,
  year,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  year: number;
  input: { ambitionJobs: number | null; realisedJobs: number | null; version: number };
}) {
  authorize(actor, 'portal.use', networkId);
  return db.transaction(async (tx) => {
    const organisationId = await ownOrganisationId(tx, actor, networkId);
    const member = await membershipOf(tx, networkId, organisationId);
    const existing = (await listMembershipYears(tx, networkId, member.id)).find((y) => y.year === year);
    // The network's own figures (contribution, invoice) are kept as they are; the version check makes sure they are the
    // ones read here (a stale version writes nothing).
    const saved = await saveMembershipYearIfVersion(
      tx,
      {
        networkId,
        membershipId: member.id,
        year,
        contributionCents: existing?.contributionCents ?? null,
        contributionInKind: existing?.contributionInKind ?? null,
        invoiceStatus: existing?.invoiceStatus ?? null,
        ambitionJobs: input.ambitionJobs,
        realisedJobs: input.realisedJobs,
      },
      input.version,
    );
    if (saved === null) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'membership.ambition',
      recordType: 'membership',
      recordId: member.id,
    });
    return { version: saved };
  });
}

// ---- import ----

async function readTable(fileName: string, contentBase64: string): Promise<{ headers: string[]; rows: string[][] }> {
  const bytes = Buffer.from(contentBase64, 'base64');
  try {
    if (/\.xlsx$/i.test(fileName)) {
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('no sheet');
      const table: string[][] = [];
      sheet.eachRow({ includeEmpty: false }, (row) => {
        const cells: string[] = [];
        for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
        table.push(cells);
      });
      const [headers = [], ...rows] = table;
      return { headers: headers.map((h) => h.trim()), rows };
    }
    return parseDelimited(decodeSpreadsheetText(new Uint8Array(bytes)));
  } catch {
    throw new AppError('bad_request', 'import_unreadable');
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value as string | number | boolean);
}

export async function previewImport({
  actor,
  networkId,
  input,
}: {
  actor: Actor;
  networkId: string;
  input: { fileName: string; contentBase64: string };
}) {
  authorize(actor, 'organisations.manage', networkId);
  const { headers, rows } = await readTable(input.fileName, input.contentBase64);
  return {
    headers,
    mapping: suggestMapping(headers),
    sample: rows.slice(0, 10),
    rowCount: rows.length,
    columnValues: distinctColumnValues(headers, rows),
  };
}

export type { ImportMode } from './import-bulk.js';

/** The report names the problems of at most this many rows; the summary and `invalid` count them all. */
export const IMPORT_REPORT_ROWS = 1000;

export async function importOrganisations({
  db,
  actor,
  networkId,
  input,
  locale,
  today,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: z.infer<typeof importRunInput>;
  locale: Locale;
  today: string;
}) {
  authorize(actor, 'organisations.manage', networkId);
  if (input.mapping.name === null || input.mapping.name === undefined)
    throw new AppError('validation_failed', 'import_name_unmapped', [
      { path: ['body', 'mapping', 'name'], message: 'import_name_unmapped' },
    ]);
  const { rows } = await readTable(input.fileName, input.contentBase64);
  const result = await checkAndWriteImport({
    db,
    networkId,
    rows,
    mapping: input.mapping,
    values: input.values,
    mode: input.mode,
    membershipStatus: input.membershipStatus,
    contributionYear: input.contributionYear ?? Number(today.slice(0, 4)),
    today,
    onWritten: (tx, counts) =>
      writeAudit(tx, {
        actor,
        networkId,
        action: 'organisation.import',
        recordType: 'organisation',
        details: { file: input.fileName, mode: input.mode, membershipStatus: input.membershipStatus, ...counts },
      }),
  });
  const { invalid, written, contactsWritten, contributionsWritten } = result;
  return {
    mode: input.mode,
    total: result.total,
    valid: result.valid,
    invalid: invalid.length,
    written,
    contactsWritten,
    contributionsWritten,
    summary: importSummary(
      locale,
      input.mode,
      result.total,
      invalid.map((r) => r.rowNumber),
      written,
      { count: contributionsWritten, year: input.contributionYear ?? Number(today.slice(0, 4)) },
    ),
    // Bounded: a file of 100,000 bad rows would otherwise answer with megabytes of sentences nobody reads.
    rows: invalid.slice(0, IMPORT_REPORT_ROWS).map((r) => ({
      rowNumber: r.rowNumber,
      messages: r.issues.map((i) => describeImportIssue(locale, i)),
    })),
    rowsOmitted: Math.max(0, invalid.length - IMPORT_REPORT_ROWS),
  };
}

function importSummary(
  locale: Locale,
  mode: ImportMode,
  total: number,
  badRows: number[],
  written: number,
  contributions: { count: number; year: number },
): string {
  const list = badRows.slice(0, 20).join(', ') + (badRows.length > 20 ? ' …' : '');
  if (locale === 'en') {
    const bad =
      badRows.length === 0
        ? `All ${total} rows are valid.`
        : `${badRows.length} of ${total} rows have errors (rows ${list}).`;
    if (mode === 'dry_run') return `${bad} Trial run: nothing was saved.`;
    if (written === 0) return `${bad} Nothing was saved.`;
    const paid = contributions.count > 0 ? `, with ${contributions.count} contributions for ${contributions.year}` : '';
    return `${bad} ${written} organisations saved${paid}.`;
  }
  const bad =
    badRows.length === 0
      ? `Alle ${total} rijen zijn in orde.`
      : `${badRows.length} van de ${total} rijen ${badRows.length === 1 ? 'heeft' : 'hebben'} fouten (${badRows.length === 1 ? 'rij' : 'rijen'} ${list}).`;
  if (mode === 'dry_run') return `${bad} Proefimport: er is niets opgeslagen.`;
  if (written === 0) return `${bad} Er is niets opgeslagen.`;
  const paid = contributions.count > 0 ? `, met ${contributions.count} bijdragen voor ${contributions.year}` : '';
  return `${bad} ${written} organisaties opgeslagen${paid}${badRows.length > 0 ? '; de rijen met fouten zijn overgeslagen' : ''}.`;
}
