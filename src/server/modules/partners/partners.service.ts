// Working together: partners with their agreement and joint activities; the co-organised agenda shared with other networks
// (registrations from all of them); work opportunities shared with another network; candidate referrals that carry only
// what the candidate consented to for exactly that receiver; the partner's own narrow view; and news for the portal.
// Every share is an explicit row, written in a transaction together with its audit entry.
import { todayInAmsterdam } from '../../../core/calendar.js';
import { placeForNewRegistration } from '../../../core/agenda/agenda-rules.js';
import { pickFields, referralFields, type ReferralTarget } from '../../../core/partners/partner-rules.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import {
  activityExists,
  activityForRegistration,
  candidateWithConsents,
  coOrganisedAgenda,
  findActiveShare,
  findPartner,
  incomingReferrals,
  insertNews,
  insertOwnRegistration,
  insertPartner,
  insertReferral,
  insertSharedRegistration,
  linkActivity,
  listNews as listNewsRows,
  networkNames,
  opportunityExists,
  outgoingReferrals,
  partnerForNetwork,
  partnerViewRows,
  queryPartners,
  sharedOpportunities,
  upsertActivityShare,
  upsertOpportunityShare,
} from './partners.repository.js';
import type {
  ListPartnersQuery,
  PartnerInput,
  ReferralInput,
  SharedOpportunitiesQuery,
} from '../../../core/partners/partners.contract.js';

registerErrorMessages({
  nl: {
    share_needs_partner_agreement:
      'Delen kan alleen met een netwerk dat als partner is vastgelegd. Leg eerst de samenwerking met dit netwerk vast.',
    referral_no_consent:
      'Doorverwijzen kan niet: de kandidaat heeft geen (geldige) toestemming gegeven om gegevens te delen met {receiver}. Leg eerst die toestemming vast.',
    referral_candidate_erased: 'Deze kandidaat is gewist; doorverwijzen kan niet meer.',
    not_a_person_here: 'U bent in dit netwerk niet als persoon bekend; aanmelden kan niet.',
  },
  en: {
    share_needs_partner_agreement:
      'You can only share with a network recorded as a partner. Record the partnership with this network first.',
    referral_no_consent:
      'Referral refused: the candidate has not given (valid) consent to share data with {receiver}. Record that consent first.',
    referral_candidate_erased: 'This candidate has been erased; referral is no longer possible.',
    not_a_person_here: 'You are not known as a person in this network; registration is not possible.',
  },
});

function today(now: Date) {
  return todayInAmsterdam(now);
}

export async function listPartners({
  db,
  actor,
  networkId,
  query,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListPartnersQuery;
}) {
  authorize(actor, 'partners.read', networkId);
  return queryPartners(db, networkId, query);
}

export async function createPartner({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: PartnerInput;
}) {
  authorize(actor, 'partners.manage', networkId);
  if (input.partnerNetworkId === networkId)
    throw new AppError('validation_failed', undefined, [
      { path: ['partnerNetworkId'], message: 'Kies een ander netwerk dan het eigen netwerk.' },
    ]);
  return db.transaction(async (tx) => {
    const row = await insertPartner(tx, {
      networkId,
      name: input.name,
      kind: input.kind,
      organisationId: input.organisationId ?? null,
      partnerNetworkId: input.partnerNetworkId ?? null,
      agreement: input.agreement ?? null,
      since: input.since ?? null,
      contactName: input.contactName ?? null,
      contactEmail: input.contactEmail ?? null,
      documents: input.documents,
    });
    await writeAudit(tx, { actor, networkId, action: 'partner.create', recordType: 'partner', recordId: row.id });
    return row;
  });
}

export async function linkPartnerActivity({
  db,
  actor,
  networkId,
  partnerId,
  activityId,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  partnerId: string;
  activityId: string;
}) {
  authorize(actor, 'partners.manage', networkId);
  await db.transaction(async (tx) => {
    if (!(await findPartner(tx, networkId, partnerId)) || !(await activityExists(tx, networkId, activityId)))
      throw new AppError('not_found');
    await linkActivity(tx, networkId, partnerId, activityId);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'partner.activity_link',
      recordType: 'partner',
      recordId: partnerId,
      details: { activityId },
    });
  });
}

/** The other networks in the installation, by name (to record one as a partner). */
export async function listInstallationNetworks({
  db,
  actor,
  networkId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
}) {
  authorize(actor, 'partners.manage', networkId);
  return (await networkNames(db)).filter((n) => n.id !== networkId).map((n) => ({ id: n.id, name: n.name }));
}

export async function shareActivity({
  db,
  actor,
  networkId,
  activityId,
  partnerNetworkId,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  activityId: string;
  partnerNetworkId: string;
}) {
  authorize(actor, 'sharing.manage', networkId);
  return db.transaction(async (tx) => {
    if (!(await activityExists(tx, networkId, activityId))) throw new AppError('not_found');
    if (!(await partnerForNetwork(tx, networkId, partnerNetworkId)))
      throw new AppError('conflict', 'share_needs_partner_agreement');
    const share = await upsertActivityShare(tx, { networkId, activityId, partnerNetworkId, sharedBy: actor.userId });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'share.activity',
      recordType: 'activity',
      recordId: activityId,
      details: { partnerNetworkId, shareId: share.id },
    });
    return share;
  });
}

