// The pulse of felt ownership: creating and sending a round (one mail per member contact, each with its own link), answering
// once through the link without signing in, and the results for steering (figure, trend, answer rate, spread and the signal
// when felt ownership falls while behaviour stays high; per organisation only for coordinator and kerngroep). Below 5
// answers every figure is withheld ("< 5").
import { todayInAmsterdam } from '../../../core/calendar.js';
import {
  DEFAULT_PULSE_EN,
  DEFAULT_PULSE_NL,
  aggregateRound,
  feltOwnershipSignal,
  pulseTrend,
  validateAnswer,
  validatePulseTexts,
} from '../../../core/surveys/pulse.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { newLinkSecret, openLink } from './one-time-links.js';
import { recipientLocales, type Mailer } from '../../platform/mail.js';
import { mailTexts } from '../../platform/mail-texts.js';
import { registerErrorMessages, type Locale } from '../../platform/messages.js';
import { defaultPeriod, getDashboard } from '../steering/steering.service.js';
import {
  answersOf,
  findRound,
  findTokenByHash,
  insertAnswer,
  insertRound,
  insertToken,
  invitedByOrganisation,
  listRounds,
  markRoundSent,
  memberContacts,
  networkName,
  useToken,
} from './surveys.repository.js';
import type { AnswerInput, RoundInput } from '../../../core/surveys/pulse.contract.js';

registerErrorMessages({
  nl: {
    pulse_texts_invalid: 'Geef 3 tot 6 stellingen en een open vraag, geen van alle leeg.',
    pulse_dates_invalid: 'De sluitdatum moet op of na de startdatum liggen.',
    pulse_no_contacts: 'Er zijn geen contactpersonen van leden met een e-mailadres om de peiling naar te sturen.',
    pulse_already_answered: 'Deze peiling is via deze link al ingevuld. Dank je wel!',
    pulse_closed: 'Deze peiling is gesloten; antwoorden kan niet meer. Dank je wel voor je belangstelling.',
    pulse_not_open: 'Deze peiling is nog niet geopend.',
    pulse_answer_invalid: 'Geef bij minstens één stelling een score van 1 tot 5.',
  },
  en: {
    pulse_texts_invalid: 'Give 3 to 6 statements and an open question, none of them empty.',
    pulse_dates_invalid: 'The closing date must be on or after the opening date.',
    pulse_no_contacts: 'There are no member contacts with an e-mail address to send the pulse to.',
    pulse_already_answered: 'This pulse has already been answered through this link. Thank you!',
    pulse_closed: 'This pulse is closed; answers are no longer taken. Thank you for your interest.',
    pulse_not_open: 'This pulse is not open yet.',
    pulse_answer_invalid: 'Give a score from 1 to 5 for at least one statement.',
  },
});

export function pulseDefaults(actor: Actor, networkId: string, language: string) {
  authorize(actor, 'steering.read', networkId);
  return language === 'en' ? DEFAULT_PULSE_EN : DEFAULT_PULSE_NL;
}

/** The invitation mail in the recipient's language (server mail catalog). Pure, so a test can read it exactly. */
export function pulseMail(
  input: { networkName: string; recipientName: string; link: string; closesOn: string },
  locale: Locale = 'nl',
) {
  return mailTexts[locale].pulseInvitation(input);
}

export async function createAndSendRound({
  db,
  mailer,
  publicUrl,
  actor,
  networkId,
  input,
  now = new Date(),
}: {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  actor: Actor;
  networkId: string;
  input: RoundInput;
  now?: Date;
}) {
  authorize(actor, 'steering.manage_targets', networkId);
  const texts = { statements: input.statements.map((s) => s.trim()), openQuestion: input.openQuestion.trim() };
  if (validatePulseTexts(texts)) throw new AppError('validation_failed', 'pulse_texts_invalid');
  const opensOn = input.opensOn ?? todayInAmsterdam(now);
  if (input.closesOn < opensOn) throw new AppError('validation_failed', 'pulse_dates_invalid');
  return db.transaction(async (tx) => {
    const contacts = await memberContacts(tx, networkId);
    if (contacts.length === 0) throw new AppError('conflict', 'pulse_no_contacts');
    const roundId = await insertRound(tx, { networkId, ...texts, opensOn, closesOn: input.closesOn });
    const name = await networkName(tx, networkId);
    const localeOf = await recipientLocales(
      tx,
      contacts.map((c) => c.email),
    );
    for (const c of contacts) {
      const { secret, hash } = newLinkSecret();
      await insertToken(tx, {
        networkId,
        roundId,
        personId: c.personId,
        organisationId: c.organisationId,
        tokenHash: hash,
      });
      const mail = pulseMail(
        {
          networkName: name,
          recipientName: c.name,
          link: `${publicUrl}/peiling/${secret}`,
          closesOn: input.closesOn,
        },
        localeOf(c.email),
      );
      await mailer.send(tx, { networkId, kind: 'pulse_invitation', to: c.email, ...mail });
    }
    await markRoundSent(tx, networkId, roundId, contacts.length, now);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'pulse.sent',
      recordType: 'pulse_round',
      recordId: roundId,
      details: { invited: contacts.length },
    });
    return { id: roundId, invited: contacts.length };
  });
}

