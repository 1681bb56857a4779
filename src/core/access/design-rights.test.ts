import { describe, expect, it } from 'vitest';
import { adviseDesign } from '../design/design-advisor.js';
import type { DesignInput } from '../design/design-input.js';
import { ROLE_CODES, TASK_CODES } from '../design/task-catalogue.js';
import {
  NETWORK_KEY_ACTIONS,
  PERSONAL_DATA_ACTIONS,
  TASK_ACTIONS,
  actionsInNetwork,
  allowsInNetwork,
  designGrants,
  rightsChange,
  rightsOverview,
  taskBehindAction,
  tasksWithoutDoer,
  type AppliedDesignRights,
} from './design-rights.js';
import { NETWORK_ACTIONS, NETWORK_ROLES, ROLE_PERMISSIONS } from './permissions.js';

function designFor(ownership: 1 | 2 | 3 | 4 | 5, versionNumber = 1): AppliedDesignRights {
  const input: DesignInput = {
    financing: 'external',
    ownership,
    phase: 'volwassen',
    expectedMembers: 20,
    existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
  };
  return {
    versionId: `v${versionNumber}`,
    versionNumber,
    appliedAt: new Date('2026-03-12T10:00:00Z'),
    tasks: adviseDesign(input).tasks,
  };
}

/** A design no advisor would make: every task's R and A with one role. The floor must hold even then. */
function everythingTo(role: string): AppliedDesignRights {
  return {
    versionId: 'x',
    versionNumber: 9,
    appliedAt: new Date(),
    tasks: TASK_CODES.map((code) => ({ code, responsible: role, accountable: role })),
  };
}

const WRITE_OR_CONTENT =
  /\.(manage|invite|manage_roles|update|raise|prioritise|register|organise|host|respond|use|rights)$/;

describe('task → actions data', () => {
  it('names actions for every task of the catalogue, only network actions', () => {
    expect(Object.keys(TASK_ACTIONS).sort()).toEqual([...TASK_CODES].sort());
    for (const code of TASK_CODES)
      for (const action of [...TASK_ACTIONS[code].responsible, ...TASK_ACTIONS[code].accountable])
        expect(NETWORK_ACTIONS).toContain(action);
  });

  it('gives the organising task the actions to create and run activities, hosting those to host', () => {
    expect(TASK_ACTIONS.organise_activities.responsible).toContain('activities.organise');
    expect(TASK_ACTIONS.host_activities.responsible).toContain('activities.host');
    expect(TASK_ACTIONS.member_administration.responsible).toContain('members.manage');
    expect(TASK_ACTIONS.communication.responsible).toContain('news.manage');
  });
});

describe("the candidates' voice", () => {
  it('gives the role holding R the work: organising candidate–employer meetings and reading the mission figures', () => {
    expect([...TASK_ACTIONS.candidate_voice.responsible].sort()).toEqual(
      ['activities.organise', 'activities.read', 'activities.register', 'steering.read_mission'].sort(),
    );
    expect(TASK_ACTIONS.candidate_voice.accountable).toEqual([]);
    for (const ownership of [1, 2, 3, 4, 5] as const) {
      const design = designFor(ownership);
      expect(design.tasks.find((t) => t.code === 'candidate_voice')?.responsible).toBe('sounding_board');
      for (const action of TASK_ACTIONS.candidate_voice.responsible) {
        expect(allowsInNetwork(['sounding_board'], action, design)).toBe(true);
        expect(designGrants(design)).toContainEqual({
          role: 'sounding_board',
          action,
          task: 'candidate_voice',
          via: 'R',
        });
      }
      // The floor: never the candidates' records, nor the full steering dashboard.
      for (const action of [...PERSONAL_DATA_ACTIONS, 'steering.read' as const])
        expect(designGrants(design).some((g) => g.task === 'candidate_voice' && g.action === action)).toBe(false);
    }
  });
});

