// The governance contract (decision 018): the organisation in use — role assignments with terms, tasks, gap signals,
// bodies, meetings, decisions and admissions. Read by the server's routes and by the web's governance feature.
import { z } from 'zod';
import { ADVICE_OUTCOMES } from '../advice/advice-rules.js';
import { NETWORK_ROLES } from '../access/permissions.js';
import { BODY_KINDS } from '../design/design-apply.js';
import { GAP_SIGNAL_CODES } from '../design/gap-signals.js';
import { EXPORT_FORMATS } from '../export-list.js';
import { isoDate, itemsOf, timestamp } from '../common.contract.js';

const sortOrder = z.enum(['asc', 'desc']).default('asc');

export const TASK_STATUSES = ['open', 'in_progress', 'done'] as const;
export const TASK_SOURCES = ['design', 'decision', 'manual'] as const;
export const DECISION_KINDS = ['admission', 'direction', 'agenda', 'financial', 'governance', 'other'] as const;

export const assignmentParams = z.object({ networkId: z.uuid(), assignmentId: z.uuid() });
export const taskParams = z.object({ networkId: z.uuid(), taskId: z.uuid() });
export const meetingParams = z.object({ networkId: z.uuid(), meetingId: z.uuid() });

export const listAssignmentsQuery = z.object({
  search: z.string().trim().max(200).optional(),
  role: z.enum(NETWORK_ROLES).optional(),
  includeEnded: z.coerce.boolean().default(false),
  sort: z.enum(['personName', 'role', 'startsOn', 'endsOn']).default('personName'),
  order: sortOrder,
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListAssignmentsQuery = z.infer<typeof listAssignmentsQuery>;

export const assignmentRow = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  role: z.string(),
  bodyId: z.string().nullable(),
  bodyName: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  current: z.boolean(),
});

export const assignRoleInput = z
  .object({
    personId: z.uuid(),
    role: z.enum(NETWORK_ROLES),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    bodyId: z.uuid().optional(),
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: 'De einddatum van de termijn ligt vóór de begindatum.',
  });
export type AssignRoleInput = z.infer<typeof assignRoleInput>;

export const endTermInput = z.object({ endsOn: isoDate });

