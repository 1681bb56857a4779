// A small hand-built network for the steering unit tests. Every expected value in the tests is computed by hand from these
// rows; the comments next to the assertions show the arithmetic. "Today" is 1 July 2026; the period is Q2 2026.
import type { Period, SteeringData } from './steering-data.js';

export const NOW = new Date('2026-07-01T10:00:00Z');
export const Q2: Period = { from: '2026-04-01', to: '2026-06-30' };

const member = (
  organisationId: string,
  name: string,
  joinedOn: string,
  extra: Partial<SteeringData['members'][0]> = {},
) => ({
  organisationId,
  name,
  status: 'active',
  joinedOn,
  endedOn: null,
  ambitionJobsPerYear: null,
  referredByOrganisationId: null,
  ...extra,
});

const activity = (id: string, startsAt: string, extra: Partial<SteeringData['activities'][0]> = {}) => ({
  id,
  title: `Activiteit ${id}`,
  workForm: 'knowledge_session',
  startsAt,
  status: 'held',
  hostOrganisationId: null,
  initiatorKind: 'coordinator',
  initiatorOrganisationId: null,
  ...extra,
});

let regSeq = 0;
const reg = (
  activityId: string,
  personId: string,
  attended: boolean | null,
  extra: Partial<SteeringData['registrations'][0]> = {},
) => ({
  id: `r${++regSeq}`,
  activityId,
  personId,
  status: 'registered',
  role: 'attendee',
  attended,
  needMet: null,
  ...extra,
});

