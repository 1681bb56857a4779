// A seat at the table (issue 19, item 4): an ervaringsdeskundige in the klankbordgroep linked to the candidate record they
// come from. The link needs the candidate's explicit consent (a consent for the recipient `sounding_board`) and a current
// term in the klankbordgroep; it counts only while that consent is active, so withdrawing it takes effect at once. Pure.
import { isConsentActive, type ConsentRecord } from './consent.js';

export type LivedExperienceRefusal = 'lived_experience_consent_required' | 'lived_experience_not_sounding_board';

/** Whether the candidate's consent for the klankbordgroep link is active today. */
export function hasLivedExperienceConsent(consents: readonly ConsentRecord[], today: string): boolean {
  return consents.some((c) => c.recipient === 'sounding_board' && isConsentActive(c, today));
}

/** Why a person may not be linked to this candidate now, or null when the link may be made. */
export function livedExperienceRefusal(
  consents: readonly ConsentRecord[],
  personInSoundingBoard: boolean,
  today: string,
): LivedExperienceRefusal | null {
  if (!hasLivedExperienceConsent(consents, today)) return 'lived_experience_consent_required';
  if (!personInSoundingBoard) return 'lived_experience_not_sounding_board';
  return null;
}
