// The design PDF's responsibility matrix, read back with pdftotext: every role the design uses has a column, and every
// cell of every column says what the design says.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { ADVISOR_TEXTS } from '../../../core/design/advisor-texts.js';
import { adviseDesign } from '../../../core/design/design-advisor.js';
import type { DesignInput } from '../../../core/design/design-input.js';
import { toMatrix } from '../../../core/design/network-design.js';
import { renderDesignPdf } from './design.document.js';

// Mixed financing, a mature network of 60 with a legal entity: every one of the ten roles is in use.
const input: DesignInput = {
  financing: 'mixed',
  funderType: 'werkbedrijf',
  ownership: 2,
  phase: 'volwassen',
  expectedMembers: 60,
  existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: true, annualPlanRequired: false },
};

describe('design PDF matrix', () => {
  it('has a column for every role the design uses, each read back cell by cell', async () => {
    const design = adviseDesign(input);
    const matrix = toMatrix(design);
    expect(matrix.roles).toHaveLength(10);
    const pdf = await renderDesignPdf({
      networkName: 'Netwerk Test',
      versionNumber: 1,
      reason: 'Test',
      createdAt: new Date('2026-03-10T10:00:00Z'),
      input,
      design,
      locale: 'nl',
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nr-matrix-')), 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const lines = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\n');
    const texts = ADVISOR_TEXTS.nl;
    const header = lines.find((line) => /^\s*Taak\s+Kerngroep/.test(line));
    expect(header, 'matrix header').toBeDefined();
    // Column positions from the header: each role's short name, in the design's order.
    let from = 0;
    const columns = matrix.roles.map((code) => {
      const label = texts.labels.roleShort[code];
      const at = header!.indexOf(label, from);
      expect(at, `column ${label}`).toBeGreaterThan(from - 1);
      from = at + label.length;
      return { code, at };
    });
    for (const row of matrix.rows) {
      const label = texts.labels.task[row.task];
      // Long task names wrap inside their cell; the cells stand on the row's first line.
      const line = lines.find((l) => l.trimStart().startsWith(label.slice(0, 16)) && l.length > 60);
      expect(line, `row ${label}`).toBeDefined();
      columns.forEach(({ code, at }, i) => {
        const end = columns[i + 1]?.at ?? line!.length + 2;
        const cell = line!.slice(Math.max(0, at - 2), end - 2).trim();
        expect(cell, `${row.task} × ${code}`).toBe(row.cells[code] ?? '');
      });
    }
  });

  it('is written in English for an English reader: headings, labels, amounts and the version line', async () => {
    const design = adviseDesign(input, { locale: 'en' });
    const pdf = await renderDesignPdf({
      networkName: 'Netwerk Test',
      versionNumber: 3,
      reason: 'Annual plan',
      createdAt: new Date('2026-03-10T10:00:00Z'),
      input,
      design,
      locale: 'en',
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nr-design-en-')), 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const en = ADVISOR_TEXTS.en;
    for (const expected of [
      `${en.summary.title}: Netwerk Test`,
      'Version 3, 10 March 2026. Why: Annual plan',
      en.summary.variables,
      en.summary.matrix,
      en.summary.governance,
      en.summary.checklist,
      en.labels.phase.volwassen,
    ]) {
      expect(text, expected).toContain(expected);
    }
    for (const dutch of Object.values([
      ADVISOR_TEXTS.nl.summary.variables,
      ADVISOR_TEXTS.nl.summary.matrix,
      ADVISOR_TEXTS.nl.summary.checklist,
      'Versie',
      'Waarom',
      'per jaar',
    ])) {
      expect(text, dutch).not.toContain(dutch);
    }
    // Amounts as an English reader writes them: €1,234 (not € 1.234).
    expect(text).toMatch(/€\d{1,3}(,\d{3})+/);
  });
});
