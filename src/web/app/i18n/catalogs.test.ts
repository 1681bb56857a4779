// The words the app shows must be one set: the phases of a network read the same in the web catalogs as in the advisor's own
// catalog (which the design PDF and the server texts use), and no text describes the coordinator's role in words the guide
// does not use.
import { describe, expect, test } from 'vitest';
import { ADVISOR_TEXTS } from '../../../core/design/advisor-texts.js';
import { adviseDesign } from '../../../core/design/design-advisor.js';
import { PHASES } from '../../../core/design/design-input.js';
import { NETWORK_ACTIONS } from '../../../core/access/permissions.js';
import { candidateFieldWords, supportLabels } from '../../../core/candidates/candidates-lists.js';
import { SHAREABLE_FIELDS, SUPPORT_KINDS } from '../../../core/candidates/codes.js';
import { en } from './en.js';
import { nl } from './nl.js';

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('message catalogs', () => {
  test.each([
    ['nl', nl.design.rights.actions],
    ['en', en.design.rights.actions],
  ] as const)(
    '%s: every network action has a label on the rights screen, and no label names an unknown action',
    (_lng, labels) => {
      const lookup = labels as unknown as Record<string, Record<string, string>>;
      for (const action of NETWORK_ACTIONS) {
        const [group = '', verb = ''] = action.split('.');
        expect(lookup[group]?.[verb], action).toMatch(/\S/);
      }
      const labelled = Object.entries(lookup).flatMap(([group, verbs]) =>
        Object.keys(verbs).map((verb) => `${group}.${verb}`),
      );
      expect(labelled.filter((action) => !(NETWORK_ACTIONS as readonly string[]).includes(action))).toEqual([]);
    },
  );

  test.each([
    ['nl', nl.phases, ADVISOR_TEXTS.nl.labels.phase],
    ['en', en.phases, ADVISOR_TEXTS.en.labels.phase],
  ] as const)('%s: the phase words are the same in the web catalog and the advisor catalog', (_lng, web, advisor) => {
    for (const phase of PHASES) expect(web[phase]).toBe(advisor[phase]);
    expect(Object.keys(web).sort()).toEqual([...PHASES].sort());
  });

  test.each([
    ['nl', nl.candidates],
    ['en', en.candidates],
  ] as const)('%s: the candidate screens name fields and support needs with the inzage words', (lng, web) => {
    for (const field of SHAREABLE_FIELDS) expect(web.shareable[field], field).toBe(candidateFieldWords(field, lng));
    expect(web.loggedFields.statusReason).toBe(candidateFieldWords('statusReason', lng));
    expect(web.loggedFields.targetGroupRegisterOn).toBe(candidateFieldWords('targetGroupRegisterOn', lng));
    for (const kind of SUPPORT_KINDS) expect(web.support[kind], kind).toBe(supportLabels[kind][lng]);
    expect(web.shareable.email).not.toBe((lng === 'nl' ? en : nl).candidates.shareable.email);
  });

  test('the coordinator is not said to work "belangeloos" (the guide calls the role coaching and facilitating)', () => {
    // The advisor's reasons are templates: render a design for every phase in both languages.
    const advice = (['nl', 'en'] as const).flatMap((locale) =>
      PHASES.map((phase) =>
        JSON.stringify(
          adviseDesign(
            {
              financing: 'contributions_money',
              ownership: 3,
              phase,
              expectedMembers: 30,
              existing: {
                coreGroupFormed: true,
                coordinatorAvailable: true,
                legalEntity: false,
                annualPlanRequired: false,
              },
            },
            { locale },
          ),
        ),
      ),
    );
    const texts = [...allStrings(nl), ...allStrings(en), ...allStrings(ADVISOR_TEXTS), ...advice];
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((s) => /belangeloos|without business interest/i.test(s))).toEqual([]);
    expect(advice.join(' ')).toContain('coachende en faciliterende rol');
  });
});
