// Shapes for work opportunities, matching, match proposals, placements and check-ins. Texts go through the BSN check.
import { z } from 'zod';
import { itemsOf, timestamp } from '../common.contract.js';
import {
  ATTRIBUTION_KINDS,
  CONTRACT_KINDS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  PLACEMENT_END_REASONS,
  SUPPORT_KINDS,
} from './codes.js';
import { CHECK_IN_MONTHS } from './check-ins.js';
import { optionalSafeText, safeText } from './safe-text.js';
import { candidateCheckInView } from './portal.contract.js';
import { EXPORT_FORMATS } from '../export-list.js';
import { hours, isoDate, postcodeAreaInput } from './candidates.contract.js';

const optionalDate = isoDate.nullish().transform((v) => v ?? null);
const listBase = {
  search: z.string().trim().max(200).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  format: z.enum(EXPORT_FORMATS).optional(),
};

export const opportunityParams = z.object({ networkId: z.uuid(), opportunityId: z.uuid() });
export const proposalParams = z.object({ networkId: z.uuid(), proposalId: z.uuid() });
export const placementParams = z.object({ networkId: z.uuid(), placementId: z.uuid() });

/** The orders of the opportunities list, as the web's sort control offers them. */
export const OPPORTUNITY_SORTS = ['createdAt', 'title', 'organisationName', 'hoursPerWeek'] as const;

export const listOpportunitiesQuery = z.object({
  ...listBase,
  status: z.enum(OPPORTUNITY_STATUSES).optional(),
  sort: z.enum(OPPORTUNITY_SORTS).default('createdAt'),
});
export type ListOpportunitiesQuery = z.infer<typeof listOpportunitiesQuery>;

export const createOpportunityInput = z.object({
  organisationId: z.uuid(),
  title: safeText(200),
  kind: z.enum(OPPORTUNITY_KINDS),
  hoursPerWeek: hours.nullish().transform((v) => v ?? null),
  place: optionalSafeText(100),
  postcodeArea: postcodeAreaInput,
  requirements: optionalSafeText(2000),
  supportOffered: z.array(z.enum(SUPPORT_KINDS)).max(SUPPORT_KINDS.length).default([]),
  startsOn: optionalDate,
  activityId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
});
export type CreateOpportunityInput = z.infer<typeof createOpportunityInput>;
/** Editing an opportunity: everything but the employer and the activity it came from, with the status and version. */
export const updateOpportunityInput = createOpportunityInput
  .omit({ organisationId: true, activityId: true })
  .extend({ status: z.enum(OPPORTUNITY_STATUSES), version: z.number().int().min(1) });
export type UpdateOpportunityInput = z.infer<typeof updateOpportunityInput>;
export const updateOpportunityStatusInput = z.object({
  status: z.enum(OPPORTUNITY_STATUSES),
  version: z.number().int().min(1),
});

