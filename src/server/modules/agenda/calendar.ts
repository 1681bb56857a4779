// iCalendar (RFC 5545) output for activities, with the `ics` package. Times go out in UTC; calendar apps show them in the
// reader's zone (Europe/Amsterdam for our users). A cancelled activity stays in the feed as CANCELLED so calendars drop it.
import { createEvents, type EventAttributes } from 'ics';
import { AppError } from '../../platform/errors.js';

interface IcsActivity {
  id: string;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  status: string;
  updatedAt: Date;
  version: number;
}

export function activitiesToIcs(
  rows: readonly IcsActivity[],
  options: { calName: string; publicUrl: string; networkId: string },
): string {
  const host = new URL(options.publicUrl).hostname;
  const events: EventAttributes[] = rows.map((a) => ({
    uid: `${a.id}@${host}`,
    title: a.title,
    description: [a.description, a.onlineUrl].filter(Boolean).join('\n\n') || undefined,
    start: a.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: a.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: a.location ?? undefined,
    url: `${options.publicUrl}/n/${options.networkId}/agenda/${a.id}`,
    status: a.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    sequence: a.version,
    lastModified: a.updatedAt.getTime(),
    productId: 'netwerkregie/agenda',
  }));
  if (events.length === 0) {
    return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nPRODID:netwerkregie/agenda\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:${options.calName.replace(/[,;\\]/g, (c) => `\\${c}`)}\r\nEND:VCALENDAR\r\n`;
  }
  const { error, value } = createEvents(events, { calName: options.calName, productId: 'netwerkregie/agenda' });
  if (error || !value) throw new AppError('internal');
  return value;
}
