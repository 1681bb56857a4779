// The comparison of two design versions reads as sentences: the ownership scale with the names of both positions and both
// ends, the other inputs with their labels, tasks with who does them (R) and who decides (A) in role names, never field
// names or codes.
import { describe, expect, it } from 'vitest';
import { adviseDesign } from './design-advisor.js';
import { compareDesigns, type DesignDiff } from './design-diff.js';
import { describeDesignDiff } from './design-diff-words.js';
import type { DesignInput } from './design-input.js';

const base: DesignInput = {
  financing: 'contributions_money',
  ownership: 2,
  phase: 'opstart',
  expectedMembers: 30,
  existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: true },
};

const empty: DesignDiff = {
  inputs: [],
  roles: [],
  tasks: [],
  governance: [],
  tensions: { added: [], removed: [] },
  same: false,
};

describe('a design comparison in words', () => {
  it('names both positions and both ends of the ownership scale', () => {
    const words = describeDesignDiff({ ...empty, inputs: [{ field: 'ownership', before: '2', after: '4' }] }, 'nl');
    expect(words.inputs).toEqual([
      'Eigenaarschap gaat van 2 (vooral eigenaarschap bij werkgevers) naar 4 (vooral ontzorgen) (op de schaal van 1 ‘voor en door werkgevers’ tot 5 ‘volledig ontzorgen’).',
    ]);
    expect(
      describeDesignDiff({ ...empty, inputs: [{ field: 'ownership', before: '2', after: '4' }] }, 'en').inputs[0],
    ).toMatch(/^Ownership goes from 2 \(.+\) to 4 \(.+\) \(on the scale from 1 ‘.+’ to 5 ‘.+’\)\.$/);
  });

  it('says who does a task and who decides, in role names', () => {
    const words = describeDesignDiff(
      {
        ...empty,
        tasks: [
          {
            code: 'organise_activities',
            change: 'changed',
            before: { responsible: 'core_group', accountable: 'core_group' },
            after: { responsible: 'coordinator', accountable: 'core_group' },
          },
        ],
      },
      'nl',
    );
    expect(words.tasks).toHaveLength(1);
    expect(words.tasks[0]).toMatch(
      /^Taak ‘Activiteiten organiseren’: uitvoeren \(R\) gaat van kerngroep naar (netwerk)?coördinator; eindverantwoordelijk \(A\) blijft bij kerngroep\.$/,
    );
  });

  it('puts the other inputs, booleans and governance in words', () => {
    const words = describeDesignDiff(
      {
        ...empty,
        inputs: [
          { field: 'financing', before: 'contributions_money', after: 'external' },
          { field: 'funderType', before: '', after: 'gemeente' },
          { field: 'phase', before: 'initiatie', after: 'opstart' },
          { field: 'existing.annualPlanRequired', before: 'true', after: 'false' },
        ],
        governance: [
          { field: 'formalBoard', before: 'false', after: 'true' },
          { field: 'funderMandate', before: 'none', after: 'mission' },
        ],
        roles: [{ code: 'board', change: 'added', before: null, after: { needed: true, min: 3, max: 5 } }],
      },
      'nl',
    );
    expect(words.inputs).toEqual([
      'Financiering gaat van ‘bijdragen van werkgevers in geld’ naar ‘externe financier’.',
      'Soort financier gaat van niet opgegeven naar gemeente.',
      'Fase gaat van initiatie naar opstart.',
      '‘Financier eist uitgewerkt jaarplan’ gaat van ja naar nee.',
    ]);
    expect(words.governance).toEqual([
      'Formeel bestuur gaat van niet geadviseerd naar geadviseerd.',
      'Mandaat van de financier gaat van geen mandaat vastgelegd naar alleen de missie.',
    ]);
    expect(words.roles[0]).toMatch(/komt erbij \(3 tot 5 personen\)\.$/);
  });

  it('never shows a field name or a code for a real comparison of two advised designs', () => {
    const after: DesignInput = {
      ...base,
      ownership: 4,
      financing: 'external',
      funderType: 'werkgeversservicepunt',
      existing: { ...base.existing, annualPlanRequired: false },
    };
    const diff = compareDesigns(
      { input: base, design: adviseDesign(base) },
      { input: after, design: adviseDesign(after) },
    );
    const words = describeDesignDiff(diff, 'nl');
    const all = Object.values(words).flat().join('\n');
    expect(words.inputs.length).toBeGreaterThanOrEqual(4);
    expect(words.tasks.length).toBeGreaterThan(0);
    expect(all).not.toMatch(/existing\.|annualPlanRequired|ownership|core_group|coordinator\b|true|false|→/);
    expect(all).toContain('Eigenaarschap gaat van 2 (vooral eigenaarschap bij werkgevers) naar 4 (vooral ontzorgen)');
  });
});
