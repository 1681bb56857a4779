// Human-readable renderings of a design: a plain-text summary for the CLI and a Markdown inrichtingsdocument for export.
// Headings and labels come from the catalog of the requested locale; the reasons are the design's own (rendered by the
// advisor in design.locale), so ask the advisor for the same locale to get one language throughout.
import { ADVISOR_TEXTS, type AdvisorTexts, type Range } from './advisor-texts.js';
import type { DesignInput } from './design-input.js';
import { toMatrix, type DesignTask, type Locale, type NetworkDesign } from './network-design.js';
import type { RoleCode } from './task-catalogue.js';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatCount(range: Range | null): string {
  if (!range) return '';
  return range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
}

function formatMoneyRange(texts: AdvisorTexts, range: Range): string {
  return range.min === range.max
    ? texts.formatMoney(range.min)
    : `${texts.formatMoney(range.min)} – ${texts.formatMoney(range.max)}`;
}

function totalCosts(design: NetworkDesign): Range {
  return design.financing.costItems.reduce(
    (sum, item) => ({ min: sum.min + item.amountCentsPerYear.min, max: sum.max + item.amountCentsPerYear.max }),
    { min: 0, max: 0 },
  );
}

function roleList(texts: AdvisorTexts, codes: readonly RoleCode[]): string {
  return codes.length === 0 ? texts.summary.none : codes.map((code) => texts.labels.role[code]).join(', ');
}

function raciLine(texts: AdvisorTexts, task: DesignTask): string {
  return [
    `R: ${texts.labels.role[task.responsible]}`,
    `A: ${texts.labels.role[task.accountable]}`,
    `C: ${roleList(texts, task.consulted)}`,
    `I: ${roleList(texts, task.informed)}`,
  ].join('; ');
}

function yesNo(texts: AdvisorTexts, value: boolean): string {
  return value ? texts.summary.yes : texts.summary.no;
}

/** A readable summary for a terminal: every recommendation with its reason. */
export function formatDesignSummary(design: NetworkDesign, locale: Locale = design.locale): string {
  const texts = ADVISOR_TEXTS[locale];
  const s = texts.summary;
  const lines: string[] = [s.title, ''];

  lines.push(s.roles);
  for (const role of design.roles) {
    const count = formatCount(role.advisedCount);
    lines.push(
      `- ${texts.labels.role[role.code]}${count ? ` (${count})` : ''}: ${role.needed ? s.needed : s.notNeeded}. ${role.reason}`,
    );
  }

  lines.push('', `${s.tasks} (${s.raciLegend})`);
  for (const task of design.tasks) {
    lines.push(`- ${texts.labels.task[task.code]} — ${raciLine(texts, task)}`, `  ${task.reason}`);
  }

  const g = design.governance;
  lines.push(
    '',
    s.governance,
    `- ${s.dayToDay}: ${texts.labels.role[g.dayToDay]}. ${g.dayToDayReason}`,
    `- ${s.formalBoard}: ${yesNo(texts, g.formalBoard)}. ${g.formalBoardReason}`,
    `- ${s.funderMandate}: ${g.funderMandate === 'mission' ? s.funderMandateMission : s.none}. ${g.funderMandateReason}`,
    `- ${s.soundingBoard}: ${g.soundingBoard.reason}`,
  );

  const f = design.financing;
  lines.push('', s.financing);
  for (const item of f.costItems) {
    lines.push(
      `- ${texts.labels.costItem[item.code]}: ${formatMoneyRange(texts, item.amountCentsPerYear)} ${s.perYear}. ${item.reason}`,
    );
  }
  lines.push(
    `- ${s.totalCosts}: ${formatMoneyRange(texts, totalCosts(design))}`,
    `- ${texts.labels.costItem.coordinator}: ${s.coordinatorDays(f.coordinatorDaysPerWeek)}`,
    `- ${s.contribution}: ${formatMoneyRange(texts, f.contributionRangeCentsPerYear)}`,
    `- ${s.inKind}: ${yesNo(texts, f.inKind)}`,
    `- ${s.funderPays}: ${yesNo(texts, f.funderPays)}`,
    `  ${f.reason}`,
  );

  lines.push('', s.tensions);
  if (design.tensions.length === 0) lines.push(`- ${s.none}`);
  for (const tension of design.tensions) {
    lines.push(
      `- [${texts.labels.severity[tension.severity]}] ${texts.labels.tension[tension.code]}: ${tension.reason}`,
      `  ${s.advice}: ${tension.advice}`,
    );
  }

  lines.push('', s.checklist);
  for (const item of design.checklist) lines.push(`- [ ] ${item.label} — ${item.reason}`);

  return `${lines.join('\n')}\n`;
}