export async function shareOpportunity({
  db,
  actor,
  networkId,
  opportunityId,
  partnerNetworkId,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  opportunityId: string;
  partnerNetworkId: string;
}) {
  authorize(actor, 'sharing.manage', networkId);
  return db.transaction(async (tx) => {
    if (!(await opportunityExists(tx, networkId, opportunityId))) throw new AppError('not_found');
    if (!(await partnerForNetwork(tx, networkId, partnerNetworkId)))
      throw new AppError('conflict', 'share_needs_partner_agreement');
    const share = await upsertOpportunityShare(tx, {
      networkId,
      opportunityId,
      partnerNetworkId,
      sharedBy: actor.userId,
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'share.opportunity',
      recordType: 'work_opportunity',
      recordId: opportunityId,
      details: { partnerNetworkId, shareId: share.id },
    });
    return share;
  });
}

export async function getCoOrganisedAgenda({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'activities.read', networkId);
  return coOrganisedAgenda(db, networkId, actor.persons.get(networkId) ?? null);
}

/** Registers the acting person for a co-organised activity: in the organiser's own table, or as a shared registration. */
export async function registerForCoOrganised({
  db,
  actor,
  networkId,
  ownerNetworkId,
  activityId,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  ownerNetworkId: string;
  activityId: string;
}) {
  authorize(actor, 'activities.register', networkId);
  const personId = actor.persons.get(networkId);
  if (!personId) throw new AppError('conflict', 'not_a_person_here');
  return db.transaction(async (tx) => {
    const share =
      ownerNetworkId === networkId ? null : await findActiveShare(tx, ownerNetworkId, activityId, networkId);
    if (ownerNetworkId !== networkId && !share) throw new AppError('not_found');
    const act = await activityForRegistration(tx, ownerNetworkId, activityId);
    if (!act) throw new AppError('not_found');
    if (act.status !== 'planned') throw new AppError('conflict', 'activity_not_open');
    const status = placeForNewRegistration(act.capacity, act.registered);
    if (share)
      await insertSharedRegistration(tx, {
        networkId,
        shareNetworkId: ownerNetworkId,
        shareId: share.id,
        personId,
        status,
      });
    else await insertOwnRegistration(tx, { networkId, activityId, personId, status });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'registration.co_organised',
      recordType: 'activity',
      recordId: activityId,
      details: { ownerNetworkId },
    });
    return { status };
  });
}

export async function listSharedOpportunities({
  db,
  actor,
  networkId,
  query = { sort: 'title', order: 'asc' },
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query?: SharedOpportunitiesQuery;
}) {
  authorize(actor, 'sharing.read', networkId);
  const rows = await sharedOpportunities(db, networkId);
  const needle = query.search?.toLowerCase();
  const found = needle
    ? rows.filter((r) =>
        [r.title, r.ownerNetworkName, r.organisationName, r.place ?? ''].some((v) => v.toLowerCase().includes(needle)),
      )
    : rows;
  const dir = query.order === 'desc' ? -1 : 1;
  return [...found].sort((a, b) => dir * a[query.sort].localeCompare(b[query.sort], 'nl'));
}

export async function referCandidate({
  db,
  actor,
  networkId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: ReferralInput;
  now?: Date;
}) {
  authorize(actor, 'referrals.manage', networkId);
  return db.transaction(async (tx) => {
    const { candidate, consents } = await candidateWithConsents(tx, networkId, input.candidateId);
    if (!candidate) throw new AppError('not_found');
    if (candidate.erased_at) throw new AppError('conflict', 'referral_candidate_erased');
    let target: ReferralTarget;
    let receiver: string;
    if (input.toNetworkId) {
      const net = (await networkNames(tx)).find((n) => n.id === input.toNetworkId && n.id !== networkId);
      if (!net) throw new AppError('not_found');
      target = { kind: 'network', networkName: net.name, networkSlug: net.slug };
      receiver = net.name;
    } else {
      const p = await findPartner(tx, networkId, input.toPartnerId!);
      if (!p) throw new AppError('not_found');
      target = { kind: 'partner', organisationId: p.organisationId };
      receiver = p.name;
    }
    const allowed = referralFields(consents, target, today(now));
    if (!allowed) throw new AppError('conflict', 'referral_no_consent', undefined, { receiver });
    const { code, erased_at: _erased, ...record } = candidate;
    const row = await insertReferral(tx, {
      networkId,
      candidateId: input.candidateId,
      candidateCode: code,
      toNetworkId: input.toNetworkId ?? null,
      toPartnerId: input.toPartnerId ?? null,
      consentId: allowed.consentId,
      fields: allowed.fields,
      shared: pickFields(record, allowed.fields),
      note: input.note ?? null,
      referredBy: actor.userId,
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'referral.create',
      recordType: 'candidate',
      recordId: input.candidateId,
      details: { referralId: row.id, receiver, fields: allowed.fields, consentId: allowed.consentId },
    });
    return { id: row.id, fields: allowed.fields };
  });
}

export async function listReferrals({
  db,
  actor,
  networkId,
  direction,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  direction: 'incoming' | 'outgoing';
}) {
  authorize(actor, 'referrals.manage', networkId);
  return direction === 'incoming' ? incomingReferrals(db, networkId) : outgoingReferrals(db, networkId);
}

export async function getPartnerView({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'partners.shared', networkId);
  const personId = actor.persons.get(networkId);
  if (!personId) return { partners: [], activities: [], referrals: [] };
  return partnerViewRows(db, networkId, personId);
}

export async function listNews({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'news.read', networkId);
  return listNewsRows(db, networkId);
}

export async function publishNews({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: { kind: string; title: string; body: string };
}) {
  authorize(actor, 'news.manage', networkId);
  return db.transaction(async (tx) => {
    const row = await insertNews(tx, { networkId, ...input, createdBy: actor.userId });
    await writeAudit(tx, { actor, networkId, action: 'news.publish', recordType: 'news_item', recordId: row.id });
    return row;
  });
}
