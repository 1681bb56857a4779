import { describe, expect, it } from 'vitest';

import { adviseDesign } from './design-advisor.js';
import type { DesignInput } from './design-input.js';
import { applyMatrixEdit, checkMatrixEdit, matrixProblemMessage } from './matrix-edit.js';
import { toMatrix } from './network-design.js';

const input: DesignInput = {
  financing: 'external',
  funderType: 'werkgeversservicepunt',
  ownership: 2,
  phase: 'opstart',
  expectedMembers: 30,
  existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
};
const design = adviseDesign(input);
const first = design.tasks[0]!;

describe('editing the responsibility matrix', () => {
  it('accepts the matrix as the advisor made it', () => {
    const rows = toMatrix(design).rows.map((row) => ({ task: row.task, cells: row.cells }));
    expect(checkMatrixEdit(design, rows)).toEqual([]);
    expect(applyMatrixEdit(design, rows, 'geen wijziging').changed).toEqual([]);
  });

  it('refuses a second A in one task, naming both roles in Dutch', () => {
    const other = first.accountable === 'core_group' ? 'coordinator' : 'core_group';
    const cells = { [other]: 'A' as const };
    const problems = checkMatrixEdit(design, [{ task: first.code, cells }]);
    expect(problems).toEqual([
      { task: first.code, code: 'several_accountable', roles: expect.arrayContaining([first.accountable, other]) },
    ]);
    const message = matrixProblemMessage(problems[0]!, 'nl');
    expect(message).toMatch(/maar één rol eindverantwoordelijk/);
    expect(() => applyMatrixEdit(design, [{ task: first.code, cells }], 'x')).toThrow();
  });

  it('refuses a task without A or without R, and a funder holding R or A', () => {
    const blankA = checkMatrixEdit(design, [{ task: first.code, cells: { [first.accountable]: null } }]).map(
      (p) => p.code,
    );
    expect(blankA).toContain('no_accountable');
    const blankR = checkMatrixEdit(design, [{ task: first.code, cells: { [first.responsible]: 'C' } }]).map(
      (p) => p.code,
    );
    expect(blankR).toContain('no_responsible');
    const funder = checkMatrixEdit(design, [
      {
        task: first.code,
        cells: { [first.accountable]: null, [first.responsible]: null, funder: 'R+A' },
      },
    ]);
    expect(funder.map((p) => p.code)).toEqual(['role_may_not_hold']);
    expect(matrixProblemMessage(funder[0]!, 'nl')).toContain('Financier');
    expect(checkMatrixEdit(design, [{ task: 'no_such_task' as never, cells: {} }])[0]?.code).toBe('unknown_task');
  });

  it('moves R and A, records the reason and changes only the edited task', () => {
    const target = first.responsible === 'back_office' ? 'coordinator' : 'back_office';
    const cells = { [first.responsible]: null, [first.accountable]: null, [target]: 'R+A' as const };
    const { design: edited, changed } = applyMatrixEdit(
      design,
      [{ task: first.code, cells }],
      'Backoffice neemt het over',
    );
    expect(changed).toEqual([first.code]);
    const task = edited.tasks.find((t) => t.code === first.code)!;
    expect(task).toMatchObject({ responsible: target, accountable: target, reasonCode: 'matrix.edited' });
    expect(task.reason).toContain('Backoffice neemt het over');
    expect(edited.tasks.slice(1)).toEqual(design.tasks.slice(1));
    expect(toMatrix(edited).rows[0]!.cells[target]).toBe('R+A');
  });
});
