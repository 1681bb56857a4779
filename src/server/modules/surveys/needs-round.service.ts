// The needs round (behoeftepeiling): creating and sending a round (one mail per member contact, each with its own link),
// answering once through the link without signing in, and the round's results for the coordinator. Answers are applied as
// they arrive: each chosen theme becomes a need in the backlog at its first choice (or joins an open need of that theme),
// and the member organisation behind the link counts as its supporter — once, however many of its contacts choose it.
import { todayInAmsterdam } from '../../../core/calendar.js';
import { needThemeLabels } from '../../../core/agenda/agenda-lists.js';
import type { NeedTheme } from '../../../core/agenda/agenda-rules.js';
import { needToJoin, validateNeedsAnswer, validateNeedsRound } from '../../../core/surveys/needs-round.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { newLinkSecret, openLink } from './one-time-links.js';
import { recipientLocales, type Mailer } from '../../platform/mail.js';
import { mailTexts } from '../../platform/mail-texts.js';
import { registerErrorMessages, type Locale } from '../../platform/messages.js';
import {
  addSupport,
  answeredPerRound,
  choicesOf,
  findNeedsTokenByHash,
  findRoundTheme,
  insertChoice,
  insertNeedsRound,
  insertNeedsToken,
  insertRoundNeed,
  insertRoundTheme,
  listNeedsRounds,
  lockNeedsRound,
  markNeedsRoundSent,
  openNeedsOfThemes,
  roundNeedsOf,
  supportCountsOf,
  useNeedsToken,
} from './needs-round.repository.js';
import type { NeedsAnswerInput, NeedsRoundInput } from '../../../core/surveys/needs-round.contract.js';
import { memberContacts, networkName } from './surveys.repository.js';

registerErrorMessages({
  nl: {
    needs_round_invalid: 'Geef de peiling een titel en kies minstens één thema (elk thema één keer).',
    needs_round_dates_invalid: 'De sluitdatum moet op of na de startdatum liggen.',
    needs_round_no_contacts:
      'Er zijn geen contactpersonen van leden met een e-mailadres om de behoeftepeiling naar te sturen.',
    needs_round_already_answered: 'Deze behoeftepeiling is via deze link al ingevuld. Dank je wel!',
    needs_round_closed:
      'Deze behoeftepeiling is gesloten; antwoorden kan niet meer. Dank je wel voor je belangstelling.',
    needs_round_not_open: 'Deze behoeftepeiling is nog niet geopend.',
    needs_round_answer_invalid: 'Kies minstens één van de thema’s uit de peiling, elk thema één keer.',
  },
  en: {
    needs_round_invalid: 'Give the round a title and choose at least one theme (each theme once).',
    needs_round_dates_invalid: 'The closing date must be on or after the opening date.',
    needs_round_no_contacts: 'There are no member contacts with an e-mail address to send the needs round to.',
    needs_round_already_answered: 'This needs round has already been answered through this link. Thank you!',
    needs_round_closed: 'This needs round is closed; answers are no longer taken. Thank you for your interest.',
    needs_round_not_open: 'This needs round is not open yet.',
    needs_round_answer_invalid: 'Choose at least one of the round’s themes, each theme once.',
  },
});

const themeLabel = (theme: string) => needThemeLabels[theme as NeedTheme]?.nl ?? theme;
/** The invitation mail in the recipient's language (server mail catalog). Pure, so a test can read it exactly. */
export function needsRoundMail(
  input: { networkName: string; recipientName: string; title: string; link: string; closesOn: string },
  locale: Locale = 'nl',
) {
  return mailTexts[locale].needsRoundInvitation(input);
}

export async function createAndSendNeedsRound({
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
  input: NeedsRoundInput;
  now?: Date;
}) {
  authorize(actor, 'needs.manage', networkId);
  const title = input.title.trim();
  if (validateNeedsRound({ title, themes: input.themes }))
    throw new AppError('validation_failed', 'needs_round_invalid');
  const opensOn = input.opensOn ?? todayInAmsterdam(now);
  if (input.closesOn < opensOn) throw new AppError('validation_failed', 'needs_round_dates_invalid');
  return db.transaction(async (tx) => {
    const contacts = await memberContacts(tx, networkId);
    if (contacts.length === 0) throw new AppError('conflict', 'needs_round_no_contacts');
    const roundId = await insertNeedsRound(tx, {
      networkId,
      title,
      themes: [...input.themes],
      opensOn,
      closesOn: input.closesOn,
    });
    const name = await networkName(tx, networkId);
    const localeOf = await recipientLocales(
      tx,
      contacts.map((c) => c.email),
    );
    for (const c of contacts) {
      const { secret, hash } = newLinkSecret();
      await insertNeedsToken(tx, {
        networkId,
        roundId,
        personId: c.personId,
        organisationId: c.organisationId,
        tokenHash: hash,
      });
      const mail = needsRoundMail(
        {
          networkName: name,
          recipientName: c.name,
          title,
          link: `${publicUrl}/behoeftepeiling/${secret}`,
          closesOn: input.closesOn,
        },
        localeOf(c.email),
      );
      await mailer.send(tx, { networkId, kind: 'needs_round_invitation', to: c.email, ...mail });
    }
    await markNeedsRoundSent(tx, networkId, roundId, contacts.length, now);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'needs_round.sent',
      recordType: 'needs_round',
      recordId: roundId,
      details: { invited: contacts.length },
    });
    return { id: roundId, invited: contacts.length };
  });
}

