// The e-mails the server composes itself, in Dutch (default) and English, in one place: the recipient's language picks the
// catalog (their account's language; Dutch when they have no account). Each text is a pure function of its parameters, so a
// test reads it exactly. Mails to candidates stay in plain Dutch (B1) and are not here: candidates have no account language.
// Mailings (written by the coordinator) are the coordinator's own words and are not translated.
//
// Which language, per mail:
// - password reset and login link: the account's language (only an account can ask for them);
// - invitation: the recipient's account language when the invited address already has an account; otherwise the inviter's
//   (their account's language, or the request's language when no account invites), since someone new has chosen nothing
//   yet and the inviter knows whom they invite — see `invitationLocale`;
// - every other mail here: the recipient's account language, Dutch without an account (`recipientLocales` in mail.ts).
import type { NetworkRole } from '../../core/access/permissions.js';
import { formatEuro } from '../../core/budget/money.js';
import { formatDutchDate } from '../../core/calendar.js';
import type { Locale } from './messages.js';

/** An instant as people read it in the Netherlands, whatever the server's zone: "zaterdag 12 december 2026 om 14:30". */
function fullDateTime(locale: 'nl-NL' | 'en-GB', at: Date): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(at);
}

export interface ComposedMail {
  subject: string;
  text: string;
}

export interface ReminderLine {
  candidateCode: string;
  organisationName: string;
  months: number;
  dueOn: string;
  overdue: boolean;
}

export interface FollowUpLine {
  what: string;
  organisationName: string;
  dueOn: string;
  overdue: boolean;
}

export interface MailTexts {
  invitation(p: {
    recipientName: string;
    inviterName: string;
    role: NetworkRole;
    networkName: string;
    link: string;
    days: number;
  }): ComposedMail;
  passwordReset(p: { recipientName: string; link: string; minutes: number }): ComposedMail;
  magicLink(p: { link: string; minutes: number }): ComposedMail;
  adviceRequest(p: {
    recipientName: string;
    networkName: string;
    question: string;
    background: string | null;
    deadline: string;
    link: string;
  }): ComposedMail;
  pulseInvitation(p: { networkName: string; recipientName: string; link: string; closesOn: string }): ComposedMail;
  needsRoundInvitation(p: {
    networkName: string;
    recipientName: string;
    title: string;
    link: string;
    closesOn: string;
  }): ComposedMail;
  invoiceReminder(p: {
    contactName: string | null;
    number: string;
    amountCents: number;
    issuedOn: string;
    dueOn: string;
    networkName: string;
    description: string;
  }): ComposedMail;
  checkInReminder(p: {
    networkName: string;
    recipientName: string;
    lines: readonly ReminderLine[];
    link: string;
  }): ComposedMail;
  /** A place came free: someone on the waiting list is now registered. */
  waitlistPromoted(p: {
    recipientName: string;
    networkName: string;
    title: string;
    startsAt: Date;
    place: string;
    link: string;
  }): ComposedMail;
  followUpReminder(p: {
    networkName: string;
    recipientName: string;
    lines: readonly FollowUpLine[];
    link: string;
  }): ComposedMail;
}

/** 2026-12-07 → "7-12-2026" (the short Dutch date of lists and deadlines). */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

/** 2026-12-07 → "7 december 2026" / "7 December 2026". */
export function longDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/**
 * The language of an invitation: the invited address's account language when it has an account, otherwise the inviter's
 * account language, otherwise the language of the request that sends it.
 */
export function invitationLocale(p: {
  recipientAccount: Locale | undefined;
  inviterAccount: Locale | undefined;
  request: Locale;
}): Locale {
  return p.recipientAccount ?? p.inviterAccount ?? p.request;
}

/** The signature under the mails about signing in and joining (invitation, password reset, login link). */
const withFooter = (text: string, footer: string) => `${text}\n\n-- \n${footer}`;
const NL_FOOTER = 'Dit bericht is verstuurd door Netwerkregie.';
const EN_FOOTER = 'This message was sent by Netwerkregie.';

/** A role as the invitation names it ("… nodigt u uit om als <role> mee te doen"). */
const NL_ROLES: Record<NetworkRole, string> = {
  coordinator: 'netwerkcoördinator',
  back_office: 'backoffice',
  core_group: 'lid van de kerngroep',
  board: 'bestuurslid',
  employer: 'contactpersoon van een deelnemende werkgever',
  sounding_board: 'lid van de klankbordgroep',
  funder: 'financier',
  partner: 'samenwerkingspartner',
  theme_lead: 'kartrekker',
  theme_member: 'lid van een themagroep',
};
const EN_ROLES: Record<NetworkRole, string> = {
  coordinator: 'network coordinator',
  back_office: 'back office',
  core_group: 'core group member',
  board: 'board member',
  employer: 'contact person of a member employer',
  sounding_board: 'sounding board member',
  funder: 'funder',
  partner: 'partner',
  theme_lead: 'theme lead',
  theme_member: 'member of a theme group',
};

