// The agenda contract (decision 018): needs, activities, registrations, calendar feeds and the public agenda. Read by the
// server's agenda routes and by the web's agenda feature.
import { z } from 'zod';
import {
  ACTIVITY_STATUSES,
  INITIATOR_KINDS,
  NEED_STATUSES,
  NEED_THEMES,
  REGISTRATION_ROLES,
  WORK_FORMS,
} from './agenda-rules.js';
import { EXPORT_FORMATS } from '../export-list.js';
import { timestamp } from '../common.contract.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const needParams = z.object({ networkId: z.uuid(), needId: z.uuid() });
export const activityParams = z.object({ networkId: z.uuid(), activityId: z.uuid() });
export const registrationParams = activityParams.extend({ registrationId: z.uuid() });

export const listNeedsQuery = z.object({
  status: z.enum(NEED_STATUSES).optional(),
  theme: z.enum(NEED_THEMES).optional(),
  search: z.string().trim().max(200).optional(),
  sort: z.enum(['createdAt', 'supporters', 'title']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  /** Keyset paging: at most pageSize rows after `cursor` (the nextCursor of the previous page). */
  pageSize: z.coerce.number().int().min(1).max(200).default(100),
  cursor: z.string().max(500).optional(),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListNeedsQuery = z.infer<typeof listNeedsQuery>;

export const needRow = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  theme: z.string(),
  status: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  supporters: z.number(),
  supportedByMe: z.boolean(),
  ownNeed: z.boolean(),
  activityId: z.string().nullable(),
  activityTitle: z.string().nullable(),
  activityStartsAt: timestamp.nullable(),
  outcomeNote: z.string().nullable(),
  createdAt: timestamp,
});

export const raiseNeedInput = z.object({
  title: z.string().trim().min(3).max(200),
  description: optionalText(4000),
  theme: z.enum(NEED_THEMES),
  /** The coordinator may raise a need on behalf of a member organisation. */
  organisationId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
});
export type RaiseNeedInput = z.infer<typeof raiseNeedInput>;
export const supportNeedInput = z.object({
  organisationId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
});
export const evaluateNeedInput = z.object({ outcome: z.enum(['met', 'not_met']), note: optionalText(2000) });

export const activityInput = z
  .object({
    workForm: z.enum(WORK_FORMS),
    title: z.string().trim().min(3).max(200),
    description: optionalText(4000),
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    location: optionalText(300),
    // Only web addresses: a javascript: or data: URL would run script when the link is opened.
    onlineUrl: z
      .url({ protocol: /^https?$/, error: 'Vul een webadres in dat begint met https:// of http://.' })
      .max(500)
      .nullish()
      .transform((v) => v ?? null),
    hostOrganisationId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    initiatorKind: z.enum(INITIATOR_KINDS),
    initiatorOrganisationId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    capacity: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .nullish()
      .transform((v) => v ?? null),
    isPublic: z.boolean().default(false),
    /** Candidates may take part; when left out, a matchmaking meeting is open to candidates and other forms are not. */
    openToCandidates: z.boolean().optional(),
    needIds: z.array(z.uuid()).max(20).default([]),
  })
  .refine((a) => a.endsAt > a.startsAt, { path: ['endsAt'], message: 'Het einde moet na het begin liggen.' });
export type ActivityInput = z.infer<typeof activityInput>;
export const updateActivityInput = z.object({
  capacity: z.number().int().min(1).max(10_000).nullable().optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  openToCandidates: z.boolean().optional(),
  version: z.number().int().min(1),
});

export const listActivitiesQuery = z.object({
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  workForm: z.enum(WORK_FORMS).optional(),
  search: z.string().trim().max(200).optional(),
  /** Keyset paging: at most pageSize rows after `cursor` (the nextCursor of the previous page). */
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListActivitiesQuery = z.infer<typeof listActivitiesQuery>;

/** A page of a keyset-paged list: the total over the filters, and the cursor of the next page (null on the last). */
export const keysetPageOf = <T extends z.ZodType>(row: T) =>
  z.object({ items: z.array(row), total: z.number().int(), nextCursor: z.string().nullable() });

export const activityRow = z.object({
  id: z.string(),
  workForm: z.string(),
  title: z.string(),
  startsAt: timestamp,
  endsAt: timestamp,
  location: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  hostName: z.string().nullable(),
  initiatorKind: z.string(),
  capacity: z.number().nullable(),
  status: z.string(),
  isPublic: z.boolean(),
  openToCandidates: z.boolean(),
  /** People of member organisations (and others in the network) as attendee with a place; never candidates. */
  registered: z.number(),
  waitlisted: z.number(),
  attended: z.number(),
  /** Candidates registered and present, counted apart from the employers (issue 19). */
  candidatesRegistered: z.number(),
  candidatesAttended: z.number(),
  needCount: z.number(),
  myRegistrationId: z.string().nullable(),
  myStatus: z.string().nullable(),
});

export const registrationView = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  organisationName: z.string().nullable(),
  status: z.string(),
  role: z.string(),
  attended: z.boolean().nullable(),
  rating: z.number().nullable(),
  needMet: z.boolean().nullable(),
  evaluationComment: z.string().nullable(),
  registeredAt: timestamp,
});

/**
 * A candidate at an activity. Whoever works with candidates (candidates.read) sees every registration with the code and
 * first name; anyone else sees only the candidates who consented to share with their organisation, and only the consented
 * fields; the others are in `candidatesRegistered` as a number.
 */
export const candidateRegistrationView = z.object({
  id: z.string(),
  /** Only for whoever works with candidates. */
  candidateId: z.string().nullable(),
  code: z.string(),
  firstName: z.string().nullable(),
  place: z.string().nullable(),
  wishes: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  status: z.string(),
  registeredBy: z.string().nullable(),
  attended: z.boolean().nullable(),
  registeredAt: timestamp,
});
export type CandidateRegistrationView = z.infer<typeof candidateRegistrationView>;

export const activityDetail = activityRow.extend({
  description: z.string().nullable(),
  hostOrganisationId: z.string().nullable(),
  version: z.number(),
  needs: z.array(
    z.object({ id: z.string(), title: z.string(), status: z.string(), organisationName: z.string().nullable() }),
  ),
  registrations: z.array(registrationView),
  candidateRegistrations: z.array(candidateRegistrationView),
  /** Whether the reader works with candidates and may register them here. */
  managesCandidates: z.boolean(),
  /** Whether the reader runs this activity: manages the agenda, or organises or hosts it for their own organisation. */
  runsActivity: z.boolean(),
  myRegistration: registrationView.nullable(),
  evaluation: z.object({
    count: z.number(),
    averageRating: z.number().nullable(),
    helped: z.number(),
    suggestedOutcome: z.enum(['met', 'not_met']).nullable(),
  }),
});

export const registerInput = z.object({
  personId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  role: z.enum(REGISTRATION_ROLES).default('attendee'),
});
export const registerCandidateInput = z.object({ candidateId: z.uuid() });
export const candidateRegistrationParams = activityParams.extend({ candidateRegistrationId: z.uuid() });
export const attendanceInput = z.object({ attended: z.boolean() });
export const evaluationInput = z.object({
  rating: z.number().int().min(1).max(5),
  needMet: z.boolean().nullable(),
  comment: optionalText(2000),
});

export const feedInput = z.object({ scope: z.enum(['network', 'personal']) });
export const feedParams = z.object({ networkId: z.uuid(), feedId: z.uuid() });
export const feedRow = z.object({ id: z.string(), scope: z.enum(['network', 'personal']), createdAt: timestamp });
export const publicAgendaSetting = z.object({ publicAgenda: z.boolean() });
export const publicActivity = z.object({
  id: z.string(),
  workForm: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  startsAt: timestamp,
  endsAt: timestamp,
  location: z.string().nullable(),
  hostName: z.string().nullable(),
  full: z.boolean(),
});

/** The address of a calendar feed's file (a secret token and `.ics`). */
export const feedFileParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,80}\.ics$/) });
export const publicAgendaParams = z.object({ slug: z.string().min(1).max(100) });

// ---- replies, named so the routes and the browser read the same shape

export const ok = z.object({ ok: z.literal(true) });
export const needsPage = keysetPageOf(needRow);
export const activitiesPage = keysetPageOf(activityRow);
/** A registration: registered, or on the waiting list when the activity is full. */
export const registered = z.object({ id: z.string(), status: z.string() });
/** A cancelled registration, and how many from the waiting list took the place. */
export const registrationCancelled = z.object({ promoted: z.number() });
export const feeds = z.object({ items: z.array(feedRow) });
/** A new calendar feed and its secret address (shown once). */
export const feedCreated = z.object({ id: z.string(), url: z.string() });
export const publicAgenda = z.object({
  network: z.object({ name: z.string(), slug: z.string() }),
  items: z.array(publicActivity),
});
