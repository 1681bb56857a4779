// The klankbordgroep advises: the kerngroep or coordinator asks (question, background, deadline) and the klankbordgroep's
// members are told by mail; members with a current term in the klankbordgroep answer, or give advice nobody asked for; the
// kerngroep links advice to the decision that followed and records what it did with it (shown in the decision log).
import { adviceOutcomeLabels } from '../../../core/advice/advice-rules.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { recipientLocales, type Mailer } from '../../platform/mail.js';
import { longDate, mailTexts } from '../../platform/mail-texts.js';
import { registerErrorMessages } from '../../platform/messages.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import type {
  CreateRequestInput,
  EditAdviceInput,
  GiveAdviceInput,
  LinkDecisionInput,
  ListAdviceQuery,
  ListRequestsQuery,
} from '../../../core/advice/advice.contract.js';
import {
  findAdvice,
  findDecision,
  findOwnAnswer,
  findRequest,
  insertAdvice,
  insertRequest,
  isSoundingBoardMember,
  networkName,
  queryAdvice,
  queryRequests,
  soundingBoardMembers,
  updateAdviceIfVersion,
} from './advice.repository.js';

registerErrorMessages({
  nl: {
    advice_not_member:
      'Advies geven kan alleen wie nu lid is van de klankbordgroep. Is uw termijn afgelopen of hoort u er (nog) niet bij? Vraag de coördinator om u (opnieuw) in de klankbordgroep op te nemen.',
    advice_deadline_passed:
      'Dank u voor uw advies. De termijn van deze adviesvraag is helaas verstreken (uiterlijk {deadline}), zodat er geen advies meer bij kan. U kunt uw advies wel als ongevraagd advies geven.',
    advice_already_given:
      'U heeft deze adviesvraag al beantwoord. Pas uw eerdere advies aan in plaats van een tweede te geven.',
    advice_not_yours: 'Alleen wie dit advies gaf, kan het aanpassen.',
    advice_request_unknown: 'Deze adviesvraag bestaat niet in dit netwerk.',
    advice_decision_unknown: 'Dit besluit bestaat niet in dit netwerk.',
    advice_deadline_in_past: 'Kies een uiterste datum van vandaag of later.',
  },
  en: {
    advice_not_member:
      'Only current members of the sounding board can give advice. Has your term ended, or are you not (yet) a member? Ask the coordinator to (re)add you to the sounding board.',
    advice_deadline_passed:
      'Thank you for your advice. The deadline of this advice request has passed ({deadline}), so no more advice can be added. You can still give it as unsolicited advice.',
    advice_already_given:
      'You already answered this advice request. Edit your earlier advice instead of giving a second one.',
    advice_not_yours: 'Only the person who gave this advice can edit it.',
    advice_request_unknown: 'This advice request does not exist in this network.',
    advice_decision_unknown: 'This decision does not exist in this network.',
    advice_deadline_in_past: 'Choose a deadline of today or later.',
  },
});

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', 'validation_failed', [{ path: ['body', field], message }]);
}

/** Only a current member of the klankbordgroep gives advice, whatever else their roles allow. */
async function assertMember(db: DbOrTx, actor: Actor, networkId: string): Promise<string> {
  const personId = actor.persons.get(networkId);
  if (!personId || !(await isSoundingBoardMember(db, networkId, personId)))
    throw new AppError('forbidden', 'advice_not_member');
  return personId;
}

function refuseClosed(request: { open: boolean; deadline: string }) {
  if (!request.open)
    throw new AppError('conflict', 'advice_deadline_passed', undefined, { deadline: longDate(request.deadline, 'nl') });
}

export async function listRequests({
  db,
  actor,
  networkId,
  query,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListRequestsQuery;
}) {
  authorize(actor, 'advice.read', networkId);
  return queryRequests(db, networkId, query, actor.persons.get(networkId) ?? null);
}

