// The server's mail catalog: every mail it composes exists in Dutch and English, carries its link, and the English one
// contains no Dutch sentence (a text forgotten in translation shows up here, not in a member's inbox).
import { describe, expect, it } from 'vitest';
import { invitationLocale, longDate, mailTexts, shortDate, type ComposedMail, type MailTexts } from './mail-texts.js';

const link = 'https://netwerkregie.example/x/abc';
const samples: { [K in keyof MailTexts]: Parameters<MailTexts[K]>[0] } = {
  invitation: {
    recipientName: 'Bram Jansen',
    inviterName: 'Sanne de Vries',
    role: 'employer',
    networkName: '99van Zwolle',
    link,
    days: 14,
  },
  passwordReset: { recipientName: 'Bram Jansen', link, minutes: 60 },
  magicLink: { link, minutes: 15 },
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
  waitlistPromoted: {
    recipientName: 'Wouter Wiel',
    networkName: '99van Zwolle',
    title: 'Training werkplekaanpassing',
    // 13:30 UTC is 14:30 in Amsterdam in winter.
    startsAt: new Date('2026-12-12T13:30:00Z'),
    place: 'Bakkerij Jansen, Zwolle',
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
      // The login link goes to whoever typed the address, so it greets without a name.
      expect(nl.text).toMatch(key === 'magicLink' ? /^Hallo,/ : /^Beste /);
      expect(en.text).toMatch(key === 'magicLink' ? /^Hello,/ : /^Dear /);
      expect(en.text + en.subject).not.toMatch(/\b(Beste|uiterlijk|tot en met|Met vriendelijke groet|van de)\b/);
      expect(en.subject).not.toBe(nl.subject);
    });
  }

  it('invitation: names the inviter, the role in words, the network, the link and how long it lasts', () => {
    const nl = mailTexts.nl.invitation(samples.invitation);
    expect(nl.subject).toBe('Uitnodiging voor 99van Zwolle in Netwerkregie');
    expect(nl.text).toBe(
      `Beste Bram Jansen,\n\nSanne de Vries nodigt u uit om als contactpersoon van een deelnemende werkgever mee te doen in 99van Zwolle.\n\nOpen deze link om de uitnodiging aan te nemen. U kiest dan een wachtwoord, of logt voortaan in met een link per e-mail:\n${link}\n\nDe link is 14 dagen geldig.\n\n-- \nDit bericht is verstuurd door Netwerkregie.`,
    );
    const en = mailTexts.en.invitation(samples.invitation);
    expect(en.subject).toBe('Invitation to 99van Zwolle in Netwerkregie');
    expect(en.text).toBe(
      `Dear Bram Jansen,\n\nSanne de Vries invites you to take part in 99van Zwolle as contact person of a member employer.\n\nOpen this link to accept. You then choose a password, or sign in with a link by email from then on:\n${link}\n\nThe link is valid for 14 days.\n\n-- \nThis message was sent by Netwerkregie.`,
    );
  });

  it('password reset and login link: the link, its minutes, and what to do if you did not ask', () => {
    expect(mailTexts.nl.passwordReset(samples.passwordReset)).toEqual({
      subject: 'Nieuw wachtwoord instellen voor Netwerkregie',
      text: `Beste Bram Jansen,\n\nU hebt gevraagd om een nieuw wachtwoord. Open deze link om het in te stellen:\n${link}\n\nDe link is 60 minuten geldig. Hebt u dit niet gevraagd? Dan kunt u dit bericht negeren; uw wachtwoord blijft hetzelfde.\n\n-- \nDit bericht is verstuurd door Netwerkregie.`,
    });
    expect(mailTexts.en.passwordReset(samples.passwordReset)).toEqual({
      subject: 'Set a new password for Netwerkregie',
      text: `Dear Bram Jansen,\n\nYou asked for a new password. Open this link to set it:\n${link}\n\nThe link is valid for 60 minutes. Didn't ask for this? Ignore this message; your password stays the same.\n\n-- \nThis message was sent by Netwerkregie.`,
    });
    expect(mailTexts.nl.magicLink(samples.magicLink)).toEqual({
      subject: 'Uw inloglink voor Netwerkregie',
      text: `Hallo,\n\nMet deze link logt u in bij Netwerkregie zonder wachtwoord:\n${link}\n\nDe link is 15 minuten geldig en werkt één keer. Hebt u dit niet gevraagd? Dan kunt u dit bericht negeren.\n\n-- \nDit bericht is verstuurd door Netwerkregie.`,
    });
    expect(mailTexts.en.magicLink(samples.magicLink)).toEqual({
      subject: 'Your sign-in link for Netwerkregie',
      text: `Hello,\n\nThis link signs you in to Netwerkregie without a password:\n${link}\n\nThe link is valid for 15 minutes and works once. Didn't ask for this? Ignore this message.\n\n-- \nThis message was sent by Netwerkregie.`,
    });
  });

  it("an invitation is in the invited account's language, else the inviter's, else the request's", () => {
    expect(invitationLocale({ recipientAccount: 'nl', inviterAccount: 'en', request: 'en' })).toBe('nl');
    expect(invitationLocale({ recipientAccount: 'en', inviterAccount: 'nl', request: 'nl' })).toBe('en');
    expect(invitationLocale({ recipientAccount: undefined, inviterAccount: 'en', request: 'nl' })).toBe('en');
    expect(invitationLocale({ recipientAccount: undefined, inviterAccount: 'nl', request: 'en' })).toBe('nl');
    expect(invitationLocale({ recipientAccount: undefined, inviterAccount: undefined, request: 'en' })).toBe('en');
  });

  it('a place from the waiting list: the activity, its day and time in Amsterdam, the place and the link to cancel', () => {
    const nl = mailTexts.nl.waitlistPromoted(samples.waitlistPromoted);
    const en = mailTexts.en.waitlistPromoted(samples.waitlistPromoted);
    expect(nl.subject).toBe('U heeft een plaats: Training werkplekaanpassing');
    expect(nl.text).toContain(
      '"Training werkplekaanpassing" op zaterdag 12 december 2026 om 14:30 (Bakkerij Jansen, Zwolle)',
    );
    expect(en.subject).toBe('You have a place: Training werkplekaanpassing');
    // ICU versions differ on the comma after the weekday; the parts that matter are these.
    expect(en.text).toMatch(
      /"Training werkplekaanpassing" on Saturday,? 12 December 2026 at 14:30 \(Bakkerij Jansen, Zwolle\)/,
    );
  });

  it('writes dates the way each language does', () => {
    expect(shortDate('2026-03-07')).toBe('7-3-2026');
    expect(longDate('2026-03-07', 'nl')).toBe('7 maart 2026');
    expect(longDate('2026-03-07', 'en')).toBe('7 March 2026');
  });
});
