// Words for the kinds of mailing and the delivery statuses, and the mailing and delivery lists as exported.
import { defineList, type CodeLabels } from '../export-list.js';
import type { ListMailingsQuery } from './mailings.contract.js';

/** What the mailings list can be sorted by: the route's `sort` values. */
export type MailingSort = ListMailingsQuery['sort'];

export const mailingKindLabels = {
  newsletter: { nl: 'Nieuwsbrief', en: 'Newsletter' },
  invitation: { nl: 'Uitnodiging', en: 'Invitation' },
  announcement: { nl: 'Mededeling', en: 'Announcement' },
  reminder: { nl: 'Herinnering', en: 'Reminder' },
} satisfies CodeLabels;

export const deliveryStatusLabels = {
  queued: { nl: 'In de wachtrij', en: 'Queued' },
  sent: { nl: 'Verzonden', en: 'Sent' },
  stored: { nl: 'Bewaard (geen mailserver ingesteld)', en: 'Stored (no mail server configured)' },
  failed: { nl: 'Mislukt', en: 'Failed' },
  skipped: { nl: 'Overgeslagen', en: 'Skipped' },
} satisfies CodeLabels;

export const mailingsList = defineList<
  {
    subject: string;
    kind: string;
    sentAt: string | Date | null;
    progress: { total: number; sent: number; failed: number };
  },
  MailingSort
>({
  fileName: { nl: 'berichten', en: 'mailings' },
  sheetName: { nl: 'Berichten', en: 'Mailings' },
  columns: [
    { label: { nl: 'Onderwerp', en: 'Subject' }, kind: 'text', sortKey: 'subject', value: (m) => m.subject },
    {
      label: { nl: 'Soort', en: 'Kind' },
      kind: 'code',
      labels: mailingKindLabels,
      sortKey: 'kind',
      value: (m) => m.kind,
    },
    { label: { nl: 'Verstuurd op', en: 'Sent at' }, kind: 'datetime', value: (m) => m.sentAt },
    { label: { nl: 'Ontvangers', en: 'Recipients' }, kind: 'integer', value: (m) => m.progress.total },
    { label: { nl: 'Verzonden', en: 'Sent' }, kind: 'integer', value: (m) => m.progress.sent },
    { label: { nl: 'Mislukt', en: 'Failed' }, kind: 'integer', value: (m) => m.progress.failed },
  ],
});

export const deliveriesList = defineList<{
  email: string;
  name: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | Date | null;
}>({
  fileName: { nl: 'afleveringen', en: 'deliveries' },
  sheetName: { nl: 'Afleveringen', en: 'Deliveries' },
  columns: [
    { label: { nl: 'E-mail', en: 'Email' }, kind: 'text', value: (d) => d.email },
    { label: { nl: 'Naam', en: 'Name' }, kind: 'text', value: (d) => d.name },
    { label: { nl: 'Status', en: 'Status' }, kind: 'code', labels: deliveryStatusLabels, value: (d) => d.status },
    { label: { nl: 'Pogingen', en: 'Attempts' }, kind: 'integer', value: (d) => d.attempts },
    { label: { nl: 'Antwoord mailserver', en: 'Mail server reply' }, kind: 'text', value: (d) => d.lastError },
    { label: { nl: 'Verzonden op', en: 'Sent at' }, kind: 'datetime', value: (d) => d.sentAt },
  ],
});
