// The member portal's own organisation: the signed-in contact's organisation and its own ambition and realised jobs.
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import { findPersonOrganisation, listMembershipYears, saveMembershipYearIfVersion } from './members.repository.js';
import { loadOrganisationDetail } from './organisations.service.js';
import { membershipOf } from './memberships.service.js';

registerErrorMessages({
  nl: {
    no_member_organisation: 'Uw account hoort niet bij een deelnemende organisatie in dit netwerk.',
  },
  en: {
    no_member_organisation: 'Your account does not belong to a member organisation in this network.',
  },
});

/** The member portal: the organisation of the signed-in contact. */
export async function getOwnOrganisation({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'portal.use', networkId);
  const organisationId = await ownOrganisationId(db, actor, networkId);
  return loadOrganisationDetail(db, networkId, organisationId);
}

export async function ownOrganisationId(db: DbOrTx, actor: Actor, networkId: string): Promise<string> {
  const personId = actor.persons.get(networkId);
  if (!personId) throw new AppError('forbidden', 'no_member_organisation');
  const row = await findPersonOrganisation(db, networkId, personId);
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
