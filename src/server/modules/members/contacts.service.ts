// An organisation's contact persons: added by the coordinator or, from the member portal, by a colleague; changed,
// removed or anonymised (when their attendance must keep counting); and the network-wide contact list.
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type { ContactInput } from '../../../core/members/members.contract.js';
import {
  anonymiseContact,
  contactDependents,
  deleteContactRow,
  findContact,
  findOrganisation,
  insertContactRow,
  queryContacts,
  updateContactIfVersion,
} from './members.repository.js';
import { ownOrganisationId } from './member-portal.service.js';

registerErrorMessages({
  nl: {
    contact_has_account:
      'Deze contactpersoon kan inloggen of heeft een rol in het netwerk. Trek eerst de toegang en rollen in bij Mensen.',
  },
  en: {
    contact_has_account:
      'This contact can sign in or holds a role in the network. Withdraw the access and roles under People first.',
  },
});

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
  const row = await insertContactRow(tx, {
    networkId,
    organisationId,
    name: input.name,
    email: input.email,
    phone: input.phone,
    jobTitle: input.jobTitle,
  });
  await writeAudit(tx, { actor, networkId, action: 'contact.create', recordType: 'person', recordId: row.id });
  return row;
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
    const saved = await updateContactIfVersion(tx, networkId, personId, input.version, {
      name: input.name,
      email: input.email,
      phone: input.phone,
      jobTitle: input.jobTitle,
    });
    if (!saved) throw new AppError('stale_version');
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
    let outcome: 'deleted' | 'anonymised';
    if (deps.history > 0) {
      await anonymiseContact(tx, networkId, personId, ANONYMISED_NAME);
      outcome = 'anonymised';
    } else {
      await deleteContactRow(tx, networkId, personId);
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
const ANONYMISED_NAME = 'Verwijderde contactpersoon';

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
