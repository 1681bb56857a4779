// The server's mail catalog: every mail it composes exists in Dutch and English, carries its link, and the English one
// contains no Dutch sentence (a text forgotten in translation shows up here, not in a member's inbox).
import { describe, expect, it } from 'vitest';
import { longDate, mailTexts, shortDate, type ComposedMail, type MailTexts } from './mail-texts.js';

const link = 'https://netwerkregie.example/x/abc';
const samples: { [K in keyof MailTexts]: Parameters<MailTexts[K]>[0] } = {
  adviceRequest: {
    recipientName: 'Sanne de Vries',
    networkName: '99van Zwolle',
    question: 'Hoe werven we?',
    background: 'Achtergrond',
    deadline: '2026-12-18',
    link,
  },
  pulseInvitation: { networkName: '99van Zwolle', recipientName: 'Sanne', link, closesOn: '2026-12-18' },
  needsRoundInvitation: {
    networkName: '99van Zwolle',
    recipientName: 'Sanne',
    title: 'Voorjaar 2027',
    link,
    closesOn: '2026-12-18',
  },
  invoiceReminder: {
    contactName: null,
    number: '2026-0007',
    amountCents: 125050,
    issuedOn: '2026-11-01',
    dueOn: '2026-12-01',
    networkName: '99van Zwolle',
    description: 'Bijdrage 2026',
  },
  checkInReminder: {
    networkName: '99van Zwolle',
    recipientName: 'Sanne',
    lines: [
      { candidateCode: 'K-0012', organisationName: 'Bakkerij Jansen', months: 6, dueOn: '2026-12-18', overdue: true },
    ],
    link,
  },
  followUpReminder: {
    networkName: '99van Zwolle',
    recipientName: 'Sanne',
    lines: [{ what: 'Terugbellen', organisationName: 'Bakkerij Jansen', dueOn: '2026-12-18', overdue: false }],
    link,
  },
};
const compose = (texts: MailTexts, key: keyof MailTexts): ComposedMail =>
  (texts[key] as (p: unknown) => ComposedMail)(samples[key]);

describe('mail catalog', () => {
  for (const key of Object.keys(samples) as (keyof MailTexts)[]) {
    it(`${key}: Dutch and English, both with the link or amount, the English one without Dutch`, () => {
      const nl = compose(mailTexts.nl, key);
      const en = compose(mailTexts.en, key);
      for (const mail of [nl, en]) {
        expect(mail.subject.length).toBeGreaterThan(5);
        if (key === 'invoiceReminder') expect(mail.text).toContain('€ 1.250,50');
        else expect(mail.text).toContain(link);
      }
      expect(nl.text).toMatch(/^Beste /);
      expect(en.text).toMatch(/^Dear /);
      expect(en.text + en.subject).not.toMatch(/\b(Beste|uiterlijk|tot en met|Met vriendelijke groet|van de)\b/);
      expect(en.subject).not.toBe(nl.subject);
    });
  }

  it('writes dates the way each language does', () => {
    expect(shortDate('2026-03-07')).toBe('7-3-2026');
    expect(longDate('2026-03-07', 'nl')).toBe('7 maart 2026');
    expect(longDate('2026-03-07', 'en')).toBe('7 March 2026');
  });
});
