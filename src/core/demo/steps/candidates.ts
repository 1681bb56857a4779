// Demo generator step: the candidates registered over the period and the placements of about 40% of them with member
// employers, attributed to a matchmaking activity, a partner or the coordinator. Candidates who left long ago are erased.
import { FIRST_NAMES, WISHES } from '../demo-word-lists.js';
import type { DemoCandidateRow, DemoPlacementRow } from '../demo-rows.js';
import { slugify } from '../../text/slug.js';
import type { ActivityDraft, DemoContext, PartnerLookup } from './demo-context.js';
import { DAY, formatHours, lowerBound, toDateString } from './demo-helpers.js';
import type { DemoEngagement } from './engagement.js';

interface CandidateDeps {
  drafts: readonly ActivityDraft[];
  engagement: DemoEngagement;
  partner: PartnerLookup;
}

export interface DemoCandidates {
  candidates: DemoCandidateRow[];
  placements: DemoPlacementRow[];
}

export function addCandidatesAndPlacements(ctx: DemoContext, deps: CandidateDeps): DemoCandidates {
  const { root, names, networkId, region, now, windowStart, candidateCount } = ctx;
  const { drafts, partner } = deps;
  const { sampleMember } = deps.engagement;
  const candRng = root.fork('candidates');
  // A separate stream for the fields added later (support flags, reasons), so the original stream's values stay as they were.
  const extraRng = root.fork('candidate-extras');
  const candidateTimes: number[] = [];
  for (let i = 0; i < candidateCount; i++)
    candidateTimes.push(windowStart + candRng.next() * (now - DAY - windowStart));
  candidateTimes.sort((x, y) => x - y);
  const matchmakingStarts: { start: number; id: string }[] = drafts
    .filter(
      (d) =>
        d.past && d.row.status === 'held' && (d.row.workForm === 'matchmaking' || d.row.workForm === 'company_visit'),
    )
    .map((d) => ({ start: d.row.startsAt.getTime(), id: d.row.id }));
  const matchmakingTimes = matchmakingStarts.map((m) => m.start);

  const candidates: DemoCandidateRow[] = [];
  const placements: DemoPlacementRow[] = [];
  const seqPerYear = new Map<number, number>();
  for (const createdAt of candidateTimes) {
    const year = new Date(createdAt).getUTCFullYear();
    const seq = (seqPerYear.get(year) ?? 0) + 1;
    seqPerYear.set(year, seq);
    const code = `K-${year}-${String(seq).padStart(4, '0')}`;
    const firstName = candRng.pick(FIRST_NAMES);
    const town = candRng.weighted(region.towns.map((tw, idx) => [tw, idx === 0 ? 3 : 1] as const));
    const hours = candRng.pick([8, 12, 16, 20, 24, 28, 32]);
    const register = candRng.weighted([
      ['yes', 55],
      ['no', 15],
      ['unknown', 30],
    ] as const);
    const candidateId = candRng.uuid();

    let status: string;
    let leftAt: number | null = null;
    let placement: DemoPlacementRow | null = null;
    const startsAt = createdAt + candRng.int(30, 180) * DAY;
    if (candRng.chance(0.42) && startsAt < now - 7 * DAY) {
      const employer = sampleMember(candRng, startsAt);
      if (employer !== null) {
        let endsAt: number | null = null;
        const contractKind = candRng.weighted([
          ['fixed_term', 45],
          ['permanent', 15],
          ['trial_placement', 12],
          ['work_experience', 8],
          ['apprenticeship', 12],
          ['secondment', 8],
        ] as const);
        const mayEnd = startsAt < now - 60 * DAY;
        if (mayEnd && candRng.chance(contractKind === 'trial_placement' ? 0.6 : 0.22)) {
          endsAt = startsAt + (contractKind === 'trial_placement' ? candRng.int(30, 90) : candRng.int(60, 420)) * DAY;
          if (endsAt > now - DAY) endsAt = null;
        }
        let attributionKind: string;
        let attributionId: string | null = null;
        const mmIdx = lowerBound(matchmakingTimes, startsAt) - 1;
        const mm = matchmakingStarts[mmIdx];
        if (mm !== undefined && startsAt - mm.start < 120 * DAY && candRng.chance(0.45)) {
          attributionKind = 'activity';
          attributionId = mm.id;
        } else if (candRng.chance(0.55)) {
          attributionKind = 'partner';
          attributionId = candRng.pick([partner('wsp'), partner('uwv'), partner('gemeente')]).id;
        } else {
          attributionKind = 'coordinator';
        }
        const placementHours = Math.min(32, Math.max(8, hours + candRng.pick([-4, 0, 0, 0, 4])));
        placement = {
          networkId,
          id: candRng.uuid(),
          candidateId,
          organisationId: employer.org.id,
          startsOn: toDateString(startsAt),
          endsOn: endsAt === null ? null : toDateString(endsAt),
          endReason:
            endsAt === null
              ? null
              : candRng.weighted([
                  ['contract_not_renewed', 30],
                  ['mismatch', 20],
                  ['health', 15],
                  ['other_job', 25],
                  ['moved', 10],
                ] as const),
          hoursPerWeek: formatHours(placementHours),
          contractKind,
          jobcoach: extraRng.chance(0.45),
          wageSubsidy: register === 'yes' && extraRng.chance(0.5),
          noRiskPolicy: register === 'yes' && extraRng.chance(0.6),
          attributionKind,
          attributionId,
          createdAt: new Date(startsAt - candRng.int(1, 14) * DAY),
          updatedAt: new Date(endsAt ?? startsAt),
        };
        placements.push(placement);
        if (endsAt === null) status = 'placed';
        else if (candRng.chance(0.5)) status = 'matching';
        else {
          status = 'left';
          leftAt = Math.min(now - DAY, endsAt + candRng.int(7, 60) * DAY);
        }
      } else {
        status = 'matching';
      }
    } else if (createdAt > now - 60 * DAY) {
      status = candRng.weighted([
        ['registered', 60],
        ['introduction', 40],
      ] as const);
    } else {
      status = candRng.weighted([
        ['matching', 60],
        ['left', 25],
        ['introduction', 15],
      ] as const);
      if (status === 'left') leftAt = Math.min(now - DAY, createdAt + candRng.int(90, 400) * DAY);
    }
    // Candidates who left more than a year ago have mostly been erased: the anonymous record stays for the statistics.
    const erasedAt =
      leftAt !== null && leftAt < now - 365 * DAY && candRng.chance(0.7) ? Math.min(now, leftAt + 30 * DAY) : null;
    const erased = erasedAt !== null;
    // Some who left without a placement stopped (gestopt) rather than moved on (uitgestroomd); both carry a reason.
    if (status === 'left' && placement === null && extraRng.chance(0.4)) status = 'stopped';
    const statusReason =
      erased || leftAt === null
        ? null
        : status === 'stopped'
          ? extraRng.pick(['Gezondheid gaat voor', 'Verhuisd buiten de regio', 'Kiest voor een opleiding'])
          : extraRng.pick([
              'Werk gevonden buiten het netwerk',
              'Begeleiding afgerond',
              'Doorverwezen naar dagbesteding',
            ]);
    candidates.push({
      networkId,
      id: candidateId,
      code,
      firstName: erased ? null : firstName,
      email: erased || candRng.chance(0.4) ? null : `${slugify(firstName)}${candRng.int(10, 99)}@mail.example`,
      phone: erased || candRng.chance(0.3) ? null : names.mobile(),
      place: town.name,
      postcodeArea: String(candRng.int(town.postcodes[0], town.postcodes[1])),
      wishes: erased ? null : candRng.pick(WISHES),
      hoursPerWeek: formatHours(hours),
      referredBy: candRng.weighted([
        ['wsp', 35],
        ['gemeente', 25],
        ['uwv', 15],
        ['school', 10],
        ['care_provider', 10],
        ['partner_network', 5],
      ] as const),
      targetGroupRegister: register,
      targetGroupRegisterOn:
        register === 'unknown' ? null : toDateString(Math.min(now - DAY, createdAt + candRng.int(0, 30) * DAY)),
      status,
      statusReason,
      leftOn: leftAt === null ? null : toDateString(leftAt),
      erasedAt: erasedAt === null ? null : new Date(erasedAt),
      createdAt: new Date(createdAt),
      updatedAt: new Date(Math.max(createdAt, erasedAt ?? leftAt ?? placement?.updatedAt.getTime() ?? createdAt)),
    });
  }
  return { candidates, placements };
}
