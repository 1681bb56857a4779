// Shapes of a candidate's own page (decision 020) and of the coordinator's side of it: offering the link, the requests.
import { z } from 'zod';
import { isoDate, itemsOf, timestamp } from '../common.contract.js';
import { CANDIDATE_REQUEST_KINDS } from './portal.js';
import { CHECK_IN_HELP, CHECK_IN_SCORES } from './candidate-check-ins.js';
import { CHECK_IN_MONTHS } from './check-ins.js';
import { optionalSafeText, safeText } from './safe-text.js';

export const portalTokenParams = z.object({ token: z.string().min(1).max(200) });
export const portalConsentParams = portalTokenParams.extend({ consentId: z.uuid() });

export const portalConsent = z.object({
  id: z.string(),
  recipient: z.string(),
  organisationName: z.string().nullable(),
  otherNetworkName: z.string().nullable(),
  fields: z.array(z.string()),
  givenOn: z.string(),
  validUntil: z.string().nullable(),
  withdrawnAt: timestamp.nullable(),
  active: z.boolean(),
});

/** One line of the view log in words: what happened, when, by whom as role and organisation (never a raw id). */
export const portalViewEntry = z.object({
  at: timestamp,
  action: z.string(),
  /** 'self' (the candidate on the own page), 'system' (the installation) or 'person'. */
  by: z.enum(['self', 'system', 'person']),
  roles: z.array(z.string()),
  organisationName: z.string().nullable(),
  fields: z.array(z.string()),
});

export const portalRequest = z.object({
  id: z.string(),
  kind: z.enum(CANDIDATE_REQUEST_KINDS),
  message: z.string(),
  createdAt: timestamp,
  dueOn: isoDate,
  handledAt: timestamp.nullable(),
  handledNote: z.string().nullable(),
});

/** A check-in the candidate can answer now (issue 19): which job, which months, by when. */
export const portalCheckIn = z.object({
  placementId: z.string(),
  months: z.number(),
  dueOn: isoDate,
  organisationName: z.string(),
});

/** An upcoming activity open to candidates (issue 19), such as a matchmaking meeting, and whether the candidate goes. */
export const portalActivity = z.object({
  id: z.string(),
  workForm: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  startsAt: timestamp,
  endsAt: timestamp,
  location: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  full: z.boolean(),
  /** The candidate's own registration, to cancel it; null when not registered. */
  myRegistrationId: z.string().nullable(),
});
export const portalActivityParams = portalTokenParams.extend({ activityId: z.uuid() });
export const portalRegistrationParams = portalTokenParams.extend({ registrationId: z.uuid() });
export const portalRegistered = z.object({ id: z.string() });

export const portalPage = z.object({
  networkName: z.string(),
  expiresAt: timestamp,
  candidate: z.object({
    code: z.string(),
    firstName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    place: z.string().nullable(),
    postcodeArea: z.string().nullable(),
    wishes: z.string().nullable(),
    hoursPerWeek: z.number().nullable(),
    supportNeeded: z.array(z.string()),
    availableFrom: z.string().nullable(),
    targetGroupRegister: z.string(),
    targetGroupRegisterOn: z.string().nullable(),
    status: z.string(),
  }),
  consents: z.array(portalConsent),
  views: z.array(portalViewEntry),
  requests: z.array(portalRequest),
  checkIns: z.array(portalCheckIn),
  activities: z.array(portalActivity),
});
export type PortalPage = z.infer<typeof portalPage>;

export const portalRequestInput = z.object({
  kind: z.enum(CANDIDATE_REQUEST_KINDS),
  message: safeText(2000),
});
export type PortalRequestInput = z.infer<typeof portalRequestInput>;

const monthsLiteral = z.union(
  CHECK_IN_MONTHS.map((m) => z.literal(m)) as [z.ZodLiteral<3>, z.ZodLiteral<6>, z.ZodLiteral<12>],
);
/** The candidate's answer to "hoe gaat het?": a score 1–5, enough help, wants contact, and an optional short note (no BSN). */
export const candidateCheckInInput = z.object({
  placementId: z.uuid(),
  months: monthsLiteral,
  score: z.union(CHECK_IN_SCORES.map((s) => z.literal(s)) as [z.ZodLiteral<1>, ...z.ZodLiteral<2 | 3 | 4 | 5>[]]),
  help: z.enum(CHECK_IN_HELP),
  wantsContact: z.boolean(),
  note: optionalSafeText(500),
});
export type CandidateCheckInInput = z.infer<typeof candidateCheckInInput>;

export const checkInAnswered = z.object({ worrying: z.boolean() });

/** The candidate's answer as the coordinator sees it beside the employer's check-in. */
export const candidateCheckInView = z.object({
  months: z.number(),
  answeredAt: timestamp,
  score: z.number(),
  help: z.enum(CHECK_IN_HELP),
  wantsContact: z.boolean(),
  note: z.string().nullable(),
  worrying: z.boolean(),
  handledAt: timestamp.nullable(),
});

export const portalExportQuery = z.object({ format: z.enum(['json', 'pdf']).default('pdf') });

export const newLinkInput = z.object({ email: z.email().max(254) });
export const neutralReply = z.object({ message: z.string() });
/** A correction or erasure request received: its id and the date by which the coordinator must handle it. */
export const sentRequestReply = z.object({ id: z.string(), dueOn: isoDate });

/** The coordinator's side: whether the link can be offered, and the candidate's requests. */
export const portalStatus = z.object({
  canOffer: z.boolean(),
  /** Why not, as a message code: no e-mail address, no consent, or erased. */
  reason: z.enum(['no_email', 'no_consent', 'erased']).nullable(),
  lastOfferedAt: timestamp.nullable(),
  linkValidUntil: timestamp.nullable(),
  requests: z.array(portalRequest),
});
export const offeredReply = z.object({ expiresAt: timestamp });
export const requestParams = z.object({ networkId: z.uuid(), candidateId: z.uuid(), requestId: z.uuid() });
export const handleRequestInput = z.object({ note: safeText(1000) });
export const requestList = itemsOf(portalRequest);