describe('rights in a network with an applied design', () => {
  it('ownership 1: employers organise their own activities, named by the task and its R cell', () => {
    const design = designFor(1);
    expect(allowsInNetwork(['employer'], 'activities.organise', design)).toBe(true);
    expect(allowsInNetwork(['employer'], 'news.manage', design)).toBe(true); // communication
    expect(designGrants(design)).toContainEqual({
      role: 'employer',
      action: 'activities.organise',
      task: 'organise_activities',
      via: 'R',
    });
  });

  it('ownership 5: the same employer does not organise, but still hosts; the refusal names the coordinator', () => {
    const design = designFor(5);
    expect(allowsInNetwork(['employer'], 'activities.organise', design)).toBe(false);
    expect(allowsInNetwork(['employer'], 'activities.host', design)).toBe(true);
    expect(taskBehindAction('activities.organise', design)).toEqual({
      task: 'organise_activities',
      via: 'R',
      role: 'coordinator',
      versionNumber: 1,
    });
  });

  it('without a design only the fixed base counts', () => {
    for (const role of NETWORK_ROLES)
      expect(actionsInNetwork([role], null)).toEqual(NETWORK_ACTIONS.filter((a) => ROLE_PERMISSIONS[role].includes(a)));
    expect(taskBehindAction('activities.organise', null)).toBeNull();
  });

  it('a design only adds to the base, never takes a base right away', () => {
    for (const design of [designFor(1), designFor(5), ...ROLE_CODES.map(everythingTo)])
      for (const role of NETWORK_ROLES)
        for (const action of ROLE_PERMISSIONS[role]) expect(allowsInNetwork([role], action, design)).toBe(true);
  });

  it('replacing ownership 1 by ownership 5 takes the organising right away again, and says so', () => {
    const change = rightsChange(designFor(1, 3), designFor(5, 4));
    expect(change.revoked).toContainEqual({ role: 'employer', action: 'activities.organise' });
    expect(change.granted).not.toContainEqual({ role: 'employer', action: 'activities.organise' });
    expect(rightsChange(null, designFor(1)).granted).toContainEqual({
      role: 'employer',
      action: 'activities.organise',
    });
    expect(rightsChange(designFor(1), designFor(1))).toEqual({ granted: [], revoked: [] });
  });

  it('the overview says per action whether it is base and which task gave it', () => {
    const employer = rightsOverview(designFor(1)).find((r) => r.role === 'employer')!;
    const organise = employer.actions.find((a) => a.action === 'activities.organise')!;
    expect(organise).toEqual({
      action: 'activities.organise',
      base: false,
      fromDesign: [{ task: 'organise_activities', via: 'R' }],
    });
    expect(employer.actions.find((a) => a.action === 'portal.use')).toEqual({
      action: 'portal.use',
      base: true,
      fromDesign: [],
    });
  });
});

describe('the floor never moves', () => {
  const designs = [designFor(1), designFor(3), designFor(5), ...ROLE_CODES.map(everythingTo)];

  it("no design gives anyone candidates' personal data beyond the coordinator's and backoffice's base", () => {
    for (const design of designs)
      for (const role of NETWORK_ROLES)
        for (const action of PERSONAL_DATA_ACTIONS)
          expect(allowsInNetwork([role], action, design), `${role} ${action}`).toBe(
            ROLE_PERMISSIONS[role].includes(action),
          );
    for (const design of designs) {
      for (const action of PERSONAL_DATA_ACTIONS) {
        expect(allowsInNetwork(['employer'], action, design)).toBe(false);
        expect(allowsInNetwork(['funder'], action, design)).toBe(false);
      }
    }
  });

  it('a funder never gets a write or content action, whatever the design says', () => {
    for (const design of designs) {
      const actions = actionsInNetwork(['funder'], design);
      expect(actions).toEqual(actionsInNetwork(['funder'], null));
      expect(actions.filter((a) => WRITE_OR_CONTENT.test(a))).toEqual([]);
    }
  });

  it('a design never hands out the keys of the network', () => {
    for (const design of designs)
      for (const role of NETWORK_ROLES)
        for (const action of NETWORK_KEY_ACTIONS)
          expect(allowsInNetwork([role], action, design), `${role} ${action}`).toBe(
            ROLE_PERMISSIONS[role].includes(action),
          );
  });
});

describe('tasks without a doer', () => {
  it('lists tasks whose R falls to a role nobody holds', () => {
    const design = designFor(1);
    const gaps = tasksWithoutDoer(design.tasks, { coordinator: 1, core_group: 3 });
    expect(gaps).toContainEqual({ task: 'organise_activities', role: 'employer' });
    expect(gaps.some((g) => g.role === 'coordinator')).toBe(false);
    expect(tasksWithoutDoer(design.tasks, Object.fromEntries(NETWORK_ROLES.map((r) => [r, 1])))).toEqual([]);
  });
});