// Markdown tables break on pipes and newlines inside a cell.
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** The inrichtingsdocument: the chosen variables, then the design with its reasons, as Markdown. */
export function formatDesignMarkdown(
  design: NetworkDesign,
  input: DesignInput,
  locale: Locale = design.locale,
): string {
  const texts = ADVISOR_TEXTS[locale];
  const s = texts.summary;
  const v = s.variableLabels;
  const e = input.existing;
  const out: string[] = [`# ${s.title}`, ''];

  out.push(`## ${s.variables}`, '');
  const variables: [string, string][] = [
    [v.financing, texts.labels.financing[input.financing]],
    ...(input.funderType ? [[v.funderType, texts.labels.funderType[input.funderType]] as [string, string]] : []),
    [v.ownership, `${input.ownership} (${texts.labels.ownership[input.ownership - 1] ?? ''})`],
    [v.phase, texts.labels.phase[input.phase]],
    [v.expectedMembers, String(input.expectedMembers)],
    [v.coreGroupFormed, yesNo(texts, e.coreGroupFormed)],
    [v.coordinatorAvailable, yesNo(texts, e.coordinatorAvailable)],
    ...(e.coordinatorHoursPerWeek !== undefined
      ? [[v.coordinatorHoursPerWeek, texts.formatNumber(e.coordinatorHoursPerWeek)] as [string, string]]
      : []),
    [v.legalEntity, yesNo(texts, e.legalEntity)],
    [v.annualPlanRequired, yesNo(texts, e.annualPlanRequired)],
  ];
  out.push(...table([s.variable, s.value], variables), '');

  out.push(`## ${s.roles}`, '');
  out.push(
    ...table(
      [s.role, capitalise(s.needed), s.count, s.reason],
      design.roles.map((role) => [
        texts.labels.role[role.code],
        yesNo(texts, role.needed),
        formatCount(role.advisedCount),
        role.reason,
      ]),
    ),
    '',
  );

  const matrix = toMatrix(design);
  out.push(`## ${s.matrix}`, '', s.raciLegend, '');
  out.push(
    ...table(
      [s.task, ...matrix.roles.map((code) => texts.labels.role[code])],
      matrix.rows.map((row) => [texts.labels.task[row.task], ...matrix.roles.map((code) => row.cells[code] ?? '')]),
    ),
    '',
  );

  out.push(`## ${s.tasks}`, '');
  for (const task of design.tasks) out.push(`- **${texts.labels.task[task.code]}** — ${task.reason}`);
  out.push('');

  const g = design.governance;
  out.push(
    `## ${s.governance}`,
    '',
    `- **${s.dayToDay}:** ${texts.labels.role[g.dayToDay]}. ${g.dayToDayReason}`,
    `- **${s.formalBoard}:** ${yesNo(texts, g.formalBoard)}. ${g.formalBoardReason}`,
    `- **${s.funderMandate}:** ${g.funderMandate === 'mission' ? s.funderMandateMission : s.none}. ${g.funderMandateReason}`,
    `- **${s.soundingBoard}:** ${g.soundingBoard.reason}`,
    '',
  );

  const f = design.financing;
  out.push(`## ${s.financing}`, '');
  out.push(
    ...table(
      [s.costItem, capitalise(s.perYear), s.reason],
      [
        ...f.costItems.map((item) => [
          texts.labels.costItem[item.code],
          formatMoneyRange(texts, item.amountCentsPerYear),
          item.reason,
        ]),
        [s.totalCosts, formatMoneyRange(texts, totalCosts(design)), ''],
      ],
    ),
    '',
    `- **${texts.labels.costItem.coordinator}:** ${s.coordinatorDays(f.coordinatorDaysPerWeek)}`,
    `- **${s.contribution}:** ${formatMoneyRange(texts, f.contributionRangeCentsPerYear)}`,
    `- **${s.inKind}:** ${yesNo(texts, f.inKind)}`,
    `- **${s.funderPays}:** ${yesNo(texts, f.funderPays)}`,
    '',
    f.reason,
    '',
  );

  out.push(`## ${s.tensions}`, '');
  if (design.tensions.length === 0) out.push(s.none, '');
  for (const tension of design.tensions) {
    out.push(
      `### ${texts.labels.tension[tension.code]} (${texts.labels.severity[tension.severity]})`,
      '',
      tension.reason,
      '',
      `**${s.advice}:** ${tension.advice}`,
      '',
    );
  }

  out.push(`## ${s.checklist}`, '');
  for (const item of design.checklist) out.push(`- [ ] **${item.label}** — ${item.reason}`);

  return `${out.join('\n')}\n`;
}
