// A candidate's own page (decision 020): the coordinator offers a short-lived link by e-mail; through it the candidate reads
// their own data, the consents and the view log in words, withdraws a consent (at once, logged), downloads the inzage
// export and asks for a correction or erasure, which the coordinator handles within REQUEST_HANDLING_DAYS. The link's
// secret reaches exactly one candidate of one network; only its sha256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { hasNetworkConsent, isConsentActive } from '../../../core/candidates/consent.js';
import {
  PORTAL_LINK_DAYS,
  candidateRequestSignals,
  linkExpiresAt,
  linkState,
  mayIssueLink,
  requestDueOn,
} from '../../../core/candidates/portal.js';
import type {
  CandidateCheckInInput,
  PortalPage,
  PortalRequestInput,
} from '../../../core/candidates/portal.contract.js';
import {
  candidateCheckInSignals,
  isWorrying,
  openCandidateCheckIns,
} from '../../../core/candidates/candidate-check-ins.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Mailer } from '../../platform/mail.js';
import { registerErrorMessages } from '../../platform/messages.js';
import { networkName } from '../surveys/surveys.repository.js';
import { findCandidate, listConsents, toHours, withdrawConsentRow } from '../candidates/candidates.repository.js';
import { candidateExportData } from '../candidates/rights.service.js';
import { authorizePersonalData } from '../candidates/settings.service.js';
import {
  findLinkByHash,
  insertLink,
  insertRequest,
  linksOf,
  markRequestHandled,
  offeredCandidatesByEmail,
  openRequestsOf,
  requestsOf,
  viewEntriesOf,
} from './candidate-portal.repository.js';
import {
  activitiesForCandidate,
  cancelSelfRegistration,
  registerSelfForActivity,
} from '../agenda/candidate-registrations.service.js';
import { mailPromoted } from '../agenda/registrations.service.js';
import { findActivity } from '../agenda/agenda.repository.js';
import { insertCandidateCheckIn, openWorriesOf, placementsOfCandidate } from './candidate-check-ins.repository.js';

registerErrorMessages({
  nl: {
    portal_link_unknown:
      'Deze link werkt niet. Misschien is hij niet helemaal goed gekopieerd. Vraag hieronder een nieuwe link aan.',
    portal_link_expired: `Deze link is verlopen. Een link werkt ${PORTAL_LINK_DAYS} dagen. Vraag hieronder een nieuwe link aan.`,
    portal_link_replaced:
      'Er is een nieuwere link gestuurd. Alleen de nieuwste link werkt. Kijk in je mail of vraag hieronder een nieuwe link aan.',
    portal_no_email: 'Deze kandidaat heeft geen e-mailadres. Vul eerst een e-mailadres in.',
    portal_no_consent: 'Deze kandidaat heeft geen geldige toestemming. Leg eerst de toestemming vast.',
    portal_links_limit: 'Er zijn vandaag al drie links gestuurd. Probeer het morgen opnieuw.',
    portal_request_handled: 'Dit verzoek is al afgehandeld.',
    candidate_check_in_answered: 'Je hebt deze vragen al beantwoord. Dank je wel!',
    candidate_check_in_not_open: 'Deze vragen kun je nu niet beantwoorden. Je krijgt ze als het tijd is.',
  },
  en: {
    portal_link_unknown: 'This link does not work. Perhaps it was not copied completely. Ask for a new link below.',
    portal_link_expired: `This link has expired. A link works for ${PORTAL_LINK_DAYS} days. Ask for a new link below.`,
    portal_link_replaced:
      'A newer link has been sent. Only the newest link works. Check your mail or ask for a new link below.',
    portal_no_email: 'This candidate has no e-mail address. Fill in an e-mail address first.',
    portal_no_consent: 'This candidate has no valid consent. Record the consent first.',
    portal_links_limit: 'Three links have already been sent today. Try again tomorrow.',
    portal_request_handled: 'This request has already been handled.',
    candidate_check_in_answered: 'You have already answered these questions. Thank you!',
    candidate_check_in_not_open: 'You cannot answer these questions now. You will get them when it is time.',
  },
});

