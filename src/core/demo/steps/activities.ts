// Demo generator step: the agenda. A few activities a month (fewer in the summer), over the whole history and a little
// ahead; hosts and initiators shift from the coordinator to the members as the network matures.
import { THEMES, WORK_FORMS } from '../demo-word-lists.js';
import type { DemoActivityRow, DemoOrganisationRow } from '../demo-rows.js';
import type { Prng } from '../prng.js';
import { PLANNED_AHEAD_DAYS, type ActivityDraft, type DemoContext, type PartnerLookup } from './demo-context.js';
import { capitalise, DAY, themeLabelOf } from './demo-helpers.js';
import type { DemoEngagement } from './engagement.js';

interface ActivityDeps {
  engagement: DemoEngagement;
  partner: PartnerLookup;
  /** The themes that have a themagroep. */
  themeGroups: readonly string[];
}

/** The activities sorted by start. */
export function addActivities(ctx: DemoContext, deps: ActivityDeps): ActivityDraft[] {
  const { root, now, windowStart, activitiesPerMonth } = ctx;
  const { monthStarts } = deps.engagement;
  const actRng = root.fork('activities');
  const drafts: ActivityDraft[] = [];
  const span = now - windowStart;
  for (const monthStart of monthStarts) {
    const d = new Date(monthStart);
    const month = d.getUTCMonth();
    const isSummer = month === 6 || month === 7;
    const isDecember = month === 11;
    let count = actRng.int(Math.max(1, Math.floor(activitiesPerMonth - 1)), Math.ceil(activitiesPerMonth + 1));
    if (isSummer) count = Math.max(0, Math.floor(count / 2));
    if (isDecember) count = Math.max(1, count - 1);
    const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), month + 1, 0)).getUTCDate();
    for (let k = 0; k < count; k++) {
      let day = actRng.int(1, daysInMonth);
      const weekday = new Date(Date.UTC(d.getUTCFullYear(), month, day)).getUTCDay();
      if (weekday === 0) day = day < daysInMonth ? day + 1 : day - 2;
      if (weekday === 6) day = day > 1 ? day - 1 : day + 2;
      const workForm = actRng.weighted(WORK_FORMS);
      const hour = workForm === 'network_meeting' ? actRng.pick([15, 16]) : actRng.pick([9, 10, 13, 15, 16]);
      const minute = actRng.pick([0, 0, 30]);
      const startsAt = amsterdamToUtc(d.getUTCFullYear(), month, day, hour, minute);
      if (startsAt < windowStart || startsAt > now + PLANNED_AHEAD_DAYS * DAY) continue;
      drafts.push(draftActivity(ctx, deps, actRng, workForm, startsAt, (startsAt - windowStart) / span));
    }
  }
  drafts.sort((a, b) => a.row.startsAt.getTime() - b.row.startsAt.getTime());
  return drafts;
}

