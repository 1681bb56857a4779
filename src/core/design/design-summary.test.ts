import { describe, expect, it } from 'vitest';

import { adviseDesign } from './design-advisor.js';
import type { DesignInput } from './design-input.js';
import { formatDesignMarkdown, formatDesignSummary } from './design-summary.js';

const input: DesignInput = {
  financing: 'external',
  funderType: 'gemeente',
  ownership: 2,
  phase: 'volwassen',
  expectedMembers: 60,
  existing: {
    coreGroupFormed: true,
    coordinatorAvailable: true,
    coordinatorHoursPerWeek: 12,
    legalEntity: false,
    annualPlanRequired: true,
  },
};

describe('formatDesignSummary', () => {
  const design = adviseDesign(input);
  const text = formatDesignSummary(design);

  it('prints every section in Dutch', () => {
    for (const heading of ['Rollen', 'Taken en verantwoordelijkheden', 'Besturing', 'Financiering', 'Spanningen']) {
      expect(text).toContain(`\n${heading}`);
    }
    expect(text.startsWith('Basisinrichting van het netwerk\n')).toBe(true);
    expect(text).toContain('Formeel bestuur: ja.');
    expect(text).toContain('Mandaat van de financier: alleen de missie.');
  });

  it('shows each tension with its advice and each checklist item with its reason', () => {
    for (const tension of design.tensions) {
      expect(text).toContain(tension.reason);
      expect(text).toContain(tension.advice);
    }
    for (const item of design.checklist) expect(text).toContain(`- [ ] ${item.label} — ${item.reason}`);
  });

  it('prints English when asked', () => {
    const english = formatDesignSummary(adviseDesign(input, { locale: 'en' }));
    expect(english.startsWith('Basic design of the network\n')).toBe(true);
    expect(english).toContain('Formal board: yes.');
    expect(english).not.toContain('Omdat');
  });
});

describe('formatDesignMarkdown', () => {
  const design = adviseDesign(input);
  const markdown = formatDesignMarkdown(design, input, 'nl');

  it('lists the chosen variables', () => {
    expect(markdown).toContain('| Financiering | Externe financier |');
    expect(markdown).toContain('| Soort financier | gemeente |');
    expect(markdown).toContain('| Eigenaarschap (1) – ontzorgen (5) | 2 (vooral eigenaarschap bij werkgevers) |');
    expect(markdown).toContain('| Uren coördinator per week | 12 |');
  });

  it('has a matrix row per task with R/A/C/I cells', () => {
    const section = markdown.split('## Verantwoordelijkheidsmatrix')[1]?.split('\n## ')[0] ?? '';
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Taak'));
    expect(rows).toHaveLength(design.tasks.length);
    expect(section).toContain('| Toelating nieuwe deelnemers | R+A | C |');
  });

  it('has every section of an inrichtingsdocument', () => {
    for (const heading of [
      '# Basisinrichting van het netwerk',
      '## Gekozen variabelen',
      '## Rollen',
      '## Besturing',
      '## Financiering',
      '## Spanningen',
      '### Uitgewerkt jaarplan tegenover behoeftegestuurd netwerk (hoog)',
      '## Checklist voor deze fase',
    ]) {
      expect(markdown).toContain(heading);
    }
  });
});
