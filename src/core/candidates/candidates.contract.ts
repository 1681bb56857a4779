// Shapes for candidates, consents, the view log, rights requests and retention. Every text input goes through the BSN check.
import { z } from 'zod';
import { isoDate, itemsOf, timestamp } from '../common.contract.js';
import { CANDIDATE_STATUSES, CONSENT_RECIPIENTS, REFERRERS, SHAREABLE_FIELDS, SUPPORT_KINDS } from './codes.js';
import { TARGET_GROUP_REGISTER } from './job-agreement.js';
import { noBsn, optionalSafeText, safeText } from './safe-text.js';
import { EXPORT_FORMATS } from '../export-list.js';

export { isoDate };
const optionalDate = isoDate.nullish().transform((v) => v ?? null);
export const hours = z.coerce.number().min(0).max(60).multipleOf(0.5);
export const postcodeAreaInput = noBsn(
  z
    .string()
    .trim()
    .regex(/^[1-9]\d{3}$/, 'Vul de 4 cijfers van de postcode in, bijvoorbeeld 8011.')
    .nullish()
    .transform((v) => v ?? null),
);

export const candidateParams = z.object({ networkId: z.uuid(), candidateId: z.uuid() });
export const consentParams = candidateParams.extend({ consentId: z.uuid() });

/** The orders of the candidates list; the web's sort control offers them in this order (relevance only while searching). */
export const CANDIDATE_SORTS = ['relevance', 'createdAt', 'code', 'status', 'hoursPerWeek'] as const;

