// The reports contract (decision 018): freezing a period, the narrative, releasing, and what a reader receives. Read by
// the server's reports routes and by the web's steering feature.
import { z } from 'zod';
import { createdReply, itemsOf, timestamp, versionReply } from '../common.contract.js';
import { missionReply, ratio } from './steering.contract.js';

export const freezeInput = z.object({
  periodKind: z.enum(['quarter', 'half_year', 'year']),
  year: z.number().int().min(2000).max(2100),
  index: z.number().int().min(1).max(4).default(1),
});
export type FreezeInput = z.infer<typeof freezeInput>;

export const reportParams = z.object({ networkId: z.uuid(), reportId: z.uuid() });

export const reportRow = z.object({
  id: z.string(),
  periodKind: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  label: z.string(),
  narrative: z.string(),
  status: z.enum(['frozen', 'released']),
  frozenAt: timestamp,
  releasedAt: timestamp.nullable(),
  version: z.number(),
});

const funderView = missionReply.omit({ targets: true });

const internalView = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  asOf: z.string(),
  members: z.number(),
  activeMembers: ratio,
  turnout: z.object({
    activities: z.number(),
    registered: z.number(),
    attended: z.number(),
    ofRegistered: ratio,
    ofMembers: ratio,
  }),
  employerLed: ratio,
  needsDriven: z.object({ activitiesFromNeeds: ratio, needsToActivity: ratio, needsMet: ratio }),
  kerngroep: z.object({
    breadth: z.number(),
    breadthYearAgo: z.number(),
    meetingAttendance: ratio,
    joinedLastYear: z.number(),
    leftLastYear: z.number(),
  }),
  coordinator: z.object({ memberTasksDoneByCoordinator: ratio, activitiesByCoordinator: ratio }),
  mission: z.object({ placements: z.number(), banen: z.number(), stillEmployed6: ratio, stillEmployed12: ratio }),
  ambitionTotal: z.object({ ambitionJobs: z.number().nullable(), placements: z.number(), banen: z.number() }),
  quarters: z.array(
    z.object({
      key: z.string(),
      placements: z.number(),
      banen: z.number(),
      activeShare: ratio,
      turnoutOfRegistered: ratio,
    }),
  ),
  signals: z.array(z.string()),
});

export const reportsReply = itemsOf(reportRow);
/** A period frozen into a report: its id. */
export const reportFrozen = createdReply;

export const reportDetail = reportRow.extend({ funder: funderView, internal: internalView.nullable() });

export const narrativeInput = z.object({ narrative: z.string().max(20_000), version: z.number().int() });
export const releaseInput = z.object({ version: z.number().int() });
/** The narrative saved or the report released: its new version. */
export const reportVersion = versionReply;
