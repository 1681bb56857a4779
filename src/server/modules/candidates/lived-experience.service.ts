// A seat at the table (issue 19, item 4): the coordinator links a klankbordgroep member, an ervaringsdeskundige, to the
// candidate record they come from — only with the candidate's consent for it and while the person holds a term in the
// klankbordgroep. The link counts only while the consent is active: a withdrawal (by the candidate on their own page or by
// the coordinator) takes effect at once, without a second step. Linking and unlinking are audited.
import { livedExperienceRefusal, hasLivedExperienceConsent } from '../../../core/candidates/lived-experience.js';
import type { ConsentRecord } from '../../../core/candidates/consent.js';
import type { LivedExperienceView } from '../../../core/candidates/candidates.contract.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import type { Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import { readTogether, type Db, type DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import { isSoundingBoardMember, soundingBoardMembers } from '../advice/advice.repository.js';
import { listConsents } from './candidates.repository.js';
import { requireCandidate } from './candidates.service.js';
import { authorizePersonalData } from './settings.service.js';
import {
  candidateLinkedToPerson,
  deleteLivedExperience,
  findLivedExperience,
  writeLivedExperience,
} from './lived-experience.repository.js';

registerErrorMessages({
  nl: {
    lived_experience_consent_required:
      'Leg eerst de toestemming van de kandidaat vast (ontvanger: de klankbordgroep). Zonder toestemming wordt niets gekoppeld.',
    lived_experience_not_sounding_board:
      'Deze persoon zit nu niet in de klankbordgroep. Geef eerst een termijn in de klankbordgroep (Bestuur en rollen).',
    lived_experience_person_taken: 'Deze persoon is al gekoppeld aan een andere kandidaat.',
  },
  en: {
    lived_experience_consent_required:
      "First record the candidate's consent (recipient: the sounding-board group). Without consent nothing is linked.",
    lived_experience_not_sounding_board:
      'This person is not in the sounding-board group now. Give them a term in the sounding-board group first.',
    lived_experience_person_taken: 'This person is already linked to another candidate.',
  },
});

async function viewOf(db: DbOrTx, networkId: string, candidateId: string, today: string): Promise<LivedExperienceView> {
  const [link, consents, members] = await readTogether(db, [
    () => findLivedExperience(db, networkId, candidateId),
    () => listConsents(db, networkId, candidateId),
    () => soundingBoardMembers(db, networkId),
  ]);
  const consentActive = hasLivedExperienceConsent(consents as ConsentRecord[], today);
  return {
    link: link ? { ...link, inEffect: consentActive } : null,
    consentActive,
    soundingBoard: members.map((m) => ({ id: m.id, name: m.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}

export async function getLivedExperience(input: {
  db: Db;
  actor: Actor;
  networkId: string;
  candidateId: string;
  now?: Date;
}) {
  const { db, actor, networkId, candidateId, now = new Date() } = input;
  await authorizePersonalData(db, actor, 'candidates.read', networkId);
  await requireCandidate(db, networkId, candidateId);
  return viewOf(db, networkId, candidateId, todayInAmsterdam(now));
}

export async function linkLivedExperience(input: {
  db: Db;
  actor: Actor;
  networkId: string;
  candidateId: string;
  personId: string;
  now?: Date;
}) {
  const { db, actor, networkId, candidateId, personId, now = new Date() } = input;
  await authorizePersonalData(db, actor, 'candidates.manage', networkId);
  const today = todayInAmsterdam(now);
  return db.transaction(async (tx) => {
    const current = await requireCandidate(tx, networkId, candidateId);
    if (current.erasedAt) throw new AppError('conflict', 'candidate_erased');
    const consents = (await listConsents(tx, networkId, candidateId)) as ConsentRecord[];
    const refusal = livedExperienceRefusal(consents, await isSoundingBoardMember(tx, networkId, personId), today);
    if (refusal) throw new AppError('conflict', refusal);
    const other = await candidateLinkedToPerson(tx, networkId, personId);
    if (other && other !== candidateId) throw new AppError('conflict', 'lived_experience_person_taken');
    await writeLivedExperience(tx, { networkId, candidateId, personId, linkedBy: actor.userId, linkedAt: now });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.lived_experience.link',
      recordType: 'candidate',
      recordId: candidateId,
      details: { personId },
    });
    return viewOf(tx, networkId, candidateId, today);
  });
}

export async function unlinkLivedExperience(input: { db: Db; actor: Actor; networkId: string; candidateId: string }) {
  const { db, actor, networkId, candidateId } = input;
  await authorizePersonalData(db, actor, 'candidates.manage', networkId);
  await db.transaction(async (tx) => {
    await requireCandidate(tx, networkId, candidateId);
    if (!(await deleteLivedExperience(tx, networkId, candidateId))) throw new AppError('not_found');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.lived_experience.unlink',
      recordType: 'candidate',
      recordId: candidateId,
    });
  });
}