/** The actor of what a candidate does on the own page: no user; the audit entry says `by: 'candidate'`. */
const CANDIDATE_ACTOR: Actor = { userId: null, platformAdmin: false, roles: new Map(), persons: new Map() };

/** What the new-link form always answers, whether the address is known or not. */
export const NEUTRAL_NEW_LINK = {
  nl: 'Als dit e-mailadres bij ons bekend is, krijg je binnen een paar minuten een mail met een nieuwe link. Kijk ook in je map met ongewenste mail.',
  en: 'If this e-mail address is known to us, you will receive a mail with a new link within a few minutes. Also check your spam folder.',
};

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** The mail with the link (Dutch, B1). Pure, so a test can read it exactly. */
export function portalMail(input: { networkName: string; firstName: string | null; link: string; expiresAt: Date }) {
  const until = input.expiresAt.toLocaleDateString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return {
    subject: `[${input.networkName}] Jouw gegevens bekijken`,
    text: [
      input.firstName ? `Beste ${input.firstName},` : 'Beste kandidaat,',
      '',
      `${input.networkName} bewaart gegevens over jou. Op je eigen pagina zie je welke gegevens dat zijn.`,
      'Je ziet ook wie ze heeft bekeken. Je kunt daar een toestemming intrekken. En je kunt vragen om iets te verbeteren of te wissen.',
      '',
      `Open je eigen pagina: ${input.link}`,
      '',
      `De link werkt tot en met ${until}. Je hebt geen wachtwoord nodig.`,
      'Deze link is alleen voor jou. Stuur hem niet door.',
      'Heb je deze mail niet verwacht? Dan kun je hem weggooien.',
    ].join('\n'),
  };
}

/** A new link for the candidate (earlier links stop working), within the daily limit; null without an address or over it. */
async function createLink(
  tx: DbOrTx,
  input: { networkId: string; candidateId: string; createdBy: string | null; now: Date },
) {
  const row = await findCandidate(tx, input.networkId, input.candidateId);
  if (!row?.email) return null;
  const links = await linksOf(tx, input.networkId, input.candidateId);
  if (
    !mayIssueLink(
      links.map((l) => l.createdAt),
      input.now,
    )
  )
    return null;
  const secret = randomBytes(24).toString('base64url');
  const expiresAt = linkExpiresAt(input.now);
  await insertLink(tx, {
    networkId: input.networkId,
    candidateId: input.candidateId,
    tokenHash: hashOf(secret),
    expiresAt,
    createdBy: input.createdBy,
    now: input.now,
  });
  return { row: { ...row, email: row.email }, secret, expiresAt };
}

async function issueLink(
  tx: DbOrTx,
  input: {
    mailer: Mailer;
    publicUrl: string;
    networkId: string;
    candidateId: string;
    createdBy: string | null;
    now: Date;
  },
) {
  const made = await createLink(tx, input);
  if (!made) return null;
  const { row, secret, expiresAt } = made;
  const mail = portalMail({
    networkName: await networkName(tx, input.networkId),
    firstName: row.firstName,
    link: `${input.publicUrl}/mijn-gegevens/${secret}`,
    expiresAt,
  });
  await input.mailer.send(tx, { networkId: input.networkId, kind: 'candidate_portal_link', to: row.email, ...mail });
  return expiresAt;
}

/**
 * The mail to a candidate the coordinator registered for a meeting (Dutch, B1): what, when, where, and the link to the own
 * page, where the candidate sees the meeting and can cancel. Pure, so a test can read it exactly.
 */
