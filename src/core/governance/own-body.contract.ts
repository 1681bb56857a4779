// The own-body contract (decision 018): one's own body, the working place of a themagroep's kartrekker and members, and of
// the klankbordgroep. Read by the server's own-body routes and by the web's Mijn groep screens.
import { z } from 'zod';
import { BODY_KINDS } from '../design/design-apply.js';
import { itemsOf, timestamp } from '../common.contract.js';
import { meetingDetail, meetingRow } from './governance.contract.js';

export const ownBodyParams = z.object({ networkId: z.uuid(), bodyId: z.uuid() });
export const ownBodyMeetingParams = ownBodyParams.extend({ meetingId: z.uuid() });
export const ownBodyMemberParams = ownBodyParams.extend({ assignmentId: z.uuid() });

export const ownBodyRow = z.object({
  id: z.string(),
  kind: z.enum(BODY_KINDS),
  name: z.string(),
  theme: z.string().nullable(),
  /** The roles the actor holds within this body today. */
  roles: z.array(z.string()),
  /** The kartrekker of this themagroep: may add and remove members, plan meetings, write agenda and minutes. */
  canRun: z.boolean(),
});

export const ownBodyMember = z.object({
  assignmentId: z.string(),
  personId: z.string(),
  personName: z.string(),
  role: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});

export const ownBodyDetail = ownBodyRow.extend({
  members: z.array(ownBodyMember),
  meetings: z.array(meetingRow),
});

export const ownBodyNeed = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  organisationName: z.string().nullable(),
  createdAt: timestamp,
});
export const ownBodyActivity = z.object({
  id: z.string(),
  title: z.string(),
  workForm: z.string(),
  startsAt: timestamp,
  status: z.string(),
});
/** The themagroep's theme on the agenda: the needs of that theme and the activities that answer them. */
export const ownBodyAgenda = z.object({
  /** The need theme the body's theme matches, or null when it matches none (then both lists are empty). */
  needTheme: z.string().nullable(),
  needs: z.array(ownBodyNeed),
  activities: z.array(ownBodyActivity),
});

export const ownBodyCandidate = z.object({ personId: z.string(), personName: z.string() });

export const addOwnBodyMemberInput = z.object({
  personId: z.uuid(),
});
export type AddOwnBodyMemberInput = z.infer<typeof addOwnBodyMemberInput>;

export const createOwnBodyMeetingInput = z.object({
  startsAt: z.coerce.date(),
  agenda: z.string().max(20_000).default(''),
});
export type CreateOwnBodyMeetingInput = z.infer<typeof createOwnBodyMeetingInput>;

export { meetingDetail as ownBodyMeetingDetail };

export const ownBodies = itemsOf(ownBodyRow);
export const ownBodyCandidates = itemsOf(ownBodyCandidate);