export const opportunityView = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  title: z.string(),
  kind: z.string(),
  hoursPerWeek: z.number().nullable(),
  place: z.string().nullable(),
  postcodeArea: z.string().nullable(),
  requirements: z.string().nullable(),
  supportOffered: z.array(z.string()),
  startsOn: z.string().nullable(),
  status: z.string(),
  activityId: z.string().nullable(),
  createdAt: timestamp,
  version: z.number(),
});
export const opportunityPage = z.object({
  items: z.array(opportunityView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const scorePart = z.object({ key: z.string(), points: z.number(), max: z.number() }).catchall(z.unknown());
export const scoreView = z.object({ total: z.number(), parts: z.array(scorePart) });
export const candidateMatch = z.object({
  candidateId: z.string(),
  code: z.string(),
  status: z.string(),
  proposed: z.boolean(),
  score: scoreView,
});
export const opportunityMatch = z.object({
  opportunityId: z.string(),
  title: z.string(),
  organisationName: z.string(),
  proposed: z.boolean(),
  score: scoreView,
});

export const createProposalInput = z.object({
  candidateId: z.uuid(),
  opportunityId: z.uuid(),
  note: optionalSafeText(1000),
});
export const proposalView = z.object({
  id: z.string(),
  candidateId: z.string(),
  candidateCode: z.string(),
  targetGroupRegister: z.string(),
  opportunityId: z.string(),
  opportunityTitle: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  score: z.number(),
  status: z.string(),
  proposedAt: timestamp,
  respondedAt: timestamp.nullable(),
});
export const employerProposalView = z.object({
  id: z.string(),
  opportunityTitle: z.string(),
  score: z.number(),
  status: z.string(),
  proposedAt: timestamp,
  note: z.string().nullable(),
  candidate: z.object({
    code: z.string(),
    fields: z.array(z.string()),
    shared: z.record(z.string(), z.unknown()),
  }),
});
export const respondInput = z.object({ response: z.enum(['accepted', 'declined']) });

/** The orders of the placements list, as the web's sort control offers them. */
export const PLACEMENT_SORTS = ['startsOn', 'candidateCode', 'organisationName', 'hoursPerWeek'] as const;

export const listPlacementsQuery = z.object({
  ...listBase,
  active: z.enum(['true', 'false']).optional(),
  sort: z.enum(PLACEMENT_SORTS).default('startsOn'),
});
export type ListPlacementsQuery = z.infer<typeof listPlacementsQuery>;

export const createPlacementInput = z.object({
  candidateId: z.uuid(),
  organisationId: z.uuid(),
  opportunityId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  startsOn: isoDate,
  hoursPerWeek: hours.refine((h) => h > 0, 'Vul het aantal uren per week in.'),
  contractKind: z.enum(CONTRACT_KINDS),
  jobcoach: z.boolean().default(false),
  wageSubsidy: z.boolean().default(false),
  noRiskPolicy: z.boolean().default(false),
  attributionKind: z
    .enum(ATTRIBUTION_KINDS)
    .nullish()
    .transform((v) => v ?? null),
  attributionId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
});
export type CreatePlacementInput = z.infer<typeof createPlacementInput>;

export const endPlacementInput = z.object({
  endsOn: isoDate,
  endReason: z.enum(PLACEMENT_END_REASONS),
  /** Optionally the candidate leaves the network's guidance at the same time: uitgestroomd or gestopt, with a reason. */
  candidateStatus: z
    .enum(['left', 'stopped'])
    .nullish()
    .transform((v) => v ?? null),
  candidateReason: optionalSafeText(1000),
  version: z.number().int().min(1),
});
export type EndPlacementInput = z.infer<typeof endPlacementInput>;

export const checkInInput = z.object({
  months: z.union(CHECK_IN_MONTHS.map((m) => z.literal(m)) as [z.ZodLiteral<3>, z.ZodLiteral<6>, z.ZodLiteral<12>]),
  heldOn: isoDate,
  stillEmployed: z.boolean(),
  hoursPerWeek: hours.nullish().transform((v) => v ?? null),
  note: optionalSafeText(2000),
});
export type CheckInInput = z.infer<typeof checkInInput>;

export const placementView = z.object({
  id: z.string(),
  candidateId: z.string(),
  candidateCode: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  opportunityId: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  endReason: z.string().nullable(),
  hoursPerWeek: z.number(),
  contractKind: z.string(),
  targetGroupRegister: z.string(),
  jobs: z.number(),
  jobcoach: z.boolean(),
  wageSubsidy: z.boolean(),
  noRiskPolicy: z.boolean(),
  attributionKind: z.string().nullable(),
  attributionId: z.string().nullable(),
  version: z.number(),
});
export const placementPage = z.object({
  items: z.array(placementView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  totalJobs: z.number(),
});
export const checkInView = z.object({
  id: z.string(),
  months: z.number(),
  heldOn: z.string(),
  stillEmployed: z.boolean(),
  hoursPerWeek: z.number().nullable(),
  note: z.string().nullable(),
});
export const placementDetail = placementView.extend({
  checkIns: z.array(checkInView),
  dueDates: z.array(z.object({ months: z.number(), dueOn: z.string(), done: z.boolean() })),
  /** The candidate's own answers (issue 19), shown beside the employer's check-in of the same months. */
  candidateCheckIns: z.array(candidateCheckInView),
});
export const candidateCheckInParams = placementParams.extend({
  months: z.coerce.number().pipe(z.union([z.literal(3), z.literal(6), z.literal(12)])),
});

/** `now` is honoured only when the app runs under test (NODE_ENV=test) or with NETWERKREGIE_TEST_CLOCK=1; see docs. */
export const dueQuery = z.object({ now: isoDate.optional() });
export const dueCheckInView = z.object({
  placementId: z.string(),
  candidateCode: z.string(),
  organisationName: z.string(),
  startsOn: z.string(),
  months: z.number(),
  dueOn: z.string(),
  overdue: z.boolean(),
});

export const candidateMatches = itemsOf(candidateMatch);
export const opportunityMatches = itemsOf(opportunityMatch);
export const proposals = itemsOf(proposalView);
export const employerProposals = itemsOf(employerProposalView);
export const dueCheckIns = itemsOf(dueCheckInView);
export const proposalCreated = z.object({ id: z.string(), score: z.number() });
export const proposalResponded = z.object({ status: z.string() });
export const placementCreated = z.object({ id: z.string(), jobs: z.number() });
export const placementEnded = z.object({ version: z.number(), candidateStatus: z.string().nullable() });