export function activityRegistrationMail(input: {
  networkName: string;
  firstName: string | null;
  title: string;
  startsAt: Date;
  place: string | null;
  link: string | null;
  /** The candidate already holds a working link (its secret is stored hashed, so it cannot be put in this mail). */
  hasLink?: boolean;
}) {
  const when = new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(input.startsAt);
  return {
    subject: `[${input.networkName}] Je bent aangemeld: ${input.title}`,
    text: [
      input.firstName ? `Beste ${input.firstName},` : 'Beste kandidaat,',
      '',
      `We hebben je aangemeld voor een bijeenkomst: ${input.title}.`,
      '',
      `Wanneer: ${when}`,
      ...(input.place ? [`Waar: ${input.place}`] : []),
      '',
      ...(input.link
        ? [
            `Op je eigen pagina zie je deze bijeenkomst. Kun je niet komen? Meld je daar af: ${input.link}`,
            'Je hebt geen wachtwoord nodig. Deze link is alleen voor jou. Stuur hem niet door.',
          ]
        : input.hasLink
          ? [
              'Op je eigen pagina zie je deze bijeenkomst. Gebruik de link die je al hebt. Die link werkt nog.',
              'Kun je niet komen? Meld je daar af, of laat het ons weten.',
            ]
          : ['Kun je niet komen? Laat het ons dan weten.']),
      '',
      `Groeten van ${input.networkName}`,
    ].join('\n'),
  };
}

/**
 * After the coordinator registered a candidate: a short mail to the candidate, when they have an address. The link to the
 * own page is only in it when the page may be offered (consent to the network, not erased) and the candidate has no
 * working link yet; over the daily limit the mail goes without a link. A candidate who already holds a valid link keeps
 * it: a new one would replace (and so break) the one in their earlier mail, and the old secret cannot be sent again
 * because only its hash is stored — so the mail says to use the link they already have.
 */
export async function mailCandidateRegistered({
  db,
  mailer,
  publicUrl,
  actor,
  networkId,
  candidateId,
  activityId,
  now = new Date(),
}: {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  actor: Actor;
  networkId: string;
  candidateId: string;
  activityId: string;
  now?: Date;
}) {
  await db.transaction(async (tx) => {
    const row = await findCandidate(tx, networkId, candidateId);
    const found = await findActivity(tx, networkId, activityId);
    if (!row?.email || row.erasedAt || !found) return;
    const offerable = (await offerBlock(tx, networkId, candidateId, todayInAmsterdam(now))) === null;
    const hasLink = offerable && (await linksOf(tx, networkId, candidateId)).some((l) => linkState(l, now) === 'valid');
    const made =
      offerable && !hasLink ? await createLink(tx, { networkId, candidateId, createdBy: actor.userId, now }) : null;
    const mail = activityRegistrationMail({
      networkName: await networkName(tx, networkId),
      firstName: row.firstName,
      title: found.title,
      startsAt: found.startsAt,
      place: found.location ?? found.onlineUrl,
      link: made ? `${publicUrl}/mijn-gegevens/${made.secret}` : null,
      hasLink,
    });
    await mailer.send(tx, { networkId, kind: 'candidate_activity_registered', to: row.email, ...mail });
  });
}

/** Why the link cannot be offered, or null. */
async function offerBlock(db: DbOrTx, networkId: string, candidateId: string, today: string) {
  const row = await findCandidate(db, networkId, candidateId);
  if (!row) throw new AppError('not_found');
  if (row.erasedAt) return 'erased' as const;
  if (!row.email) return 'no_email' as const;
  if (!hasNetworkConsent(await listConsents(db, networkId, candidateId), today)) return 'no_consent' as const;
  return null;
}

/** The coordinator's view: may the link be offered, when was it last, and the candidate's requests. */
export async function getPortalStatus({
  db,
  actor,
  networkId,
  candidateId,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  candidateId: string;
  now?: Date;
}) {
  await authorizePersonalData(db, actor, 'candidates.read', networkId);
  const reason = await offerBlock(db, networkId, candidateId, todayInAmsterdam(now));
  const links = await linksOf(db, networkId, candidateId);
  const offered = links.find((l) => l.createdBy !== null);
  const current = links.find((l) => linkState(l, now) === 'valid');
  return {
    canOffer: reason === null,
    reason,
    lastOfferedAt: offered?.createdAt ?? null,
    linkValidUntil: current?.expiresAt ?? null,
    requests: (await requestsOf(db, networkId, candidateId)).map(requestView),
  };
}

