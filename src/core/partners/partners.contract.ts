// Shapes for partners, shares with other networks, referrals, the partner's own view and news. The contract of the partners
// domain (decision 018): read by the routes and by the web feature.
import { z } from 'zod';
import { itemsOf, timestamp } from '../common.contract.js';
import { EXPORT_FORMATS } from '../export-list.js';
import { NEWS_KINDS, PARTNER_KINDS } from './partner-rules.js';

export const partnerInput = z.object({
  name: z.string().trim().min(2).max(200),
  kind: z.enum(PARTNER_KINDS),
  organisationId: z.uuid().nullish(),
  partnerNetworkId: z.uuid().nullish(),
  agreement: z.string().trim().max(4000).nullish(),
  since: z.iso.date().nullish(),
  contactName: z.string().trim().max(200).nullish(),
  contactEmail: z.email().nullish(),
  documents: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
});
export type PartnerInput = z.infer<typeof partnerInput>;

export const partnerRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  organisationId: z.string().nullable(),
  partnerNetworkId: z.string().nullable(),
  partnerNetworkName: z.string().nullable(),
  agreement: z.string().nullable(),
  since: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  documents: z.array(z.string()),
  activityCount: z.number(),
});

/** The orders of the partners list, as the web's sort control offers them. */
export const PARTNER_SORTS = ['name', 'kind', 'since'] as const;

export const listPartnersQuery = z.object({
  search: z.string().trim().max(100).optional(),
  kind: z.enum(PARTNER_KINDS).optional(),
  sort: z.enum(PARTNER_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListPartnersQuery = z.infer<typeof listPartnersQuery>;

export const agendaItem = z.object({
  ownerNetworkId: z.string(),
  ownerNetworkName: z.string(),
  activityId: z.string(),
  title: z.string(),
  startsAt: timestamp,
  endsAt: timestamp,
  location: z.string().nullable(),
  coOrganisers: z.array(z.string()),
  registrations: z.number(),
  registeredByMe: z.boolean(),
});

export const shareInput = z.object({ partnerNetworkId: z.uuid() });
export const activityParams = z.object({ networkId: z.uuid(), activityId: z.uuid() });
export const opportunityParams = z.object({ networkId: z.uuid(), opportunityId: z.uuid() });
export const partnerParams = z.object({ networkId: z.uuid(), partnerId: z.uuid() });
export const registerParams = z.object({ networkId: z.uuid(), ownerNetworkId: z.uuid(), activityId: z.uuid() });

export const referralInput = z
  .object({
    candidateId: z.uuid(),
    toNetworkId: z.uuid().nullish(),
    toPartnerId: z.uuid().nullish(),
    note: z.string().trim().max(2000).nullish(),
  })
  .refine((v) => Boolean(v.toNetworkId) !== Boolean(v.toPartnerId), {
    message: 'Kies één ontvanger: een ander netwerk of een partner.',
    path: ['toNetworkId'],
  });
export type ReferralInput = z.infer<typeof referralInput>;

export const referralRow = z.object({
  id: z.string(),
  fromNetworkName: z.string(),
  toName: z.string(),
  candidateCode: z.string(),
  fields: z.array(z.string()),
  shared: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  status: z.string(),
  referredAt: timestamp,
});

export const sharedOpportunityRow = z.object({
  ownerNetworkName: z.string(),
  opportunityId: z.string(),
  title: z.string(),
  kind: z.string(),
  hoursPerWeek: z.number().nullable(),
  place: z.string().nullable(),
  organisationName: z.string(),
});

export const newsInput = z.object({
  kind: z.enum(NEWS_KINDS),
  title: z.string().trim().min(2).max(200),
  body: z.string().trim().min(1).max(4000),
});
export const newsRow = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  publishedAt: timestamp,
});

/** The orders of the list of opportunities other networks share, as the web's sort control offers them. */
export const SHARED_OPPORTUNITY_SORTS = ['title', 'ownerNetworkName', 'organisationName'] as const;

export const sharedOpportunitiesQuery = z.object({
  search: z.string().trim().max(100).optional(),
  sort: z.enum(SHARED_OPPORTUNITY_SORTS).default('title'),
  order: z.enum(['asc', 'desc']).default('asc'),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type SharedOpportunitiesQuery = z.infer<typeof sharedOpportunitiesQuery>;

export const linkActivityInput = z.object({ activityId: z.uuid() });
export const referralsQuery = z.object({ direction: z.enum(['incoming', 'outgoing']).default('incoming') });

// ---- replies ------------------------------------------------------------------------------------------------------------

export const partners = itemsOf(partnerRow);
export const installationNetworks = itemsOf(z.object({ id: z.string(), name: z.string() }));
export const coOrganisedAgenda = itemsOf(agendaItem);
export const coRegistration = z.object({ status: z.string() });
export const sharedOpportunities = itemsOf(sharedOpportunityRow);
export const referralCreated = z.object({ id: z.string(), fields: z.array(z.string()) });
export const referrals = itemsOf(referralRow);
export const news = itemsOf(newsRow);

/** What a partner sees: its own partner records, the activities shared with it and the referrals made to it. */
export const partnerView = z.object({
  partners: z.array(z.object({ id: z.string(), name: z.string() })),
  activities: z.array(
    z.object({ id: z.string(), title: z.string(), startsAt: timestamp, location: z.string().nullable() }),
  ),
  referrals: z.array(referralRow),
});

/** The network's own activities as this feature reads them from the agenda (to share one or link a partner to it). */
export const ownActivities = itemsOf(z.object({ id: z.string(), title: z.string(), startsAt: timestamp }));
