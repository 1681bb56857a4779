// Stable codes for candidates, opportunities and placements. Their Dutch and English words are in candidates-lists.ts.

/** aangemeld → kennismaking → matching → proefplaatsing / stage / werkervaringsplek → geplaatst → uitgestroomd / gestopt */
export const CANDIDATE_STATUSES = [
  'registered',
  'introduction',
  'matching',
  'trial_placement',
  'internship',
  'work_experience',
  'placed',
  'left',
  'stopped',
] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** Moving into these statuses needs a reason. */
export const STATUSES_NEEDING_REASON: readonly CandidateStatus[] = ['left', 'stopped'];
/** Candidates in these statuses are suggested for opportunities. */
export const MATCHABLE_STATUSES: readonly CandidateStatus[] = ['registered', 'introduction', 'matching'];

export const REFERRERS = ['wsp', 'gemeente', 'uwv', 'school', 'care_provider', 'partner_network'] as const;

export const SUPPORT_KINDS = [
  'jobcoach',
  'adapted_workplace',
  'extra_supervision',
  'flexible_hours',
  'transport',
  'training',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const OPPORTUNITY_KINDS = [
  'regular',
  'job_carving',
  'internship',
  'learning_workplace',
  'work_experience',
  'bbl',
] as const;
export const OPPORTUNITY_STATUSES = ['open', 'filled', 'closed'] as const;

export const CONTRACT_KINDS = [
  'fixed_term',
  'permanent',
  'trial_placement',
  'work_experience',
  'apprenticeship',
  'secondment',
] as const;
export const PLACEMENT_END_REASONS = [
  'contract_not_renewed',
  'mismatch',
  'health',
  'other_job',
  'moved',
  'other',
] as const;
export const ATTRIBUTION_KINDS = ['activity', 'partner', 'coordinator'] as const;

export const PROPOSAL_STATUSES = ['proposed', 'accepted', 'declined', 'withdrawn'] as const;

/**
 * Who a consent shares with: the own network (registration and matching, needed to register at all), every employer the
 * network proposes the candidate to, one named employer, another network, or the klankbordgroep (the candidate sits in it as
 * an ervaringsdeskundige, and agrees that this seat is linked to their record; it shares no fields).
 */
export const CONSENT_RECIPIENTS = [
  'own_network',
  'proposed_employers',
  'employer',
  'other_network',
  'sounding_board',
] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];

/** The candidate fields a consent can share; the pseudonymous code and the proposal itself are always visible. */
export const SHAREABLE_FIELDS = [
  'firstName',
  'email',
  'phone',
  'place',
  'wishes',
  'hoursPerWeek',
  'supportNeeded',
  'availableFrom',
  'targetGroupRegister',
] as const;
export type ShareableField = (typeof SHAREABLE_FIELDS)[number];