function requestView(r: Awaited<ReturnType<typeof requestsOf>>[number]) {
  return { ...r, kind: r.kind as 'correction' | 'erasure' };
}

/** The coordinator offers the own page: a new link by mail (earlier links stop working). */
export async function offerPortalLink({
  db,
  mailer,
  publicUrl,
  actor,
  networkId,
  candidateId,
  now = new Date(),
}: {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  actor: Actor;
  networkId: string;
  candidateId: string;
  now?: Date;
}) {
  await authorizePersonalData(db, actor, 'candidates.manage', networkId);
  return db.transaction(async (tx) => {
    const reason = await offerBlock(tx, networkId, candidateId, todayInAmsterdam(now));
    if (reason === 'erased') throw new AppError('conflict', 'candidate_erased');
    if (reason === 'no_email') throw new AppError('conflict', 'portal_no_email');
    if (reason === 'no_consent') throw new AppError('conflict', 'portal_no_consent');
    const expiresAt = await issueLink(tx, { mailer, publicUrl, networkId, candidateId, createdBy: actor.userId, now });
    if (!expiresAt) throw new AppError('rate_limited', 'portal_links_limit');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.portal.offer',
      recordType: 'candidate',
      recordId: candidateId,
    });
    return { expiresAt };
  });
}

/**
 * A new link asked for by the candidate: for each candidate with this address who was offered the page before and still
 * consents, within the daily limit. The caller answers the same neutral text whatever happens here.
 */
export async function requestNewPortalLink({
  db,
  mailer,
  publicUrl,
  email,
  now = new Date(),
}: {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  email: string;
  now?: Date;
}) {
  const today = todayInAmsterdam(now);
  await db.transaction(async (tx) => {
    for (const c of await offeredCandidatesByEmail(tx, email.trim())) {
      if ((await offerBlock(tx, c.network_id, c.id, today)) !== null) continue;
      await issueLink(tx, { mailer, publicUrl, networkId: c.network_id, candidateId: c.id, createdBy: null, now });
    }
  });
}

/** The link's candidate, or the Dutch reason why the link does not work. */
async function openLink(db: DbOrTx, secret: string, now: Date) {
  if (!/^[\w-]{20,100}$/.test(secret)) throw new AppError('invalid_token', 'portal_link_unknown');
  const link = await findLinkByHash(db, hashOf(secret));
  if (!link) throw new AppError('invalid_token', 'portal_link_unknown');
  const state = linkState(link, now);
  if (state === 'expired') throw new AppError('invalid_token', 'portal_link_expired');
  if (state === 'replaced') throw new AppError('invalid_token', 'portal_link_replaced');
  const row = await findCandidate(db, link.networkId, link.candidateId);
  if (!row || row.erasedAt) throw new AppError('invalid_token', 'portal_link_unknown');
  return { ...link, row };
}

export async function readPortal({
  db,
  secret,
  now = new Date(),
}: {
  db: DbOrTx;
  secret: string;
  now?: Date;
}): Promise<PortalPage> {
  const { networkId, networkName: name, expiresAt, row } = await openLink(db, secret, now);
  const today = todayInAmsterdam(now);
  const consents = await listConsents(db, networkId, row.id);
  return {
    networkName: name,
    expiresAt,
    candidate: {
      code: row.code,
      firstName: row.firstName,
      email: row.email,
      phone: row.phone,
      place: row.place,
      postcodeArea: row.postcodeArea,
      wishes: row.wishes,
      hoursPerWeek: toHours(row.hoursPerWeek),
      supportNeeded: row.supportNeeded,
      availableFrom: row.availableFrom,
      targetGroupRegister: row.targetGroupRegister,
      targetGroupRegisterOn: row.targetGroupRegisterOn,
      status: row.status,
    },
    consents: consents.map((c) => ({
      id: c.id,
      recipient: c.recipient,
      organisationName: c.organisationName,
      otherNetworkName: c.otherNetworkName,
      fields: c.fields,
      givenOn: c.givenOn,
      validUntil: c.validUntil,
      withdrawnAt: c.withdrawnAt,
      active: isConsentActive(c, today),
    })),
    views: await viewEntriesOf(db, networkId, row.id),
    requests: (await requestsOf(db, networkId, row.id)).map(requestView),
    checkIns: await openCheckInsOf(db, networkId, row.id, today),
    activities: await activitiesForCandidate({ db, networkId, candidateId: row.id, now }),
  };
}