export const listTasksQuery = z.object({
  search: z.string().trim().max(200).optional(),
  status: z.enum(TASK_STATUSES).optional(),
  role: z.string().max(40).optional(),
  assigneePersonId: z.uuid().optional(),
  source: z.enum(TASK_SOURCES).optional(),
  sort: z.enum(['label', 'dueOn', 'status', 'responsibleRole', 'assigneeName']).default('label'),
  order: sortOrder,
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListTasksQuery = z.infer<typeof listTasksQuery>;

export const taskRow = z.object({
  id: z.string(),
  code: z.string().nullable(),
  title: z.string().nullable(),
  source: z.enum(TASK_SOURCES),
  responsibleRole: z.string().nullable(),
  assigneePersonId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  decisionId: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  version: z.number(),
});
export type TaskRow = z.infer<typeof taskRow>;

export const createTaskInput = z.object({
  title: z.string().trim().min(1).max(300),
  responsibleRole: z.enum(NETWORK_ROLES).optional(),
  assigneePersonId: z.uuid().optional(),
  dueOn: isoDate.optional(),
});
export type CreateTaskInput = z.infer<typeof createTaskInput>;

export const updateTaskInput = z.object({
  version: z.number().int().min(1),
  status: z.enum(TASK_STATUSES).optional(),
  assigneePersonId: z.uuid().nullable().optional(),
  dueOn: isoDate.nullable().optional(),
  responsibleRole: z.enum(NETWORK_ROLES).nullable().optional(),
});
export type UpdateTaskInput = z.infer<typeof updateTaskInput>;

export const gapSignal = z.object({
  code: z.enum(GAP_SIGNAL_CODES),
  severity: z.enum(['high', 'medium', 'low']),
  role: z.string().optional(),
  taskId: z.string().optional(),
  taskLabel: z.string().optional(),
  personId: z.string().optional(),
  personName: z.string().optional(),
  count: z.number().optional(),
  fromMembers: z.number().optional(),
  unknownOrganisation: z.number().optional(),
  endsOn: z.string().optional(),
  daysLeft: z.number().optional(),
});
export const gapsReply = z.object({ designVersion: z.number().nullable(), signals: z.array(gapSignal) });

export const bodyRow = z.object({
  id: z.string(),
  kind: z.enum(BODY_KINDS),
  name: z.string(),
  theme: z.string().nullable(),
  members: z.array(z.object({ personId: z.string(), personName: z.string(), role: z.string() })),
});
export const createBodyInput = z
  .object({
    kind: z.enum(BODY_KINDS),
    name: z.string().trim().min(1).max(200),
    theme: z.string().trim().min(1).max(200).optional(),
  })
  .refine((v) => v.kind !== 'theme_group' || v.theme, {
    path: ['theme'],
    message: 'Een themagroep heeft een thema nodig.',
  });
export type CreateBodyInput = z.infer<typeof createBodyInput>;

export const listMeetingsQuery = z.object({ bodyId: z.uuid().optional() });
export const meetingRow = z.object({
  id: z.string(),
  bodyId: z.string(),
  bodyName: z.string(),
  startsAt: timestamp,
  agenda: z.string(),
  minutes: z.string(),
  version: z.number(),
  present: z.number(),
});
export const meetingDetail = meetingRow.extend({
  attendance: z.array(z.object({ personId: z.string(), personName: z.string(), present: z.boolean() })),
});
export const createMeetingInput = z.object({
  bodyId: z.uuid(),
  startsAt: z.coerce.date(),
  agenda: z.string().max(20_000).default(''),
});
export type CreateMeetingInput = z.infer<typeof createMeetingInput>;
export const updateMeetingInput = z.object({
  version: z.number().int().min(1),
  agenda: z.string().max(20_000).optional(),
  minutes: z.string().max(50_000).optional(),
});
export type UpdateMeetingInput = z.infer<typeof updateMeetingInput>;
export const attendanceInput = z.object({
  attendance: z.array(z.object({ personId: z.uuid(), present: z.boolean() })).max(500),
  /** The meeting's version as the screen showed it: the attendance list is part of the meeting; 409 when stale. */
  version: z
    .number()
    .int()
    .min(1)
    .describe(
      'De versie van de vergadering zoals het scherm die las; de aanwezigheid hoort bij de vergadering (409 als die intussen gewijzigd is)',
    ),
});

/** The orders of the decision log, as the web's sort control offers them. */
export const DECISION_SORTS = ['decidedOn', 'bodyName', 'kind'] as const;

export const listDecisionsQuery = z.object({
  search: z.string().trim().max(200).optional(),
  kind: z.enum(DECISION_KINDS).optional(),
  bodyId: z.uuid().optional(),
  sort: z.enum(DECISION_SORTS).default('decidedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListDecisionsQuery = z.infer<typeof listDecisionsQuery>;

export const decisionRow = z.object({
  id: z.string(),
  bodyId: z.string(),
  bodyName: z.string(),
  meetingId: z.string().nullable(),
  decidedOn: z.string(),
  text: z.string(),
  kind: z.enum(DECISION_KINDS),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  reason: z.string(),
  sharedWithFunder: z.boolean(),
  sharedWithMembers: z.boolean(),
  actionItems: z.number(),
  /** The klankbordgroep's advice linked to this decision and what was done with it (advice module). */
  advice: z.array(
    z.object({
      id: z.string(),
      question: z.string().nullable(),
      authorName: z.string().nullable(),
      text: z.string(),
      outcome: z.enum(ADVICE_OUTCOMES).nullable(),
      outcomeReason: z.string(),
    }),
  ),
});
export type DecisionRow = z.infer<typeof decisionRow>;

/** What a funder sees of a shared decision: the decision itself, not who proposed it or the meeting behind it. */
export const sharedDecisionRow = decisionRow.pick({
  id: true,
  bodyName: true,
  decidedOn: true,
  text: true,
  kind: true,
  organisationName: true,
  reason: true,
});

export const createDecisionInput = z
  .object({
    bodyId: z.uuid(),
    meetingId: z.uuid().optional(),
    decidedOn: isoDate,
    text: z.string().trim().min(1).max(5000),
    kind: z.enum(DECISION_KINDS),
    organisationId: z.uuid().optional(),
    reason: z.string().trim().max(5000).default(''),
    sharedWithFunder: z.boolean().default(false),
    /** Shown to the members on "Ons netwerk dit jaar". */
    sharedWithMembers: z.boolean().default(false),
    actionItems: z
      .array(
        z.object({
          title: z.string().trim().min(1).max(300),
          responsibleRole: z.enum(NETWORK_ROLES).optional(),
          assigneePersonId: z.uuid().optional(),
          dueOn: isoDate.optional(),
        }),
      )
      .max(50)
      .default([]),
  })
  .refine((v) => v.kind !== 'admission' || v.organisationId, {
    path: ['organisationId'],
    message: 'Bij een toelatingsbesluit hoort de organisatie die wordt toegelaten.',
  });
export type CreateDecisionInput = z.infer<typeof createDecisionInput>;

// ---- admissions: the kerngroep decides on organisations that applied for membership

export const admissionParams = z.object({ networkId: z.uuid(), organisationId: z.uuid() });

export const listAdmissionsQuery = z.object({
  search: z.string().trim().max(200).optional(),
  sort: z.enum(['organisationName', 'appliedSince']).default('appliedSince'),
  order: sortOrder,
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListAdmissionsQuery = z.infer<typeof listAdmissionsQuery>;

export const admissionRow = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  kind: z.string(),
  city: z.string().nullable(),
  membershipId: z.string(),
  status: z.string(),
  appliedSince: timestamp,
  version: z.number(),
});
export type AdmissionRow = z.infer<typeof admissionRow>;

export const ADMISSION_OUTCOMES = ['admit', 'refuse'] as const;

export const decideAdmissionInput = z.object({
  /** The membership's version as the user saw it: a stale one gives 409. */
  version: z.number().int().min(1),
  outcome: z.enum(ADMISSION_OUTCOMES),
  decidedOn: isoDate,
  reason: z.string().trim().min(1, 'Geef de reden van het besluit.').max(5000),
  /** Defaults to the network's kerngroep. */
  bodyId: z.uuid().optional(),
  meetingId: z.uuid().optional(),
  sharedWithFunder: z.boolean().default(false),
  sharedWithMembers: z.boolean().default(false),
});
export type DecideAdmissionInput = z.infer<typeof decideAdmissionInput>;

export const decideAdmissionReply = z.object({ decisionId: z.string(), membershipStatus: z.string() });

// ---- replies, named so the routes and the browser read the same shape

export const ok = z.object({ ok: z.literal(true) });
export const okWithVersion = ok.extend({ version: z.number() });
export const assignments = itemsOf(assignmentRow);
export const tasks = itemsOf(taskRow);
export const bodies = itemsOf(bodyRow);
export const meetings = itemsOf(meetingRow);
export const decisions = itemsOf(decisionRow);
export const sharedDecisions = z.object({
  items: z.array(sharedDecisionRow),
  /** With funder access "aggregates only": decisions about one organisation, counted instead of listed. */
  organisationDecisions: z.object({ count: z.number() }).nullable(),
});
export const decisionRecorded = z.object({ id: z.string(), taskIds: z.array(z.string()) });
export const admissions = itemsOf(admissionRow);

/**
 * What the governance screens read of the people list (`GET /people`) for their "who" pickers: a narrow view, so it
 * holds while the people domain is not on its own contract yet; the rest of each row passes unchecked.
 */
export const personOptions = itemsOf(z.object({ id: z.string(), name: z.string() }));