function openToken(db: DbOrTx, secret: string, now: Date) {
  return openLink(secret, (tokenHash) => findTokenByHash(db, tokenHash), now, {
    answered: 'pulse_already_answered',
    closed: 'pulse_closed',
    notOpen: 'pulse_not_open',
  });
}

/** What the public answer page shows: the network's name, the statements, the open question and the closing date. */
export async function readPulse({ db, secret, now = new Date() }: { db: DbOrTx; secret: string; now?: Date }) {
  const t = await openToken(db, secret, now);
  return {
    networkName: t.networkName,
    statements: t.round.statements,
    openQuestion: t.round.openQuestion,
    closesOn: t.round.closesOn,
  };
}

/** One answer per link: the token is marked used and the answer stored without any link to it, in one transaction. */
export async function answerPulse({
  db,
  secret,
  input,
  now = new Date(),
}: {
  db: Db;
  secret: string;
  input: AnswerInput;
  now?: Date;
}) {
  return db.transaction(async (tx) => {
    const t = await openToken(tx, secret, now);
    if (validateAnswer({ scores: input.scores }, t.round.statements.length))
      throw new AppError('validation_failed', 'pulse_answer_invalid');
    if (!(await useToken(tx, t.networkId, t.tokenId, now))) throw new AppError('conflict', 'pulse_already_answered');
    const open = input.openAnswer?.trim();
    await insertAnswer(tx, {
      networkId: t.networkId,
      roundId: t.round.id,
      organisationId: t.organisationId,
      scores: input.scores,
      openAnswer: open ? open : null,
    });
    return { answered: true };
  });
}

/** The results of all rounds for steering: figure, answer rate and spread per round, the trend and the signal. */
export async function pulseResults({
  db,
  actor,
  networkId,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  now?: Date;
}) {
  authorize(actor, 'steering.read', networkId);
  const rounds = await listRounds(db, networkId);
  const answers = await answersOf(db, networkId);
  const results = rounds.map((r) => {
    const mine = answers.filter((a) => a.roundId === r.id);
    const agg = aggregateRound(mine, r.invited, r.statements.length);
    // Open answers only when the figures are shown too, sorted so their order tells nothing about who answered when.
    const openAnswers =
      agg.suppressed === null
        ? mine
            .map((a) => a.openAnswer)
            .filter((x): x is string => !!x)
            .sort((a, b) => a.localeCompare(b, 'nl'))
        : [];
    return {
      id: r.id,
      statements: r.statements,
      openQuestion: r.openQuestion,
      opensOn: r.opensOn,
      closesOn: r.closesOn,
      sentAt: r.sentAt ? r.sentAt.toISOString() : null,
      ...agg,
      openAnswers,
    };
  });
  const trend = pulseTrend(
    results.map((r) => ({
      roundId: r.id,
      opensOn: r.opensOn,
      feltOwnership: r.feltOwnership,
      answerRate: r.answerRate.value,
    })),
  );
  const shown = trend.points.filter((p) => p.feltOwnership !== null);
  let signal = null;
  if (shown.length >= 2) {
    const dashboard = await getDashboard({ db, actor, networkId, period: defaultPeriod(now), now });
    signal = feltOwnershipSignal(shown.at(-2)!.feltOwnership, shown.at(-1)!.feltOwnership, {
      activeMembers: dashboard.activeMembers,
      employerLed: dashboard.employerLed,
    });
  }
  return { rounds: results, trend, signal };
}

/** Per organisation, for coordinator and kerngroep only; every organisation below 5 answers is "< 5". */
export async function pulseByOrganisation({
  db,
  actor,
  networkId,
  roundId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  roundId: string;
}) {
  authorize(actor, 'steering.manage_targets', networkId);
  const round = await findRound(db, networkId, roundId);
  if (!round) throw new AppError('not_found');
  const answers = (await answersOf(db, networkId)).filter((a) => a.roundId === roundId);
  const items = (await invitedByOrganisation(db, networkId, roundId)).map((o) => {
    const agg = aggregateRound(
      answers.filter((a) => a.organisationId === o.organisation_id),
      o.invited,
      round.statements.length,
    );
    return { organisationId: o.organisation_id, name: o.name, ...agg };
  });
  return { items };
}