/** The check-ins the candidate can answer today, with the employer's name. */
async function openCheckInsOf(db: DbOrTx, networkId: string, candidateId: string, today: string) {
  const placements = await placementsOfCandidate(db, networkId, candidateId);
  const names = new Map(placements.map((p) => [p.id, p.organisationName]));
  return openCandidateCheckIns(
    placements.map((p) => ({ ...p, answeredMonths: p.answered.map(Number) })),
    today,
  ).map((c) => ({ ...c, organisationName: names.get(c.placementId)! }));
}

/**
 * The candidate answers "hoe gaat het?" for one placement and months: only their own placement (another one is not found),
 * only while that check-in is open, and once. A worrying answer raises `candidate_check_in_worry` until the coordinator marks
 * it handled on the placement (an explicit act, so the signal does not vanish because some other record happened to follow).
 */
export async function answerCheckIn({
  db,
  secret,
  input,
  now = new Date(),
}: {
  db: Db;
  secret: string;
  input: CandidateCheckInInput;
  now?: Date;
}) {
  return db.transaction(async (tx) => {
    const { networkId, row } = await openLink(tx, secret, now);
    const placements = await placementsOfCandidate(tx, networkId, row.id);
    const own = placements.find((p) => p.id === input.placementId);
    if (!own) throw new AppError('not_found');
    if (own.answered.map(Number).includes(input.months)) throw new AppError('conflict', 'candidate_check_in_answered');
    const open = openCandidateCheckIns(
      [{ ...own, answeredMonths: own.answered.map(Number) }],
      todayInAmsterdam(now),
    ).some((c) => c.months === input.months);
    if (!open) throw new AppError('conflict', 'candidate_check_in_not_open');
    const worrying = isWorrying(input);
    const inserted = await insertCandidateCheckIn(tx, {
      networkId,
      placementId: own.id,
      candidateId: row.id,
      months: input.months,
      score: input.score,
      help: input.help,
      wantsContact: input.wantsContact,
      note: input.note,
      worrying,
      answeredAt: now,
    });
    if (!inserted) throw new AppError('conflict', 'candidate_check_in_answered');
    await writeAudit(tx, {
      actor: CANDIDATE_ACTOR,
      networkId,
      action: 'candidate.check_in.answer',
      recordType: 'candidate',
      recordId: row.id,
      details: { placementId: own.id, months: input.months, worrying, by: 'candidate' },
    });
    return { worrying };
  });
}

/** The candidate registers for an upcoming activity open to candidates (a matchmaking meeting), for themselves only. */
export async function registerOwnActivity({
  db,
  secret,
  activityId,
  now = new Date(),
}: {
  db: Db;
  secret: string;
  activityId: string;
  now?: Date;
}) {
  return db.transaction(async (tx) => {
    const { networkId, row } = await openLink(tx, secret, now);
    const reg = await registerSelfForActivity({
      db: tx,
      actor: CANDIDATE_ACTOR,
      networkId,
      candidateId: row.id,
      activityId,
      now,
    });
    return { id: reg.id };
  });
}