function openToken(db: DbOrTx, secret: string, now: Date) {
  return openLink(secret, (tokenHash) => findNeedsTokenByHash(db, tokenHash), now, {
    answered: 'needs_round_already_answered',
    closed: 'needs_round_closed',
    notOpen: 'needs_round_not_open',
  });
}

/** What the public answer page shows: the network's name, the round's title, the themes offered and the closing date. */
export async function readNeedsRound({ db, secret, now = new Date() }: { db: DbOrTx; secret: string; now?: Date }) {
  const t = await openToken(db, secret, now);
  return { networkName: t.networkName, title: t.round.title, themes: t.round.themes, closesOn: t.round.closesOn };
}

/**
 * One answer per link. In one transaction: the token is marked used, each choice stored without person or organisation, each
 * chosen theme's need opened (or an open need of the theme joined) at its first choice, and the organisation behind the link
 * added as supporter once.
 */
export async function answerNeedsRound({
  db,
  secret,
  input,
  now = new Date(),
}: {
  db: Db;
  secret: string;
  input: NeedsAnswerInput;
  now?: Date;
}) {
  return db.transaction(async (tx) => {
    const t = await openToken(tx, secret, now);
    const { networkId } = t;
    const roundId = t.round.id;
    if (validateNeedsAnswer(input.choices, t.round.themes))
      throw new AppError('validation_failed', 'needs_round_answer_invalid');
    await lockNeedsRound(tx, networkId, roundId);
    if (!(await useNeedsToken(tx, networkId, t.tokenId, now)))
      throw new AppError('conflict', 'needs_round_already_answered');
    const themes = input.choices.map((c) => c.theme);
    const open = await openNeedsOfThemes(tx, networkId, themes);
    for (const choice of input.choices) {
      const description = choice.description?.trim() || null;
      await insertChoice(tx, { networkId, roundId, theme: choice.theme, description });
      let target = await findRoundTheme(tx, networkId, roundId, choice.theme);
      if (!target) {
        const joined = needToJoin(
          choice.theme as NeedTheme,
          open.map((n) => ({ ...n, status: n.status as 'new' | 'prioritised' })),
        );
        const needId =
          joined ??
          (await insertRoundNeed(tx, {
            networkId,
            theme: choice.theme,
            title: `${themeLabel(choice.theme)} (${t.round.title})`,
            description: `Gekozen in de behoeftepeiling “${t.round.title}”.`,
          }));
        await insertRoundTheme(tx, {
          networkId,
          roundId,
          theme: choice.theme,
          needId,
          joinedExisting: joined !== null,
        });
        target = { needId, organisationId: open.find((n) => n.id === joined)?.organisationId ?? null };
      }
      if (t.organisationId)
        await addSupport(tx, {
          networkId,
          roundId,
          theme: choice.theme,
          needId: target.needId,
          organisationId: t.organisationId,
          ownNeed: target.organisationId === t.organisationId,
        });
    }
    return { answered: true };
  });
}

/** The rounds for the coordinator: answer rate, and per offered theme the contacts and organisations that chose it, the
 * need it became with its support as the backlog counts it, and the descriptions (without names, sorted). */
export async function needsRoundResults({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'needs.manage', networkId);
  const [rounds, answered, choices, supports, needs] = await Promise.all([
    listNeedsRounds(db, networkId),
    answeredPerRound(db, networkId),
    choicesOf(db, networkId),
    supportCountsOf(db, networkId),
    roundNeedsOf(db, networkId),
  ]);
  return {
    items: rounds.map((r) => {
      const answers = answered.find((a) => a.roundId === r.id)?.answers ?? 0;
      return {
        id: r.id,
        title: r.title,
        opensOn: r.opensOn,
        closesOn: r.closesOn,
        sentAt: r.sentAt ? r.sentAt.toISOString() : null,
        invited: r.invited,
        answers,
        answerRate: r.invited > 0 ? answers / r.invited : null,
        themes: r.themes.map((theme) => {
          const mine = choices.filter((c) => c.roundId === r.id && c.theme === theme);
          const n = needs.find((x) => x.roundId === r.id && x.theme === theme);
          return {
            theme,
            contacts: mine.length,
            organisations: supports.find((s) => s.roundId === r.id && s.theme === theme)?.organisations ?? 0,
            descriptions: mine
              .map((c) => c.description)
              .filter((x): x is string => !!x)
              .sort((a, b) => a.localeCompare(b, 'nl')),
            need: n
              ? {
                  id: n.needId,
                  title: n.title,
                  status: n.status,
                  supporters: n.supporters,
                  joinedExisting: n.joinedExisting,
                }
              : null,
          };
        }),
      };
    }),
  };
}