const nl: MailTexts = {
  waitlistPromoted: (p) => ({
    subject: `U heeft een plaats: ${p.title}`,
    text: [
      `Beste ${p.recipientName},`,
      '',
      `Er is een plaats vrijgekomen. U stond op de wachtlijst en bent nu aangemeld voor "${p.title}" op ${fullDateTime('nl-NL', p.startsAt)}${p.place ? ` (${p.place})` : ''}.`,
      '',
      `Kunt u toch niet? Meld u dan af, zodat de volgende op de wachtlijst uw plaats krijgt: ${p.link}`,
      '',
      'Met vriendelijke groet,',
      p.networkName,
    ].join('\n'),
  }),
  invitation: (p) => ({
    subject: `Uitnodiging voor ${p.networkName} in Netwerkregie`,
    text: withFooter(
      `Beste ${p.recipientName},\n\n${p.inviterName} nodigt u uit om als ${NL_ROLES[p.role]} mee te doen in ${p.networkName}.\n\nOpen deze link om de uitnodiging aan te nemen. U kiest dan een wachtwoord, of logt voortaan in met een link per e-mail:\n${p.link}\n\nDe link is ${p.days} dagen geldig.`,
      NL_FOOTER,
    ),
  }),
  passwordReset: (p) => ({
    subject: 'Nieuw wachtwoord instellen voor Netwerkregie',
    text: withFooter(
      `Beste ${p.recipientName},\n\nU hebt gevraagd om een nieuw wachtwoord. Open deze link om het in te stellen:\n${p.link}\n\nDe link is ${p.minutes} minuten geldig. Hebt u dit niet gevraagd? Dan kunt u dit bericht negeren; uw wachtwoord blijft hetzelfde.`,
      NL_FOOTER,
    ),
  }),
  magicLink: (p) => ({
    subject: 'Uw inloglink voor Netwerkregie',
    text: withFooter(
      `Hallo,\n\nMet deze link logt u in bij Netwerkregie zonder wachtwoord:\n${p.link}\n\nDe link is ${p.minutes} minuten geldig en werkt één keer. Hebt u dit niet gevraagd? Dan kunt u dit bericht negeren.`,
      NL_FOOTER,
    ),
  }),
  adviceRequest: (p) => ({
    subject: `Adviesvraag aan de klankbordgroep: ${p.question.slice(0, 120)}`,
    text: [
      `Beste ${p.recipientName},`,
      '',
      `De kerngroep van ${p.networkName} vraagt de klankbordgroep om advies:`,
      '',
      p.question,
      ...(p.background ? ['', p.background] : []),
      '',
      `Uw advies is welkom tot en met ${longDate(p.deadline, 'nl')}. U geeft het in de app: ${p.link}`,
    ].join('\n'),
  }),
  pulseInvitation: (p) => ({
    subject: `[${p.networkName}] Hoe eigen voelt het netwerk? Vijf minuten, anoniem`,
    text: [
      `Beste ${p.recipientName},`,
      '',
      `Twee keer per jaar vragen we alle leden van ${p.networkName} hoe eigen het netwerk voelt. Het zijn een paar stellingen en één open vraag; invullen kost een paar minuten en kan zonder in te loggen.`,
      '',
      'Je antwoorden zijn anoniem: niemand ziet wat jij hebt ingevuld, alleen de uitkomst van alle antwoorden samen, en pas vanaf vijf antwoorden.',
      '',
      `Vul de peiling in (tot en met ${shortDate(p.closesOn)}): ${p.link}`,
      '',
      'Deze link is persoonlijk en werkt één keer.',
    ].join('\n'),
  }),
  needsRoundInvitation: (p) => ({
    subject: `[${p.networkName}] Waar heeft jouw organisatie behoefte aan? ${p.title}`,
    text: [
      `Beste ${p.recipientName},`,
      '',
      `Met deze behoeftepeiling vragen we alle leden van ${p.networkName} welke thema’s zij het komende halfjaar in het netwerk willen oppakken. Kies de thema’s die voor jullie spelen en schrijf er desgewenst kort bij wat je precies zoekt; invullen kan zonder in te loggen.`,
      '',
      'Elk gekozen thema komt als behoefte in de lijst van het netwerk, met jouw organisatie als ondersteuner. Andere leden zien hoeveel organisaties een behoefte steunen, niet welke; je toelichting ziet alleen de coördinator, zonder je naam.',
      '',
      `Vul de behoeftepeiling in (tot en met ${shortDate(p.closesOn)}): ${p.link}`,
      '',
      'Deze link is persoonlijk en werkt één keer.',
    ].join('\n'),
  }),
  invoiceReminder: (p) => ({
    subject: `Herinnering: factuur ${p.number} van ${p.networkName}`,
    text: [
      p.contactName ? `Beste ${p.contactName},` : 'Beste heer, mevrouw,',
      '',
      `Volgens onze administratie staat factuur ${p.number} van ${formatDutchDate(p.issuedOn)} nog open.`,
      `Het gaat om ${formatEuro(p.amountCents)} (${p.description}), te betalen vóór ${formatDutchDate(p.dueOn)}.`,
      '',
      'Wilt u het bedrag zo snel mogelijk overmaken onder vermelding van het factuurnummer? Heeft u al betaald, dan kunt u',
      'deze herinnering als niet verzonden beschouwen.',
      '',
      'Met vriendelijke groet,',
      p.networkName,
    ].join('\n'),
  }),
  checkInReminder: (p) => {
    const count = p.lines.length;
    return {
      subject: `[${p.networkName}] ${count === 1 ? '1 check-in' : `${count} check-ins`} na plaatsing te doen`,
      text: [
        `Beste ${p.recipientName},`,
        '',
        count === 1
          ? 'Deze check-in na een plaatsing is binnenkort of nu aan de beurt:'
          : 'Deze check-ins na een plaatsing zijn binnenkort of nu aan de beurt:',
        '',
        ...p.lines.map(
          (l) =>
            `- ${l.candidateCode} bij ${l.organisationName}: check-in na ${l.months} maanden, uiterlijk ${shortDate(l.dueOn)}${l.overdue ? ' (over tijd)' : ''}`,
        ),
        '',
        `Vraag of de kandidaat nog werkt en hoeveel uur, en leg de check-in vast: ${p.link}`,
        '',
        'Deze e-mail noemt alleen de pseudonieme code van de kandidaat, geen naam of andere persoonsgegevens.',
      ].join('\n'),
    };
  },
  followUpReminder: (p) => {
    const count = p.lines.length;
    return {
      subject: `[${p.networkName}] ${count === 1 ? '1 vervolgactie' : `${count} vervolgacties`} te doen`,
      text: [
        `Beste ${p.recipientName},`,
        '',
        count === 1
          ? 'Deze vervolgactie staat op uw naam en is nu aan de beurt:'
          : 'Deze vervolgacties staan op uw naam en zijn nu aan de beurt:',
        '',
        ...p.lines.map(
          (l) =>
            `- ${l.what} (${l.organisationName}), uiterlijk ${shortDate(l.dueOn)}${l.overdue ? ' (over tijd)' : ''}`,
        ),
        '',
        `Vink af wat klaar is in Mijn acties: ${p.link}`,
      ].join('\n'),
    };
  },
};