export const listCandidatesQuery = z.object({
  search: z.string().trim().max(200).optional(),
  status: z.enum(CANDIDATE_STATUSES).optional(),
  /** Without one: by relevance when searching, else newest first. */
  sort: z.enum(CANDIDATE_SORTS).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListCandidatesQuery = z.infer<typeof listCandidatesQuery>;

/** The list shows pseudonymous codes and no personal fields, so browsing it is not a view of personal data. */
export const candidateRow = z.object({
  id: z.string(),
  code: z.string(),
  status: z.string(),
  place: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  referredBy: z.string().nullable(),
  targetGroupRegister: z.string(),
  erased: z.boolean(),
  createdAt: timestamp,
});
export const candidatePage = z.object({
  items: z.array(candidateRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

const candidateFields = {
  firstName: safeText(100),
  email: noBsn(
    z
      .email()
      .max(254)
      .nullish()
      .or(z.literal(''))
      .transform((v) => v || null),
  ),
  phone: optionalSafeText(40),
  place: optionalSafeText(100),
  postcodeArea: postcodeAreaInput,
  wishes: optionalSafeText(2000),
  hoursPerWeek: hours.nullish().transform((v) => v ?? null),
  supportNeeded: z.array(z.enum(SUPPORT_KINDS)).max(SUPPORT_KINDS.length).default([]),
  availableFrom: optionalDate,
  referredBy: z
    .enum(REFERRERS)
    .nullish()
    .transform((v) => v ?? null),
  targetGroupRegister: z.enum(TARGET_GROUP_REGISTER).default('unknown'),
  targetGroupRegisterOn: optionalDate,
};

export const consentInput = z.object({
  recipient: z.enum(CONSENT_RECIPIENTS),
  organisationId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  otherNetworkName: optionalSafeText(200),
  fields: z.array(z.enum(SHAREABLE_FIELDS)).max(SHAREABLE_FIELDS.length).default([]),
  givenOn: isoDate,
  validUntil: optionalDate,
});
export type ConsentInput = z.infer<typeof consentInput>;

export const createCandidateInput = z.object({
  ...candidateFields,
  /** Registration needs the candidate's consent for the own network; sharing with proposed employers is optional. */
  consent: z.object({
    givenOn: isoDate,
    validUntil: optionalDate,
    shareWithProposedEmployers: z.array(z.enum(SHAREABLE_FIELDS)).max(SHAREABLE_FIELDS.length).default([]),
  }),
});
export type CreateCandidateInput = z.infer<typeof createCandidateInput>;

export const updateCandidateInput = z.object({ ...candidateFields, version: z.number().int().min(1) });
export type UpdateCandidateInput = z.infer<typeof updateCandidateInput>;

export const changeStatusInput = z.object({
  status: z.enum(CANDIDATE_STATUSES),
  reason: optionalSafeText(1000),
  version: z.number().int().min(1),
});
export type ChangeStatusInput = z.infer<typeof changeStatusInput>;

export const eraseInput = z.object({ reason: safeText(1000) });

export const consentView = z.object({
  id: z.string(),
  recipient: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  otherNetworkName: z.string().nullable(),
  fields: z.array(z.string()),
  givenOn: z.string(),
  validUntil: z.string().nullable(),
  recordedBy: z.string().nullable(),
  withdrawnAt: timestamp.nullable(),
  active: z.boolean(),
});

export const candidateDetail = z.object({
  id: z.string(),
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
  referredBy: z.string().nullable(),
  targetGroupRegister: z.string(),
  targetGroupRegisterOn: z.string().nullable(),
  status: z.string(),
  statusReason: z.string().nullable(),
  leftOn: z.string().nullable(),
  erasedAt: timestamp.nullable(),
  eraseOn: z.string().nullable(),
  createdAt: timestamp,
  version: z.number(),
  consents: z.array(consentView),
  statusHistory: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      reason: z.string().nullable(),
      changedBy: z.string().nullable(),
      changedAt: timestamp,
    }),
  ),
});
export type CandidateDetail = z.infer<typeof candidateDetail>;

export const viewLogEntry = z.object({
  at: timestamp,
  action: z.string(),
  actorName: z.string().nullable(),
  fields: z.array(z.string()),
});

export const exportQuery = z.object({ format: z.enum(['json', 'pdf']).default('json') });

export const candidateSettings = z.object({
  retentionMonths: z.number().int().min(1).max(120),
  backOfficePersonalData: z.boolean(),
  /** Optimistic concurrency, as on every edited record: a save with an older version is refused with 409. */
  version: z.number().int().min(1),
});
export type CandidateSettings = z.infer<typeof candidateSettings>;

export const retentionInput = z.object({ dryRun: z.boolean().default(true) });
export const retentionResult = z.object({
  dryRun: z.boolean(),
  today: z.string(),
  erased: z.array(z.object({ id: z.string(), code: z.string(), leftOn: z.string(), eraseOn: z.string() })),
});

/** A suppressed count (decision 013): "< 5" below 5, "×" withheld beside a small cell so it cannot be worked out. */
const suppressedCell = z.union([z.number(), z.literal('< 5'), z.literal('×')]);
export const statistics = z.object({
  candidatesTotal: suppressedCell,
  candidatesByStatus: z.array(z.object({ status: z.string(), count: suppressedCell })),
  placements: z.object({
    total: suppressedCell,
    active: suppressedCell,
    activeJobs: z.union([z.number(), z.literal('< 5')]),
  }),
  placementsByContract: z.array(z.object({ contractKind: z.string(), count: suppressedCell })),
});

export const candidateCreated = z.object({ id: z.string(), code: z.string() });
export const statusChanged = z.object({ version: z.number(), status: z.string() });
export const viewLog = itemsOf(viewLogEntry);

/** Link a klankbordgroep member (an ervaringsdeskundige) to this candidate record (issue 19). */
export const livedExperienceInput = z.object({ personId: z.uuid() });
export type LivedExperienceInput = z.infer<typeof livedExperienceInput>;
/** The link, whether it counts today (the candidate's consent for it is active), and who may be linked. */
export const livedExperienceView = z.object({
  link: z.object({ personId: z.string(), name: z.string(), linkedAt: timestamp, inEffect: z.boolean() }).nullable(),
  consentActive: z.boolean(),
  soundingBoard: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type LivedExperienceView = z.infer<typeof livedExperienceView>;
