// Demo generator step: the candidates' voice (issue 19). Candidates answer their own 3-, 6- and 12-month check-ins (most,
// not all); candidates are registered for the matchmaking meetings and most of them came; and the klankbordgroep's
// ervaringsdeskundige is linked to a candidate record with the candidate's consent (`sounding_board`) and gives advice,
// so the demo's "Stem van kandidaten" card shows real figures. Its own random stream: the steps before stay as they were.
import { todayInAmsterdam } from '../../calendar.js';
import { checkInDueDates } from '../../candidates/check-ins.js';
import type {
  DemoActivityRow,
  DemoAdviceRow,
  DemoCandidateCheckInRow,
  DemoCandidateConsentRow,
  DemoCandidateRegistrationRow,
  DemoCandidateRow,
  DemoLivedExperienceRow,
  DemoPersonRow,
  DemoPlacementRow,
} from '../demo-rows.js';
import type { DemoContext } from './demo-context.js';
import { DAY, toDateString } from './demo-helpers.js';

export interface DemoCandidateVoice {
  candidateCheckIns: DemoCandidateCheckInRow[];
  candidateRegistrations: DemoCandidateRegistrationRow[];
  candidateConsents: DemoCandidateConsentRow[];
  livedExperience: DemoLivedExperienceRow[];
  advice: DemoAdviceRow[];
}

const CHECK_IN_NOTES = [
  'Het gaat goed. Ik ken nu de vaste taken.',
  'Fijne collega’s. Soms is het druk.',
  'Ik wil graag wat meer uren werken.',
  'De reistijd is lang, maar het lukt.',
  null,
  null,
] as const;

const ADVICE_TEXTS = [
  'Vraag kandidaten zelf wat zij nodig hebben voor een goede eerste werkdag.',
  'Maak de uitnodiging voor de matchmaking korter en in gewone taal.',
  'Laat een kandidaat die al werkt vertellen hoe het begon.',
  'Bel na de eerste week even; een mail wordt vaak niet gelezen.',
] as const;

export function addCandidateVoice(
  ctx: DemoContext,
  deps: {
    candidates: readonly DemoCandidateRow[];
    placements: readonly DemoPlacementRow[];
    activities: readonly DemoActivityRow[];
    persons: readonly DemoPersonRow[];
  },
): DemoCandidateVoice {
  const { root, networkId, now } = ctx;
  const rng = root.fork('candidate-voice');
  const today = todayInAmsterdam(new Date(now));
  const erased = new Set(deps.candidates.filter((c) => c.erasedAt !== null).map((c) => c.id));

  // Check-ins: a date that has passed while the placement ran is answered by about three in four candidates.
  const candidateCheckIns: DemoCandidateCheckInRow[] = [];
  for (const p of deps.placements) {
    if (erased.has(p.candidateId)) continue;
    for (const { months, dueOn } of checkInDueDates(p.startsOn)) {
      if (dueOn > today || (p.endsOn !== null && p.endsOn < dueOn)) continue;
      if (!rng.chance(0.75)) continue;
      const score = rng.weighted([
        [5, 30],
        [4, 40],
        [3, 20],
        [2, 7],
        [1, 3],
      ] as const);
      const answeredAt = Math.min(now - DAY, Date.parse(`${dueOn}T10:00:00Z`) + rng.int(0, 10) * DAY);
      candidateCheckIns.push({
        networkId,
        id: rng.uuid(),
        placementId: p.id,
        candidateId: p.candidateId,
        months,
        score,
        help: score >= 4 ? 'yes' : score === 3 ? 'somewhat' : 'no',
        wantsContact: score <= 2 || rng.chance(0.1),
        note: rng.pick(CHECK_IN_NOTES),
        worrying: score <= 2,
        answeredAt: new Date(answeredAt),
      });
    }
  }

  // Matchmaking meetings: two to five candidates registered by the coordinator (some on their own page); at a meeting
  // that was held most of them came.
  const candidateRegistrations: DemoCandidateRegistrationRow[] = [];
  const matchmakings = deps.activities.filter((a) => a.workForm === 'matchmaking' && a.status !== 'cancelled');
  for (const a of matchmakings) {
    const start = a.startsAt.getTime();
    const pool = deps.candidates.filter(
      (c) => !erased.has(c.id) && c.createdAt.getTime() < start - 7 * DAY && c.status !== 'left',
    );
    if (pool.length === 0) continue;
    const chosen = new Set<string>();
    const want = Math.min(pool.length, rng.int(2, 5));
    for (let i = 0; i < want * 3 && chosen.size < want; i++) chosen.add(rng.pick(pool).id);
    const held = start < now;
    for (const candidateId of chosen) {
      const attended = held ? rng.chance(0.8) : null;
      candidateRegistrations.push({
        networkId,
        id: rng.uuid(),
        activityId: a.id,
        candidateId,
        status: 'registered',
        registeredBy: rng.chance(0.25) ? 'self' : 'coordinator',
        attended,
        registeredAt: new Date(start - rng.int(3, 20) * DAY),
        checkedInAt: attended ? new Date(start + rng.int(0, 20) * 60_000) : null,
      });
    }
  }

  // The klankbordgroep's ervaringsdeskundige, linked to a candidate who consented to it, gives advice now and then.
  const candidateConsents: DemoCandidateConsentRow[] = [];
  const livedExperience: DemoLivedExperienceRow[] = [];
  const advice: DemoAdviceRow[] = [];
  const expert = deps.persons.find((p) => p.jobTitle === 'Ervaringsdeskundige');
  // The earliest candidate still at work: someone who knows the route from their own experience.
  const linkedCandidate = deps.candidates.find((c) => !erased.has(c.id) && c.status === 'placed');
  const linkedAt =
    expert && linkedCandidate
      ? Math.max(expert.createdAt.getTime(), linkedCandidate.createdAt.getTime()) + 7 * DAY
      : Number.POSITIVE_INFINITY;
  if (expert && linkedCandidate && linkedAt < now - 30 * DAY) {
    candidateConsents.push({
      networkId,
      id: rng.uuid(),
      candidateId: linkedCandidate.id,
      recipient: 'sounding_board',
      fields: [],
      givenOn: toDateString(linkedAt - DAY),
      createdAt: new Date(linkedAt - DAY),
    });
    livedExperience.push({
      networkId,
      candidateId: linkedCandidate.id,
      personId: expert.id,
      linkedAt: new Date(linkedAt),
    });
    // About one piece of advice a quarter since the link, the last one within the past three months.
    for (let at = now - rng.int(5, 60) * DAY; at > linkedAt; at -= rng.int(60, 120) * DAY)
      advice.push({
        networkId,
        id: rng.uuid(),
        authorPersonId: expert.id,
        text: rng.pick(ADVICE_TEXTS),
        createdAt: new Date(at),
      });
  }
  return { candidateCheckIns, candidateRegistrations, candidateConsents, livedExperience, advice };
}