const en: MailTexts = {
  waitlistPromoted: (p) => ({
    subject: `You have a place: ${p.title}`,
    text: [
      `Dear ${p.recipientName},`,
      '',
      `A place has come free. You were on the waiting list and are now registered for "${p.title}" on ${fullDateTime('en-GB', p.startsAt)}${p.place ? ` (${p.place})` : ''}.`,
      '',
      `Can't make it after all? Please cancel, so the next person on the waiting list gets your place: ${p.link}`,
      '',
      'Kind regards,',
      p.networkName,
    ].join('\n'),
  }),
  invitation: (p) => ({
    subject: `Invitation to ${p.networkName} in Netwerkregie`,
    text: withFooter(
      `Dear ${p.recipientName},\n\n${p.inviterName} invites you to take part in ${p.networkName} as ${EN_ROLES[p.role]}.\n\nOpen this link to accept. You then choose a password, or sign in with a link by email from then on:\n${p.link}\n\nThe link is valid for ${p.days} days.`,
      EN_FOOTER,
    ),
  }),
  passwordReset: (p) => ({
    subject: 'Set a new password for Netwerkregie',
    text: withFooter(
      `Dear ${p.recipientName},\n\nYou asked for a new password. Open this link to set it:\n${p.link}\n\nThe link is valid for ${p.minutes} minutes. Didn't ask for this? Ignore this message; your password stays the same.`,
      EN_FOOTER,
    ),
  }),
  magicLink: (p) => ({
    subject: 'Your sign-in link for Netwerkregie',
    text: withFooter(
      `Hello,\n\nThis link signs you in to Netwerkregie without a password:\n${p.link}\n\nThe link is valid for ${p.minutes} minutes and works once. Didn't ask for this? Ignore this message.`,
      EN_FOOTER,
    ),
  }),
  adviceRequest: (p) => ({
    subject: `Request for advice to the sounding-board group: ${p.question.slice(0, 120)}`,
    text: [
      `Dear ${p.recipientName},`,
      '',
      `The core group of ${p.networkName} asks the sounding-board group for advice:`,
      '',
      p.question,
      ...(p.background ? ['', p.background] : []),
      '',
      `Your advice is welcome until ${longDate(p.deadline, 'en')} inclusive. You give it in the app: ${p.link}`,
    ].join('\n'),
  }),
  pulseInvitation: (p) => ({
    subject: `[${p.networkName}] How much does the network feel like yours? Five minutes, anonymous`,
    text: [
      `Dear ${p.recipientName},`,
      '',
      `Twice a year we ask all members of ${p.networkName} how much the network feels like their own. It is a few statements and one open question; it takes a few minutes and needs no sign-in.`,
      '',
      'Your answers are anonymous: nobody sees what you filled in, only the outcome of all answers together, and only from five answers on.',
      '',
      `Fill in the pulse survey (until ${longDate(p.closesOn, 'en')}): ${p.link}`,
      '',
      'This link is personal and works once.',
    ].join('\n'),
  }),
  needsRoundInvitation: (p) => ({
    subject: `[${p.networkName}] What does your organisation need? ${p.title}`,
    text: [
      `Dear ${p.recipientName},`,
      '',
      `With this needs round we ask all members of ${p.networkName} which themes they want to take up in the network in the coming half year. Choose the themes that matter to you and, if you like, add a short note on what exactly you are looking for; no sign-in is needed.`,
      '',
      'Each chosen theme becomes a need in the network’s list, with your organisation as a supporter. Other members see how many organisations support a need, not which; only the coordinator sees your note, without your name.',
      '',
      `Fill in the needs round (until ${longDate(p.closesOn, 'en')}): ${p.link}`,
      '',
      'This link is personal and works once.',
    ].join('\n'),
  }),
  invoiceReminder: (p) => ({
    subject: `Reminder: invoice ${p.number} from ${p.networkName}`,
    text: [
      p.contactName ? `Dear ${p.contactName},` : 'Dear Sir or Madam,',
      '',
      `According to our records, invoice ${p.number} of ${longDate(p.issuedOn, 'en')} is still open.`,
      `It is for ${formatEuro(p.amountCents)} (${p.description}), due before ${longDate(p.dueOn, 'en')}.`,
      '',
      'Could you transfer the amount as soon as possible, quoting the invoice number? If you have already paid, please',
      'disregard this reminder.',
      '',
      'Kind regards,',
      p.networkName,
    ].join('\n'),
  }),
  checkInReminder: (p) => {
    const count = p.lines.length;
    return {
      subject: `[${p.networkName}] ${count === 1 ? '1 check-in' : `${count} check-ins`} after placement to do`,
      text: [
        `Dear ${p.recipientName},`,
        '',
        count === 1
          ? 'This check-in after a placement is due soon or now:'
          : 'These check-ins after a placement are due soon or now:',
        '',
        ...p.lines.map(
          (l) =>
            `- ${l.candidateCode} at ${l.organisationName}: check-in after ${l.months} months, by ${longDate(l.dueOn, 'en')}${l.overdue ? ' (overdue)' : ''}`,
        ),
        '',
        `Ask whether the candidate still works there and for how many hours, and record the check-in: ${p.link}`,
        '',
        'This e-mail names only the candidate’s pseudonymous code, no name or other personal data.',
      ].join('\n'),
    };
  },
  followUpReminder: (p) => {
    const count = p.lines.length;
    return {
      subject: `[${p.networkName}] ${count === 1 ? '1 follow-up' : `${count} follow-ups`} to do`,
      text: [
        `Dear ${p.recipientName},`,
        '',
        count === 1
          ? 'This follow-up is in your name and is due now:'
          : 'These follow-ups are in your name and are due now:',
        '',
        ...p.lines.map(
          (l) => `- ${l.what} (${l.organisationName}), by ${longDate(l.dueOn, 'en')}${l.overdue ? ' (overdue)' : ''}`,
        ),
        '',
        `Tick off what is done in My actions: ${p.link}`,
      ].join('\n'),
    };
  },
};

export const mailTexts: Record<Locale, MailTexts> = { nl, en };
