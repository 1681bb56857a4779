// The inrichtingsdocument as a PDF (pdfmake, in the reader's language): the chosen variables, roles, the responsibility matrix, governance,
// financing, tensions and the checklist — the same sections as the Markdown export, from the same catalog.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { ADVISOR_TEXTS } from '../../../core/design/advisor-texts.js';
import type { DesignInput } from '../../../core/design/design-input.js';
import { toMatrix, type Locale, type NetworkDesign } from '../../../core/design/network-design.js';

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts/Roboto');
let fontsReady = false;

// pdfmake (with pdfkit and its fonts) is imported on the first PDF, not at server start: it costs startup time.
async function loadPdfmake() {
  const { default: pdfmake } = await import('pdfmake');
  if (fontsReady) return pdfmake;
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(fontDir, 'Roboto-Regular.ttf'),
      bold: path.join(fontDir, 'Roboto-Medium.ttf'),
      italics: path.join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  // The document names no images or URLs; refuse any file or network access beyond the fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file: string) => path.resolve(file).startsWith(fontDir));
  fontsReady = true;
  return pdfmake;
}

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
function moneyIn(locale: Locale) {
  const euro = new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  return (range: { min: number; max: number }) => {
    const a = euro.format(Math.round(range.min / 100));
    const b = euro.format(Math.round(range.max / 100));
    return a === b ? a : `${a} – ${b}`;
  };
}
function count(range: { min: number; max: number } | null) {
  if (!range) return '';
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}

function table(header: string[], rows: string[][], widths?: (string | number)[], fontSize = 9): Content {
  return {
    table: {
      headerRows: 1,
      widths: widths ?? header.map(() => '*'),
      body: [header.map((text) => ({ text, bold: true })), ...rows],
    },
    layout: 'lightHorizontalLines',
    fontSize,
    margin: [0, 0, 0, 12],
  };
}

export interface DesignDocumentInput {
  networkName: string;
  versionNumber: number;
  reason: string;
  createdAt: Date;
  input: DesignInput;
  design: NetworkDesign;
  /** The reader's language: headings, labels, amounts and the date. The reasons are the design's own (see designInLocale). */
  locale: Locale;
}

