// The network's organisations: list, duplicate check, create, update, the detail page's data, and deleting one entered by
// mistake.
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages, type Locale } from '../../platform/messages.js';
import type { ListOrganisationsQuery, OrganisationInput } from '../../../core/members/members.contract.js';
import {
  deleteContactsOfOrganisation,
  deleteOrganisationRow,
  organisationDependents,
  organisationHistory,
  findDuplicates,
  findMembership,
  findOrganisation,
  insertMembership,
  insertOrganisation,
  listContacts,
  listMembershipYears,
  queryOrganisations,
  updateOrganisationRow,
} from './members.repository.js';

registerErrorMessages({
  nl: {
    duplicate_organisation:
      'Deze organisatie staat er waarschijnlijk al in (zelfde KvK-nummer, of zelfde naam en postcode). Bekijk de gevonden organisatie of sla toch op.',
    organisation_has_records:
      'Deze organisatie kan niet worden verwijderd: er hangen gegevens aan ({records}). Beëindig in plaats daarvan het lidmaatschap.',
  },
  en: {
    duplicate_organisation:
      'This organisation is probably already there (same KvK number, or same name and postcode). Look at the match or save anyway.',
    organisation_has_records:
      'This organisation cannot be deleted: records depend on it ({records}). End the membership instead.',
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
    if (values.kind === 'employer') await insertMembership(tx, networkId, created.id);
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

export async function loadOrganisationDetail(db: DbOrTx, networkId: string, organisationId: string) {
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
    invoices: 'facturen',
    in_kind: 'bijdragen in natura',
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
    invoices: 'invoices',
    in_kind: 'in-kind contributions',
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
    const contacts = await deleteContactsOfOrganisation(tx, networkId, organisationId);
    await deleteOrganisationRow(tx, networkId, organisationId);
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
