// A real SMTP server in the test process (smtp-server): it accepts mail over the wire, keeps each message with its headers
// and counts deliveries per recipient. It can refuse a recipient a number of times (a temporary 451) and can call a hook
// before acknowledging a message, which the exactly-once test uses to kill the sender while a message is in flight.
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  raw: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
}

function parse(raw: string): { headers: Record<string, string>; subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  let text = raw.slice(split + 4);
  if (/quoted-printable/i.test(headers['content-transfer-encoding'] ?? ''))
    text = Buffer.from(
      text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  else if (/base64/i.test(headers['content-transfer-encoding'] ?? ''))
    text = Buffer.from(text.replace(/\s/g, ''), 'base64').toString('utf8');
  let subject = headers.subject ?? '';
  subject = subject.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
  return { headers, subject, text: text.replace(/\r\n/g, '\n') };
}

export interface TestSmtp {
  port: number;
  url: string;
  received: ReceivedMail[];
  countsByRecipient(): Map<string, number>;
  /** Refuse RCPT TO for this address the next `times` times with a temporary error. */
  refuse(address: string, times: number): void;
  /** Called with the accepted count before the server acknowledges a message; return false to drop it unacknowledged. */
  beforeAck: ((acceptedSoFar: number) => boolean) | null;
  close(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const refusals = new Map<string, number>();
  const state: { beforeAck: TestSmtp['beforeAck'] } = { beforeAck: null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const left = refusals.get(address.address.toLowerCase()) ?? 0;
      if (left > 0) {
        refusals.set(address.address.toLowerCase(), left - 1);
        const error = new Error('451 4.3.0 Mailbox tijdelijk niet beschikbaar') as Error & { responseCode: number };
        error.responseCode = 451;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.beforeAck && !state.beforeAck(received.length)) return; // never acknowledged: not delivered
        const raw = Buffer.concat(chunks).toString('utf8');
        const parsed = parse(raw);
        for (const rcpt of session.envelope.rcptTo) received.push({ to: rcpt.address.toLowerCase(), raw, ...parsed });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    countsByRecipient() {
      const map = new Map<string, number>();
      for (const m of received) map.set(m.to, (map.get(m.to) ?? 0) + 1);
      return map;
    },
    refuse(address, times) {
      refusals.set(address.toLowerCase(), times);
    },
    get beforeAck() {
      return state.beforeAck;
    },
    set beforeAck(fn) {
      state.beforeAck = fn;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
