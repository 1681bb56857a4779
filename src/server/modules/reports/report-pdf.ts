// A released report as a PDF in Dutch (pdfmake with its Roboto fonts): the mission-level figures a funder may see, with small
// counts suppressed, bar charts drawn as vectors, the narrative and the definitions of every figure. Never a name.
import { createRequire } from 'node:module';
import path from 'node:path';
import { amsterdamDateOf, formatDutchDate } from '../../../core/calendar.js';
import type { MissionAggregates } from '../../../core/steering/dashboard.js';
import { MEASURE_TEXTS } from '../../../core/steering/definitions.js';
import { SUPPRESSED, WITHHELD } from '../../../core/steering/suppress.js';

const require = createRequire(import.meta.url);

export interface ReportPdfInput {
  networkName: string;
  label: string;
  periodFrom: string;
  periodTo: string;
  releasedAt: Date | null;
  narrative: string;
  funder: Omit<MissionAggregates, 'quarters'> & { quarters: MissionAggregates['quarters'] };
}

const nlNumber = (n: number, digits = 0) =>
  n.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatCount(v: number | string | null): string {
  if (v === null) return 'nog geen gegevens';
  return typeof v === 'string' ? v : nlNumber(v);
}

export function formatShare(v: number | null): string {
  return v === null ? 'niet getoond (teller, rest of noemer onder de 5)' : `${nlNumber(v * 100)}%`;
}

export function formatBanen(v: number | string): string {
  return typeof v === 'string' ? v : nlNumber(v, 2);
}

/** A vertical bar chart as pdfmake canvas vectors, with the values written above the bars. */
function barChart(title: string, bars: { label: string; value: number | null; text: string }[]) {
  const width = 460;
  const height = 120;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.min(60, slot * 0.6);
  const canvas: Record<string, unknown>[] = [
    { type: 'line', x1: 0, y1: height, x2: width, y2: height, lineWidth: 0.8, lineColor: '#444444' },
  ];
  const labels: Record<string, unknown>[] = [];
  bars.forEach((b, i) => {
    const h = b.value === null ? 0 : (b.value / max) * (height - 14);
    const x = i * slot + (slot - barWidth) / 2;
    if (b.value === null) {
      canvas.push({ type: 'rect', x, y: height - 10, w: barWidth, h: 10, lineColor: '#888888', dash: { length: 2 } });
    } else {
      canvas.push({ type: 'rect', x, y: height - h, w: barWidth, h, color: '#1c5d99' });
    }
    labels.push({ text: `${b.label}: ${b.text}`, fontSize: 8 });
  });
  return [{ text: title, bold: true, margin: [0, 10, 0, 4] }, { canvas }, { columns: labels, margin: [0, 4, 0, 8] }];
}

export async function reportPdf(input: ReportPdfInput): Promise<Buffer> {
  const { default: pdfmake } = await import('pdfmake');
  const fontDir = path.dirname(require.resolve('pdfmake/fonts/Roboto.js'));
  pdfmake.setFonts(require('pdfmake/fonts/Roboto.js') as Parameters<typeof pdfmake.setFonts>[0]);
  pdfmake.setLocalAccessPolicy((p: string) => path.resolve(p).startsWith(fontDir));
  const f = input.funder;
  const t = MEASURE_TEXTS.nl;
  const figures: [string, string][] = [
    ['Deelnemers', formatCount(f.members)],
    [t.active_member_share.label, `${formatCount(f.activeMembers)} (${formatShare(f.activeMemberShare)})`],
    [t.activities.label, formatCount(f.activities)],
    [t.turnout_registered.label, formatShare(f.turnoutOfRegistered)],
    [t.placements.label, formatCount(f.placements)],
    [t.banen.label, formatBanen(f.banen)],
    [t.still_employed_6.label, formatShare(f.stillEmployed6)],
    [t.still_employed_12.label, formatShare(f.stillEmployed12)],
    ['Ambitie (banen, opgeteld)', f.ambitionJobs === null ? 'nog geen gegevens' : formatBanen(f.ambitionJobs)],
  ];
  const doc = {
    info: { title: `Rapportage ${input.label} — ${input.networkName}` },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      { text: `Rapportage ${input.label}`, fontSize: 18, bold: true },
      { text: input.networkName, fontSize: 12, margin: [0, 2, 0, 2] },
      {
        text: `Periode ${input.periodFrom} t/m ${input.periodTo}${input.releasedAt ? `, vrijgegeven op ${formatDutchDate(amsterdamDateOf(input.releasedAt))}` : ''}. Aantallen onder de 5 staan als "${SUPPRESSED}"; "${WITHHELD}" is 5 of meer maar niet getoond, zodat een klein aantal niet uit het totaal volgt; percentages worden niet getoond als de teller, het complement of de noemer onder de 5 ligt.`,
        color: '#333333',
        margin: [0, 0, 0, 10],
      },
      { text: 'Toelichting van de kerngroep', fontSize: 13, bold: true },
      { text: input.narrative.trim() || '—', margin: [0, 4, 0, 10] },
      { text: 'Missieresultaten', fontSize: 13, bold: true },
      {
        table: { headerRows: 1, widths: ['*', 160], body: [['Cijfer', 'Waarde'], ...figures] },
        layout: 'lightHorizontalLines',
        margin: [0, 4, 0, 8],
      },
      ...barChart(
        'Plaatsingen per kwartaal',
        f.quarters.map((q) => ({
          label: q.key,
          value: typeof q.placements === 'number' ? q.placements : null,
          text: formatCount(q.placements),
        })),
      ),
      ...barChart(
        'Actieve deelnemers per kwartaal (aandeel)',
        f.quarters.map((q) => ({
          label: q.key,
          value: q.activeMemberShare === null ? null : q.activeMemberShare * 100,
          text: formatShare(q.activeMemberShare),
        })),
      ),
      { text: 'Definities', fontSize: 13, bold: true, margin: [0, 10, 0, 4], pageBreak: 'before' },
      ...(
        [
          'active_member_share',
          'turnout_registered',
          'placements',
          'banen',
          'still_employed_6',
          'still_employed_12',
        ] as const
      ).map((code) => ({
        text: [{ text: `${t[code].label}: `, bold: true }, t[code].definition],
        margin: [0, 0, 0, 6],
      })),
    ],
  };
  return pdfmake.createPdf(doc as Parameters<typeof pdfmake.createPdf>[0]).getBuffer();
}
