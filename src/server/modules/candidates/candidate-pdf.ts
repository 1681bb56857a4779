// The inzageverzoek as a PDF (pdfmake with the Roboto fonts it ships), in Dutch: everything held about one candidate.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { exportCandidate } from './rights.service.js';

type CandidateExport = Awaited<ReturnType<typeof exportCandidate>>;

const require = createRequire(import.meta.url);

const LABELS: Record<string, string> = {
  code: 'Code',
  firstName: 'Voornaam',
  email: 'E-mail',
  phone: 'Telefoon',
  place: 'Woonplaats',
  postcodeArea: 'Postcodegebied',
  wishes: 'Werkwensen',
  hoursPerWeek: 'Uren per week',
  supportNeeded: 'Ondersteuning nodig',
  availableFrom: 'Beschikbaar vanaf',
  referredBy: 'Aangemeld door',
  targetGroupRegister: 'Doelgroepregister',
  targetGroupRegisterOn: 'Doelgroepregister per',
  status: 'Status',
  statusReason: 'Reden status',
  leftOn: 'Uitgestroomd op',
  erasedAt: 'Gewist op',
  createdAt: 'Aangemeld op',
};

function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (value instanceof Date) return value.toISOString().slice(0, 16).replace('T', ' ');
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(', ');
  return String(value);
}

export async function candidateExportPdf(data: CandidateExport): Promise<Buffer> {
  const { default: pdfmake } = await import('pdfmake');
  const fontDir = path.dirname(require.resolve('pdfmake/fonts/Roboto.js'));
  pdfmake.setFonts(require('pdfmake/fonts/Roboto.js') as Parameters<typeof pdfmake.setFonts>[0]);
  pdfmake.setLocalAccessPolicy((p: string) => path.resolve(p).startsWith(fontDir));
  const c = data.candidate;
  const rows = Object.entries(LABELS).map(([key, label]) => [label, text((c as Record<string, unknown>)[key])]);
  const table = (body: string[][], widths: (string | number)[]) => ({
    table: { headerRows: 1, widths, body },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12] as [number, number, number, number],
  });
  const doc = {
    info: { title: `Inzage ${c.code}` },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      { text: `Inzageverzoek kandidaat ${c.code}`, fontSize: 16, bold: true },
      {
        text: `Alle gegevens die het netwerk over deze kandidaat bewaart, opgemaakt op ${text(data.exportedAt)} (UTC).`,
      },
      { text: 'Gegevens', fontSize: 13, bold: true, margin: [0, 12, 0, 0] },
      table([['Veld', 'Waarde'], ...rows], [150, '*']),
      { text: 'Toestemmingen', fontSize: 13, bold: true },
      table(
        [
          ['Met wie', 'Velden', 'Gegeven', 'Geldig tot', 'Ingetrokken'],
          ...c.consents.map((k) => [
            k.organisationName ?? k.otherNetworkName ?? k.recipient,
            text(k.fields),
            k.givenOn,
            text(k.validUntil),
            text(k.withdrawnAt),
          ]),
        ],
        ['*', '*', 60, 60, 80],
      ),
      { text: 'Statusgeschiedenis', fontSize: 13, bold: true },
      table(
        [
          ['Wanneer', 'Van', 'Naar', 'Reden'],
          ...c.statusHistory.map((s) => [text(s.changedAt), text(s.fromStatus), s.toStatus, text(s.reason)]),
        ],
        [90, 70, 70, '*'],
      ),
      { text: 'Plaatsingen', fontSize: 13, bold: true },
      table(
        [
          ['Werkgever', 'Start', 'Einde', 'Uren', 'Contract'],
          ...data.placements.map((p) => [
            p.organisationName,
            p.startsOn,
            text(p.endsOn),
            String(p.hoursPerWeek),
            p.contractKind,
          ]),
        ],
        ['*', 60, 60, 40, 80],
      ),
      { text: 'Wie heeft de gegevens bekeken', fontSize: 13, bold: true },
      table(
        [
          ['Wanneer', 'Wie', 'Handeling', 'Velden'],
          ...data.viewLog.map((v) => [text(v.at), text(v.actorName), v.action, text(v.fields)]),
        ],
        [90, 90, 90, '*'],
      ),
    ],
  };
  return pdfmake.createPdf(doc as Parameters<typeof pdfmake.createPdf>[0]).getBuffer();
}