function draftActivity(
  ctx: DemoContext,
  { engagement: { sampleMember }, partner, themeGroups }: ActivityDeps,
  rng: Prng,
  workForm: string,
  startsAt: number,
  progress: number,
): ActivityDraft {
  const { networkId, slug, now, capacityFactor } = ctx;
  const theme = workForm === 'theme_group' ? rng.pick(themeGroups) : rng.pick(THEMES)[0];
  const themeLabel = themeLabelOf(theme);
  const durationMin =
    workForm === 'training'
      ? 180
      : workForm === 'network_meeting'
        ? 150
        : workForm === 'company_visit'
          ? 120
          : rng.pick([90, 120]);
  const endsAt = startsAt + durationMin * 60_000;

  // Who hosts: mostly members, sometimes a partner's venue, sometimes online.
  const hostDraw = rng.next();
  let host: DemoOrganisationRow | null = null;
  let online = false;
  const memberHostShare =
    workForm === 'company_visit'
      ? 1
      : workForm === 'knowledge_session'
        ? 0.45
        : workForm === 'training' || workForm === 'matchmaking'
          ? 0.5
          : 0.7;
  const onlineShare =
    workForm === 'knowledge_session' ? 0.35 : workForm === 'company_visit' || workForm === 'network_meeting' ? 0 : 0.12;
  if (hostDraw < memberHostShare) host = sampleMember(rng, startsAt)?.org ?? null;
  else if (hostDraw < memberHostShare + onlineShare) online = true;
  else
    host =
      workForm === 'training'
        ? rng.pick([partner('roc'), partner('jobcoach')])
        : workForm === 'matchmaking'
          ? rng.pick([partner('wsp'), partner('uwv')])
          : rng.pick([partner('gemeente'), partner('roc'), partner('association')]);
  if (host === null && !online) online = true;

  // Who initiates: the coordinator carries more at the start, members take over as the network matures.
  let initiatorKind = rng.weighted([
    ['coordinator', 0.45 - 0.25 * progress],
    ['core_group', 0.2],
    ['member_employer', 0.25 + 0.3 * progress],
    ['partner', 0.1],
  ] as const);
  if (workForm === 'network_meeting' && initiatorKind === 'member_employer') initiatorKind = 'core_group';
  if (workForm === 'matchmaking' && rng.chance(0.5)) initiatorKind = 'partner';
  if (workForm === 'company_visit' && host?.kind === 'employer' && rng.chance(0.6)) initiatorKind = 'member_employer';
  let initiatorOrganisationId: string | null = null;
  if (initiatorKind === 'member_employer') {
    initiatorOrganisationId = host?.kind === 'employer' ? host.id : (sampleMember(rng, startsAt)?.org.id ?? null);
    if (initiatorOrganisationId === null) initiatorKind = 'coordinator';
  } else if (initiatorKind === 'partner') {
    initiatorOrganisationId =
      host !== null && host.kind !== 'employer'
        ? host.id
        : rng.pick([partner('wsp'), partner('uwv'), partner('gemeente')]).id;
  }

  const year = new Date(startsAt).getUTCFullYear();
  const season = seasonOf(new Date(startsAt).getUTCMonth());
  let title: string;
  let description: string;
  let capacity: number | null;
  switch (workForm) {
    case 'knowledge_session':
      title = `Kennissessie: ${themeLabel}`;
      description = `Een deskundige en een werkgever uit het netwerk delen kennis en ervaring over ${themeLabel}.`;
      capacity = online ? null : rng.int(30, 60);
      break;
    case 'company_visit':
      title = `Bedrijfsbezoek bij ${host?.name ?? 'een deelnemer'}`;
      description = `Rondleiding en gesprek met collega’s die al inclusief werken; aandacht voor ${themeLabel}.`;
      capacity = rng.int(12, 25);
      break;
    case 'peer_review':
      title = `Intervisie: ${themeLabel}`;
      description = 'Werkgevers bespreken in een kleine groep een casus uit de eigen praktijk.';
      capacity = rng.int(8, 12);
      break;
    case 'theme_group':
      title = `Themagroep ${capitalise(themeLabel)}`;
      description = `Vaste themagroep rond ${themeLabel}, getrokken door een kartrekker uit het netwerk.`;
      capacity = rng.int(10, 16);
      break;
    case 'network_meeting':
      title = `Netwerkbijeenkomst ${season} ${year}`;
      description = 'Plenaire bijeenkomst voor alle deelnemers: resultaten, agenda en ontmoeting.';
      capacity = rng.int(60, 100);
      break;
    case 'matchmaking':
      title = rng.pick([
        'Matchmaking: kandidaten ontmoeten werkgevers',
        'Speeddates werkgevers en werkzoekenden',
        'Banenmarkt inclusief werken',
      ]);
      description = 'Werkgevers en kandidaten maken kennis; het werkgeversservicepunt zorgt voor de voorselectie.';
      capacity = rng.int(20, 40);
      break;
    case 'training':
      title = rng.pick([
        `Training: ${themeLabel}`,
        'Training werkbegeleider',
        'Training omgaan met psychische kwetsbaarheid',
      ]);
      description = 'Praktische training voor leidinggevenden en werkbegeleiders.';
      capacity = rng.int(12, 20);
      break;
    default:
      title = `Praktijktafel: ${themeLabel}`;
      description = 'Korte, praktische sessie aan tafel: één vraag, concrete antwoorden van andere werkgevers.';
      capacity = rng.int(8, 14);
      break;
  }
  if (capacity !== null && capacityFactor !== 1) capacity = Math.round(capacity * capacityFactor);

  const past = endsAt <= now;
  const cancelled = past && rng.chance(0.03);
  const createdAt = Math.min(now, startsAt - rng.int(14, 60) * DAY);
  const row: DemoActivityRow = {
    networkId,
    id: rng.uuid(),
    workForm,
    title,
    description,
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
    location: host === null ? null : `${host.street ?? ''}, ${host.city ?? ''}`,
    onlineUrl: online ? `https://meet.example/${slug}/${rng.int(100000, 999999)}` : null,
    hostOrganisationId: host?.id ?? null,
    initiatorKind,
    initiatorOrganisationId,
    capacity,
    isPublic: (workForm === 'network_meeting' || workForm === 'knowledge_session') && rng.chance(0.25),
    status: cancelled ? 'cancelled' : past ? 'held' : 'planned',
    createdAt: new Date(createdAt),
    updatedAt: new Date(past ? Math.min(now, endsAt + DAY) : createdAt),
  };
  return { row, theme, past };
}

function seasonOf(month: number): string {
  return month < 2 || month === 11 ? 'winter' : month < 5 ? 'voorjaar' : month < 8 ? 'zomer' : 'najaar';
}

/** A wall-clock time in Europe/Amsterdam as a UTC instant (EU summer time: last Sunday of March to last Sunday of October). */
function amsterdamToUtc(year: number, month: number, day: number, hour: number, minute: number): number {
  const lastSunday = (m: number): number => {
    const last = new Date(Date.UTC(year, m + 1, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const summer =
    (month > 2 && month < 9) || (month === 2 && day >= lastSunday(2)) || (month === 9 && day < lastSunday(9));
  return Date.UTC(year, month, day, hour - (summer ? 2 : 1), minute);
}