/** The candidate cancels their own registration; another candidate's registration is not found (404). */
export async function cancelOwnActivity({
  db,
  secret,
  registrationId,
  mailer,
  publicUrl,
  now = new Date(),
}: {
  db: Db;
  secret: string;
  registrationId: string;
  mailer?: Mailer | undefined;
  publicUrl?: string;
  now?: Date;
}) {
  const { networkId, activityId, promoted } = await db.transaction(async (tx) => {
    const { networkId, row } = await openLink(tx, secret, now);
    const result = await cancelSelfRegistration({
      db: tx,
      actor: CANDIDATE_ACTOR,
      networkId,
      candidateId: row.id,
      candidateRegistrationId: registrationId,
      now,
    });
    return { networkId, ...result };
  });
  if (mailer && activityId) await mailPromoted({ db, mailer, publicUrl, networkId, activityId, promoted });
}

/** The steering signal for worrying check-in answers not yet handled (counts only). */
export async function loadCandidateCheckInSignals(db: DbOrTx, networkId: string) {
  return candidateCheckInSignals(await openWorriesOf(db, networkId));
}

/** The candidate withdraws one of their own consents: at once, logged as the candidate's own action. */
export async function withdrawOwnConsent({
  db,
  secret,
  consentId,
  now = new Date(),
}: {
  db: Db;
  secret: string;
  consentId: string;
  now?: Date;
}) {
  await db.transaction(async (tx) => {
    const { networkId, row } = await openLink(tx, secret, now);
    // Bounded by the link's own candidate: another candidate's consent id is simply not found.
    const consent = await withdrawConsentRow(tx, networkId, row.id, consentId, null, now);
    if (!consent) throw new AppError('not_found');
    await writeAudit(tx, {
      actor: CANDIDATE_ACTOR,
      networkId,
      action: 'candidate.consent.withdraw',
      recordType: 'candidate',
      recordId: row.id,
      details: { consentId, recipient: consent.recipient, by: 'candidate' },
    });
  });
}

/** A correction or erasure request from the candidate, due within REQUEST_HANDLING_DAYS. */
export async function sendOwnRequest({
  db,
  secret,
  input,
  now = new Date(),
}: {
  db: Db;
  secret: string;
  input: PortalRequestInput;
  now?: Date;
}) {
  return db.transaction(async (tx) => {
    const { networkId, row } = await openLink(tx, secret, now);
    const dueOn = requestDueOn(todayInAmsterdam(now));
    const id = await insertRequest(tx, {
      networkId,
      candidateId: row.id,
      kind: input.kind,
      message: input.message,
      dueOn,
      now,
    });
    await writeAudit(tx, {
      actor: CANDIDATE_ACTOR,
      networkId,
      action: `candidate.request.${input.kind}`,
      recordType: 'candidate',
      recordId: row.id,
      details: { requestId: id, by: 'candidate' },
    });
    return { id, dueOn };
  });
}

/** The candidate's own inzage export: the same content as the coordinator's, logged as the candidate's own download. */
export async function exportOwnData({ db, secret, now = new Date() }: { db: Db; secret: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const { networkId, row } = await openLink(tx, secret, now);
    return candidateExportData(tx, { actor: CANDIDATE_ACTOR, networkId, candidateId: row.id, now, byCandidate: true });
  });
}

/** The coordinator marks a request handled, with a short note of what was done. */
export async function handleCandidateRequest({
  db,
  actor,
  networkId,
  candidateId,
  requestId,
  note,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  candidateId: string;
  requestId: string;
  note: string;
  now?: Date;
}) {
  authorize(actor, 'candidates.rights', networkId);
  await db.transaction(async (tx) => {
    const done = await markRequestHandled(tx, { networkId, candidateId, requestId, by: actor.userId, note, now });
    if (!done) {
      const exists = (await requestsOf(tx, networkId, candidateId)).some((r) => r.id === requestId);
      throw exists ? new AppError('conflict', 'portal_request_handled') : new AppError('not_found');
    }
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.request.handled',
      recordType: 'candidate',
      recordId: candidateId,
      details: { requestId },
    });
  });
}

/** The steering signal for overdue requests (the dashboard checked the reader's permission; counts only). */
export async function loadCandidateRequestSignals(db: DbOrTx, networkId: string, now: Date) {
  return candidateRequestSignals(await openRequestsOf(db, networkId), todayInAmsterdam(now));
}