export function designDocumentDefinition(doc: DesignDocumentInput): TDocumentDefinitions {
  const texts = ADVISOR_TEXTS[doc.locale];
  const money = moneyIn(doc.locale);
  const s = texts.summary;
  const v = s.variableLabels;
  const { input, design } = doc;
  const e = input.existing;
  const yesNo = (value: boolean) => (value ? s.yes : s.no);
  const heading = (text: string): Content => ({ text, style: 'h2' });

  const variables: string[][] = [
    [v.financing, texts.labels.financing[input.financing]],
    ...(input.funderType ? [[v.funderType, texts.labels.funderType[input.funderType]]] : []),
    [v.ownership, `${input.ownership} (${texts.labels.ownership[input.ownership - 1] ?? ''})`],
    [v.phase, texts.labels.phase[input.phase]],
    [v.expectedMembers, String(input.expectedMembers)],
    [v.coreGroupFormed, yesNo(e.coreGroupFormed)],
    [v.coordinatorAvailable, yesNo(e.coordinatorAvailable)],
    ...(e.coordinatorHoursPerWeek !== undefined
      ? [[v.coordinatorHoursPerWeek, texts.formatNumber(e.coordinatorHoursPerWeek)]]
      : []),
    [v.legalEntity, yesNo(e.legalEntity)],
    [v.annualPlanRequired, yesNo(e.annualPlanRequired)],
  ];

  const matrix = toMatrix(design);
  const g = design.governance;
  const f = design.financing;
  const total = f.costItems.reduce(
    (sum, item) => ({ min: sum.min + item.amountCentsPerYear.min, max: sum.max + item.amountCentsPerYear.max }),
    { min: 0, max: 0 },
  );

  return {
    info: { title: `${s.title} — ${doc.networkName}`, creator: 'Netwerkregie' },
    pageOrientation: 'landscape',
    pageSize: 'A4',
    pageMargins: [36, 36, 36, 40],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
      meta: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 10] },
    },
    footer: (page, pages) => ({ text: `${page} / ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 10, 0, 0] }),
    content: [
      { text: `${s.title}: ${doc.networkName}`, style: 'h1' },
      {
        text: s.versionLine(
          doc.versionNumber,
          new Intl.DateTimeFormat(INTL_LOCALE[doc.locale], { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
            doc.createdAt,
          ),
          doc.reason,
        ),
        style: 'meta',
      },
      heading(s.variables),
      table([s.variable, s.value], variables, [220, '*']),
      heading(s.roles),
      table(
        [s.role, s.needed.charAt(0).toUpperCase() + s.needed.slice(1), s.count, s.reason],
        design.roles.map((role) => [
          texts.labels.role[role.code],
          yesNo(role.needed),
          count(role.advisedCount),
          role.reason,
        ]),
        [110, 40, 40, '*'],
      ),
      { text: s.matrix, style: 'h2', pageBreak: 'before' },
      { text: s.raciLegend, style: 'meta' },
      // Every role the design uses gets a column. Fixed widths from the page (A4 landscape, 770pt inside the margins; 760
      // leaves room for the cell padding) and one-word role names: with '*' widths, long names pushed the last columns off the page.
      table(
        [s.task, ...matrix.roles.map((code) => texts.labels.roleShort[code])],
        matrix.rows.map((row) => [texts.labels.task[row.task], ...matrix.roles.map((code) => row.cells[code] ?? '')]),
        [
          140,
          ...matrix.roles.map(() => Math.floor((760 - 140 - 10 * (matrix.roles.length + 1)) / matrix.roles.length)),
        ],
        7,
      ),
      heading(s.governance),
      {
        ul: [
          `${s.dayToDay}: ${texts.labels.role[g.dayToDay]}. ${g.dayToDayReason}`,
          `${s.formalBoard}: ${yesNo(g.formalBoard)}. ${g.formalBoardReason}`,
          `${s.funderMandate}: ${g.funderMandate === 'mission' ? s.funderMandateMission : s.none}. ${g.funderMandateReason}`,
          `${s.soundingBoard}: ${g.soundingBoard.composition.map((k) => texts.labels.soundingBoardMember[k]).join(', ')}. ${g.soundingBoard.reason}`,
        ],
        margin: [0, 0, 0, 8],
      },
      heading(s.financing),
      table(
        [s.costItem, s.perYear, s.reason],
        [
          ...f.costItems.map((item) => [texts.labels.costItem[item.code], money(item.amountCentsPerYear), item.reason]),
          [s.totalCosts, money(total), ''],
        ],
        [150, 90, '*'],
      ),
      {
        ul: [
          `${texts.labels.costItem.coordinator}: ${s.coordinatorDays(f.coordinatorDaysPerWeek)}`,
          `${s.contribution}: ${money(f.contributionRangeCentsPerYear)}`,
          `${s.inKind}: ${yesNo(f.inKind)}`,
          `${s.funderPays}: ${yesNo(f.funderPays)}`,
        ],
      },
      { text: f.reason, margin: [0, 4, 0, 8] },
      heading(s.tensions),
      ...(design.tensions.length === 0
        ? [{ text: s.none } as Content]
        : design.tensions.flatMap((tension): Content[] => [
            { text: `${texts.labels.tension[tension.code]} (${texts.labels.severity[tension.severity]})`, style: 'h3' },
            { text: tension.reason },
            { text: [{ text: `${s.advice}: `, bold: true }, tension.advice], margin: [0, 2, 0, 6] },
          ])),
      heading(s.checklist),
      {
        ul: design.checklist.map((item) => ({ text: [{ text: `${item.label} — `, bold: true }, item.reason] })),
      },
    ],
  };
}

export async function renderDesignPdf(doc: DesignDocumentInput): Promise<Buffer> {
  const pdfmake = await loadPdfmake();
  return pdfmake.createPdf(designDocumentDefinition(doc)).getBuffer();
}
