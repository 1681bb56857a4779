// A released report as a PDF in the reader's language (pdfmake with its Roboto fonts): the mission-level figures a funder may
// see, with small counts suppressed, bar charts drawn as vectors, the narrative and the definitions of every figure. Never a
// name. The words are in the server's document catalog (platform/document-texts.ts).
import { createRequire } from 'node:module';
import path from 'node:path';
import { amsterdamDateOf } from '../../../core/calendar.js';
import type { MissionAggregates } from '../../../core/steering/dashboard.js';
import { reportTexts } from '../../platform/document-texts.js';
import type { Locale } from '../../platform/messages.js';

const require = createRequire(import.meta.url);

export interface ReportPdfInput {
  networkName: string;
  label: string;
  periodFrom: string;
  periodTo: string;
  releasedAt: Date | null;
  narrative: string;
  funder: Omit<MissionAggregates, 'quarters'> & { quarters: MissionAggregates['quarters'] };
  locale: Locale;
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
  const w = reportTexts(input.locale);
  const t = w.measures;
  const figures: [string, string][] = [
    [w.members, w.count(f.members)],
    [t.active_member_share.label, `${w.count(f.activeMembers)} (${w.share(f.activeMemberShare)})`],
    [t.activities.label, w.count(f.activities)],
    [t.turnout_registered.label, w.share(f.turnoutOfRegistered)],
    [t.placements.label, w.count(f.placements)],
    [t.banen.label, w.banen(f.banen)],
    [t.still_employed_6.label, w.share(f.stillEmployed6)],
    [t.still_employed_12.label, w.share(f.stillEmployed12)],
    [w.ambition, f.ambitionJobs === null ? w.noData : w.banen(f.ambitionJobs)],
  ];
  const released = input.releasedAt ? `, ${w.released(w.date(amsterdamDateOf(input.releasedAt)))}` : '';
  const doc = {
    info: { title: `${w.title(input.label)} — ${input.networkName}` },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      { text: w.title(input.label), fontSize: 18, bold: true },
      { text: input.networkName, fontSize: 12, margin: [0, 2, 0, 2] },
      {
        text: `${w.periodLabel} ${w.range(w.date(input.periodFrom), w.date(input.periodTo))}${released}. ${w.suppression}`,
        color: '#333333',
        margin: [0, 0, 0, 10],
      },
      { text: w.narrative, fontSize: 13, bold: true },
      { text: input.narrative.trim() || '—', margin: [0, 4, 0, 10] },
      { text: w.results, fontSize: 13, bold: true },
      {
        table: { headerRows: 1, widths: ['*', 160], body: [[w.figure, w.value], ...figures] },
        layout: 'lightHorizontalLines',
        margin: [0, 4, 0, 8],
      },
      ...barChart(
        w.placementsPerQuarter,
        f.quarters.map((q) => ({
          label: q.key,
          value: typeof q.placements === 'number' ? q.placements : null,
          text: w.count(q.placements),
        })),
      ),
      ...barChart(
        w.activeSharePerQuarter,
        f.quarters.map((q) => ({
          label: q.key,
          value: q.activeMemberShare === null ? null : q.activeMemberShare * 100,
          text: w.share(q.activeMemberShare),
        })),
      ),
      { text: w.definitions, fontSize: 13, bold: true, margin: [0, 10, 0, 4], pageBreak: 'before' },
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