/** Sends the request to the klankbordgroep: stored with the mails to its current members in one transaction (the outbox). */
export async function createRequest({
  db,
  actor,
  networkId,
  input,
  mailer,
  publicUrl = '',
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreateRequestInput;
  mailer: Mailer;
  publicUrl?: string;
  now?: Date;
}) {
  authorize(actor, 'advice.request', networkId);
  if (input.deadline < todayInAmsterdam(now)) throw invalid('deadline', 'advice_deadline_in_past');
  return db.transaction(async (tx) => {
    const created = await insertRequest(tx, {
      networkId,
      question: input.question,
      background: input.background,
      deadline: input.deadline,
      askedByPersonId: actor.persons.get(networkId) ?? null,
      createdBy: actor.userId,
    });
    const members = await soundingBoardMembers(tx, networkId);
    const name = (await networkName(tx, networkId)) ?? '';
    const localeOf = await recipientLocales(
      tx,
      members.map((m) => m.email),
    );
    let notified = 0;
    for (const member of members) {
      if (!member.email) continue;
      const mail = mailTexts[localeOf(member.email)].adviceRequest({
        recipientName: member.name,
        networkName: name,
        question: input.question,
        background: input.background ?? null,
        deadline: input.deadline,
        link: `${publicUrl}/n/${networkId}/advies`,
      });
      await mailer.send(tx, { networkId, kind: 'advice_request', to: member.email, ...mail });
      notified++;
    }
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'advice_request.create',
      recordType: 'advice_request',
      recordId: created.id,
      details: { deadline: input.deadline, notified },
    });
    return { id: created.id, notified };
  });
}

export async function listAdvice({
  db,
  actor,
  networkId,
  query,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListAdviceQuery;
}) {
  authorize(actor, 'advice.read', networkId);
  const personId = actor.persons.get(networkId);
  const rows = await queryAdvice(db, networkId, query);
  return rows.map((r) => ({ ...r, mine: r.authorPersonId === personId }));
}

export async function giveAdvice({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: GiveAdviceInput;
}) {
  authorize(actor, 'advice.give', networkId);
  return db.transaction(async (tx) => {
    const personId = await assertMember(tx, actor, networkId);
    if (input.requestId) {
      const request = await findRequest(tx, networkId, input.requestId);
      if (!request) throw invalid('requestId', 'advice_request_unknown');
      refuseClosed(request);
      if (await findOwnAnswer(tx, networkId, input.requestId, personId))
        throw new AppError('conflict', 'advice_already_given');
    }
    const created = await insertAdvice(tx, {
      networkId,
      requestId: input.requestId ?? null,
      authorPersonId: personId,
      text: input.text,
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'advice.create',
      recordType: 'advice',
      recordId: created.id,
      details: { requestId: input.requestId ?? null },
    });
    return { id: created.id };
  });
}

/** The author edits their advice while its request is open (unsolicited advice: until a decision is linked to it). */
export async function editAdvice({
  db,
  actor,
  networkId,
  adviceId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  adviceId: string;
  input: EditAdviceInput;
}) {
  authorize(actor, 'advice.give', networkId);
  return db.transaction(async (tx) => {
    const personId = await assertMember(tx, actor, networkId);
    const found = await findAdvice(tx, networkId, adviceId);
    if (!found) throw new AppError('not_found');
    if (found.authorPersonId !== personId) throw new AppError('forbidden', 'advice_not_yours');
    if (found.requestId) {
      const request = await findRequest(tx, networkId, found.requestId);
      if (request) refuseClosed(request);
    }
    const version = await updateAdviceIfVersion(tx, networkId, adviceId, input.version, { text: input.text });
    if (version === null) throw new AppError('stale_version');
    await writeAudit(tx, { actor, networkId, action: 'advice.update', recordType: 'advice', recordId: adviceId });
    return { version };
  });
}

/** Links advice to the decision that followed, with what the decision did with it and why (or takes the link away). */
export async function linkDecision({
  db,
  actor,
  networkId,
  adviceId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  adviceId: string;
  input: LinkDecisionInput;
}) {
  authorize(actor, 'governance.manage', networkId);
  return db.transaction(async (tx) => {
    if (!(await findAdvice(tx, networkId, adviceId))) throw new AppError('not_found');
    if (input.decisionId && !(await findDecision(tx, networkId, input.decisionId)))
      throw invalid('decisionId', 'advice_decision_unknown');
    const linked = input.decisionId !== null;
    const version = await updateAdviceIfVersion(tx, networkId, adviceId, input.version, {
      decisionId: input.decisionId,
      outcome: linked ? input.outcome : null,
      outcomeReason: linked ? input.outcomeReason : '',
    });
    if (version === null) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'advice.link_decision',
      recordType: 'advice',
      recordId: adviceId,
      details: {
        decisionId: input.decisionId,
        outcome: linked && input.outcome ? adviceOutcomeLabels[input.outcome].nl : null,
      },
    });
    return { version };
  });
}
