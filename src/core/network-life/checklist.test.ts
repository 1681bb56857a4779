import { describe, expect, it } from 'vitest';
import { CHECKLIST_CODES } from '../design/network-design.js';
import {
  CHECKLIST_DUE_OFFSET_DAYS,
  addDays,
  checklistEvidence,
  checklistItemsForPhase,
  checklistProgress,
  evidenceText,
  type ChecklistFacts,
} from './checklist.js';

const empty: ChecklistFacts = {
  bodies: [],
  missionWritten: false,
  funderAgreements: [],
  coordinators: 0,
  governanceDecisions: [],
};

describe('checklistItemsForPhase', () => {
  it('makes one item per code, owned by the role responsible for its task, due phase start + offset', () => {
    const items = checklistItemsForPhase({
      codes: ['form_core_group', 'activate_sounding_board', 'form_core_group'],
      tasks: [
        { code: 'set_direction', responsible: 'core_group' },
        { code: 'advice', responsible: 'coordinator' },
      ],
      phaseStartedOn: '2026-01-31',
    });
    expect(items).toEqual([
      { code: 'form_core_group', titleKey: 'checklist.form_core_group', ownerRole: 'core_group', dueOn: '2026-03-02' },
      {
        code: 'activate_sounding_board',
        titleKey: 'checklist.activate_sounding_board',
        ownerRole: 'coordinator',
        dueOn: '2026-05-01',
      },
    ]);
  });

  it('leaves the owner role empty without a design or when the design lacks the task', () => {
    const none = checklistItemsForPhase({ codes: ['agree_mission'], tasks: null, phaseStartedOn: '2026-01-01' });
    expect(none[0]!.ownerRole).toBeNull();
    const lacking = checklistItemsForPhase({
      codes: ['set_contributions'],
      tasks: [{ code: 'set_direction', responsible: 'core_group' }],
      phaseStartedOn: '2026-01-01',
    });
    expect(lacking[0]!.ownerRole).toBeNull();
  });

  it('has a due offset for every checklist code', () => {
    for (const code of CHECKLIST_CODES) expect(CHECKLIST_DUE_OFFSET_DAYS[code]).toBeGreaterThan(0);
  });

  it('adds days across a leap day and a year end', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
  });
});

describe('checklistEvidence', () => {
  it('proves a kerngroep only with at least two people seated', () => {
    const one = { ...empty, bodies: [{ kind: 'core_group', name: 'Kern', members: 1 }] };
    expect(checklistEvidence('form_core_group', one)).toBeNull();
    const two = { ...empty, bodies: [{ kind: 'core_group', name: 'Kern', members: 2 }] };
    const evidence = checklistEvidence('form_core_group', two);
    expect(evidence).toEqual({ key: 'body.core_group', values: { name: 'Kern', members: 2 } });
    expect(evidenceText(evidence!, 'nl')).toBe('Kerngroep "Kern" met 2 leden');
  });

  it('proves a klankbordgroep only with members, and never from a body of another kind', () => {
    expect(
      checklistEvidence('activate_sounding_board', {
        ...empty,
        bodies: [{ kind: 'sounding_board', name: 'KBG', members: 0 }],
      }),
    ).toBeNull();
    expect(
      checklistEvidence('activate_sounding_board', {
        ...empty,
        bodies: [{ kind: 'core_group', name: 'K', members: 5 }],
      }),
    ).toBeNull();
    const evidence = checklistEvidence('activate_sounding_board', {
      ...empty,
      bodies: [{ kind: 'sounding_board', name: 'KBG', members: 3 }],
    });
    expect(evidenceText(evidence!, 'en')).toBe('Sounding board "KBG" with 3 members');
  });

  it('proves the funder mandate from an agreement with a mandate, or from a governance decision naming it', () => {
    expect(
      checklistEvidence('agree_funder_mandate', { ...empty, funderAgreements: [{ funderName: 'WSP', mandate: ' ' }] }),
    ).toBeNull();
    const fromAgreement = checklistEvidence('agree_funder_mandate', {
      ...empty,
      funderAgreements: [{ funderName: 'WSP', mandate: 'alleen de missie' }],
    });
    expect(evidenceText(fromAgreement!, 'nl')).toBe('Financieringsafspraak met WSP: mandaat "alleen de missie"');
    const fromDecision = checklistEvidence('agree_funder_mandate', {
      ...empty,
      governanceDecisions: [{ text: 'Mandaat financier: alleen de missie', decidedOn: '2026-02-01' }],
    });
    expect(fromDecision).toEqual({ key: 'mandate_decision', values: { date: '2026-02-01' } });
  });

  it('proves the mission and the coordinator from the data, and nothing for items data cannot prove', () => {
    expect(checklistEvidence('agree_mission', empty)).toBeNull();
    expect(checklistEvidence('agree_mission', { ...empty, missionWritten: true })?.key).toBe('mission');
    expect(checklistEvidence('appoint_coordinator', { ...empty, coordinators: 1 })?.key).toBe('coordinator');
    const everything: ChecklistFacts = {
      bodies: [{ kind: 'core_group', name: 'K', members: 9 }],
      missionWritten: true,
      funderAgreements: [{ funderName: 'F', mandate: 'm' }],
      coordinators: 2,
      governanceDecisions: [],
    };
    expect(checklistEvidence('rolling_agenda', everything)).toBeNull();
    expect(checklistEvidence('grow_gradually', everything)).toBeNull();
  });
});

describe('checklistProgress', () => {
  it('counts done items out of those not skipped', () => {
    expect(checklistProgress([{ state: 'done' }, { state: 'open' }, { state: 'skipped' }, { state: 'done' }])).toEqual({
      done: 2,
      total: 3,
    });
  });
});