export function fixture(): SteeringData {
  return {
    phase: 'volwassen',
    members: [
      member('A', 'Alfa BV', '2025-01-01', { ambitionJobsPerYear: 3 }),
      member('B', 'Beta BV', '2025-01-01'),
      member('C', 'Cora Zorg', '2026-05-01', { ambitionJobsPerYear: 1, referredByOrganisationId: 'A' }),
      member('D', 'Delta Bouw', '2025-01-01', { endedOn: '2026-03-01', status: 'ended', ambitionJobsPerYear: 5 }),
      member('E', 'Echo Logistiek', '2025-06-01', { ambitionJobsPerYear: 2 }),
      member('F', 'Foxtrot Bakkerij', '2025-03-01'),
    ],
    persons: [
      { id: 'pa', organisationId: 'A' },
      { id: 'pb', organisationId: 'B' },
      { id: 'pk2', organisationId: 'B' },
      { id: 'pc', organisationId: 'C' },
      { id: 'pe', organisationId: 'E' },
      { id: 'pcoord', organisationId: null },
    ],
    activities: [
      activity('act0', '2026-01-10T12:00:00Z'),
      activity('act1', '2026-04-10T12:00:00Z', {
        hostOrganisationId: 'A',
        initiatorKind: 'member_employer',
        initiatorOrganisationId: 'A',
      }),
      activity('act2', '2026-05-15T12:00:00Z'),
      activity('act3', '2026-06-20T12:00:00Z', { initiatorKind: 'partner', initiatorOrganisationId: 'P' }),
      activity('act4', '2026-06-25T12:00:00Z', { status: 'cancelled' }),
      activity('act5', '2026-07-20T12:00:00Z', { status: 'planned' }),
    ],
    registrations: [
      reg('act0', 'pe', true),
      reg('act1', 'pa', true),
      reg('act1', 'pb', true),
      reg('act1', 'pe', false),
      reg('act1', 'pc', null, { status: 'waitlisted' }),
      reg('act2', 'pb', true),
      reg('act2', 'pk2', true),
      reg('act2', 'pcoord', true, { role: 'organiser' }),
      reg('act2', 'pe', null, { status: 'cancelled' }),
      reg('act3', 'pc', null),
      reg('act3', 'pb', true, { role: 'speaker' }),
    ],
    needs: [
      {
        id: 'n1',
        title: 'Jobcarving',
        organisationId: 'B',
        createdAt: '2026-04-01T08:00:00Z',
        status: 'met',
        activityId: 'act1',
      },
      {
        id: 'n2',
        title: 'Subsidies',
        organisationId: 'C',
        createdAt: '2026-05-02T08:00:00Z',
        status: 'new',
        activityId: null,
      },
      {
        id: 'n3',
        title: 'Inwerken',
        organisationId: 'A',
        createdAt: '2026-06-01T08:00:00Z',
        status: 'not_met',
        activityId: 'act2',
      },
      {
        id: 'n4',
        title: 'Wetgeving',
        organisationId: 'A',
        createdAt: '2026-02-01T08:00:00Z',
        status: 'met',
        activityId: 'act0',
      },
    ],
    needSupports: [{ needId: 'n2', organisationId: 'B', createdAt: '2026-06-10T08:00:00Z' }],
    placements: [
      {
        id: 'pl1',
        organisationId: 'A',
        startsOn: '2026-04-15',
        endsOn: null,
        hoursPerWeek: 25.5,
        targetGroupRegister: 'yes',
      },
      {
        id: 'pl2',
        organisationId: 'B',
        startsOn: '2026-05-01',
        endsOn: null,
        hoursPerWeek: 20,
        targetGroupRegister: 'yes',
      },
      {
        id: 'pl3',
        organisationId: 'B',
        startsOn: '2026-06-01',
        endsOn: null,
        hoursPerWeek: 30,
        targetGroupRegister: 'no',
      },
      {
        id: 'pl4',
        organisationId: 'A',
        startsOn: '2025-10-15',
        endsOn: null,
        hoursPerWeek: 12.75,
        targetGroupRegister: 'yes',
      },
      {
        id: 'pl5',
        organisationId: 'E',
        startsOn: '2025-11-20',
        endsOn: '2026-06-01',
        hoursPerWeek: 16,
        targetGroupRegister: 'yes',
      },
      {
        id: 'pl6',
        organisationId: 'B',
        startsOn: '2025-12-31',
        endsOn: '2026-03-01',
        hoursPerWeek: 24,
        targetGroupRegister: 'unknown',
      },
      {
        id: 'pl7',
        organisationId: 'A',
        startsOn: '2025-05-10',
        endsOn: null,
        hoursPerWeek: 32,
        targetGroupRegister: 'yes',
      },
    ],
    checkIns: [
      { placementId: 'pl4', months: 6, stillEmployed: false },
      { placementId: 'pl7', months: 12, stillEmployed: true },
      { placementId: 'pl7', months: 6, stillEmployed: true },
    ],
    roleTerms: [
      { personId: 'pa', role: 'core_group', startsOn: '2025-01-01', endsOn: null },
      { personId: 'pb', role: 'core_group', startsOn: '2025-01-01', endsOn: '2026-03-31' },
      { personId: 'pk2', role: 'core_group', startsOn: '2026-04-01', endsOn: null },
      { personId: 'pe', role: 'core_group', startsOn: '2025-02-01', endsOn: '2025-12-31' },
      { personId: 'pcoord', role: 'coordinator', startsOn: '2025-01-01', endsOn: null },
      { personId: 'pc', role: 'theme_lead', startsOn: '2026-06-01', endsOn: null },
    ],
    kerngroepMeetings: [
      { id: 'm0', startsAt: '2026-01-15T15:00:00Z', attendance: [{ personId: 'pa', present: false }] },
      {
        id: 'm1',
        startsAt: '2026-04-15T15:00:00Z',
        attendance: [
          { personId: 'pa', present: true },
          { personId: 'pk2', present: true },
        ],
      },
      {
        id: 'm2',
        startsAt: '2026-06-15T15:00:00Z',
        attendance: [
          { personId: 'pa', present: true },
          { personId: 'pk2', present: false },
        ],
      },
    ],
    tasks: [
      {
        id: 't1',
        code: 'organise_activities',
        title: null,
        responsibleRole: 'employer',
        assigneePersonId: 'pcoord',
        status: 'open',
      },
      {
        id: 't2',
        code: 'set_direction',
        title: null,
        responsibleRole: 'core_group',
        assigneePersonId: 'pa',
        status: 'done',
      },
      {
        id: 't3',
        code: 'needs_inventory',
        title: null,
        responsibleRole: 'coordinator',
        assigneePersonId: 'pcoord',
        status: 'open',
      },
      {
        id: 't4',
        code: 'lead_theme_groups',
        title: null,
        responsibleRole: 'theme_lead',
        assigneePersonId: 'pcoord',
        status: 'cancelled',
      },
    ],
    membershipYears: [{ organisationId: 'A', year: 2026, ambitionJobs: 4, realisedJobs: 2 }],
  };
}
