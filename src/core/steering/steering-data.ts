// The plain data every steering measure is computed from: one network's members, agenda, needs, placements and governance,
// as loaded by the server (src/server/modules/steering/steering.repository.ts) or built by hand in tests. Dates are ISO strings
// ('YYYY-MM-DD' for dates, full ISO for timestamps); nothing here reads a clock — every function takes `now`.

export interface SteeringMember {
  organisationId: string;
  name: string;
  status: string;
  joinedOn: string | null;
  endedOn: string | null;
  ambitionJobsPerYear: number | null;
  /** The organisation that brought this member in (recruited it), when recorded. */
  referredByOrganisationId: string | null;
}

export interface SteeringPerson {
  id: string;
  organisationId: string | null;
}

export interface SteeringActivity {
  id: string;
  title: string;
  workForm: string;
  startsAt: string;
  status: string;
  hostOrganisationId: string | null;
  initiatorKind: string;
  initiatorOrganisationId: string | null;
}

export interface SteeringRegistration {
  id: string;
  activityId: string;
  personId: string;
  status: string;
  role: string;
  attended: boolean | null;
  /** Not used by any measure; the server does not load it. */
  needMet?: boolean | null;
}

/**
 * What the dashboard's measures need of the registrations, counted per activity and per organisation — the server counts
 * them in SQL rather than loading every registration. `registrationTotalsOf` gives the same from the rows.
 */
export interface SteeringRegistrationTotals {
  /** Per activity with a registration as attendee with a place (status 'registered'). */
  activities: SteeringActivityRegistrations[];
  /**
   * Per organisation and activity where a person of the organisation, registered with a place, was marked present (any
   * role) or spoke without being marked absent.
   */
  organisations: SteeringOrganisationRegistrations[];
}

export interface SteeringActivityRegistrations {
  activityId: string;
  /** Registrations as attendee with a place. */
  registered: number;
  /** Of those, marked present. */
  attended: number;
  /** Of those, with attendance recorded (present or absent). */
  recorded: number;
  /** The organisations of the persons among those marked present, each once. */
  presentOrganisationIds: string[];
}

export interface SteeringOrganisationRegistrations {
  organisationId: string;
  activityId: string;
  /** A person of the organisation was marked present. */
  attended: boolean;
  /** A person of the organisation was a speaker not marked absent. */
  contributed: boolean;
}

/**
 * The days on which an organisation attended or contributed through a registration: what the engagement measures ask of
 * SteeringOrganisationRegistrations (whether, when and how high an organisation engaged), reduced to Amsterdam calendar days
 * of activities that were not cancelled, each day once and in order. The dashboard's loader counts them in SQL;
 * `registrationDaysOf` gives the same from the rows.
 */
export interface SteeringOrganisationDays {
  organisationId: string;
  /** Days of an activity where a person of the organisation, registered with a place, was marked present (any role). */
  attendedDays: string[];
  /** Days of an activity where a person of the organisation, registered with a place, spoke without being marked absent. */
  contributedDays: string[];
}

export interface SteeringNeed {
  id: string;
  title: string;
  organisationId: string | null;
  createdAt: string;
  status: string;
  activityId: string | null;
}

export interface SteeringNeedSupport {
  needId: string;
  organisationId: string;
  createdAt: string;
}

/** A piece of advice a person gave as a member of the klankbordgroep (asked for or not). */
export interface SteeringAdvice {
  id: string;
  personId: string;
  createdAt: string;
}

export interface SteeringPlacement {
  id: string;
  organisationId: string;
  startsOn: string;
  endsOn: string | null;
  hoursPerWeek: number;
  /** The candidate's doelgroepregister flag: 'yes' | 'no' | 'unknown'. */
  targetGroupRegister: string;
}

export interface SteeringCheckIn {
  placementId: string;
  months: number;
  stillEmployed: boolean;
}

/** A candidate's own answer at a 3-, 6- or 12-month check-in of a placement (issue 19): only that it was given. */
export interface SteeringCandidateCheckIn {
  placementId: string;
  months: number;
}

/** A candidate's registration for an activity open to candidates (kept apart from members' registrations). */
export interface SteeringCandidateRegistration {
  id: string;
  activityId: string;
  candidateId: string;
  status: string;
  attended: boolean | null;
}

export interface SteeringRoleTerm {
  personId: string;
  role: string;
  startsOn: string;
  endsOn: string | null;
}

export interface SteeringMeeting {
  id: string;
  startsAt: string;
  attendance: { personId: string; present: boolean }[];
}

export interface SteeringTask {
  id: string;
  code: string | null;
  title: string | null;
  responsibleRole: string | null;
  assigneePersonId: string | null;
  status: string;
}

export interface MembershipYearFigures {
  organisationId: string;
  year: number;
  ambitionJobs: number | null;
  realisedJobs: number | null;
}

/** An ervaringsdeskundige's link to a candidate record, with the candidate's `sounding_board` consents (any state). */
export interface SteeringLivedExperience {
  personId: string;
  consents: { givenOn: string; validUntil: string | null; withdrawnAt: Date | null }[];
}

export interface SteeringData {
  phase: string;
  members: SteeringMember[];
  persons: SteeringPerson[];
  activities: SteeringActivity[];
  registrations: SteeringRegistration[];
  /**
   * The registrations counted (see SteeringRegistrationTotals): when present, the measures read these instead of
   * `registrations`, which is then left empty. The dashboard's loader gives these; the drill-downs need the rows.
   */
  registrationTotals?: SteeringRegistrationTotals;
  /**
   * The attendances and contributions per organisation as days (see SteeringOrganisationDays): the dashboard's loader gives
   * these with `registrationTotals` whose `organisations` are then left empty, so thousands of organisation × activity pairs
   * need not be built, sent and parsed.
   */
  registrationDays?: SteeringOrganisationDays[];
  needs: SteeringNeed[];
  needSupports: SteeringNeedSupport[];
  /** Advice given in the app; counts as a contribution of the author's organisation. Absent in older fixtures. */
  advice?: SteeringAdvice[];
  placements: SteeringPlacement[];
  checkIns: SteeringCheckIn[];
  /** The candidates' own check-in answers (issue 19). Absent in older fixtures. */
  candidateCheckIns?: SteeringCandidateCheckIn[];
  /**
   * Persons linked to a candidate record as ervaringsdeskundige in the klankbordgroep (issue 19), each with that
   * candidate's consents for the klankbordgroep link (recipient `sounding_board`). Absent in older fixtures.
   */
  livedExperience?: SteeringLivedExperience[];
  /** Candidates' registrations for activities (issue 19). Absent in older fixtures. */
  candidateRegistrations?: SteeringCandidateRegistration[];
  roleTerms: SteeringRoleTerm[];
  /** Meetings of the network's kerngroep bodies, with attendance. */
  kerngroepMeetings: SteeringMeeting[];
  tasks: SteeringTask[];
  membershipYears: MembershipYearFigures[];
}

export function emptySteeringData(phase = 'opstart'): SteeringData {
  return {
    phase,
    members: [],
    persons: [],
    activities: [],
    registrations: [],
    needs: [],
    needSupports: [],
    placements: [],
    checkIns: [],
    roleTerms: [],
    kerngroepMeetings: [],
    tasks: [],
    membershipYears: [],
  };
}

/** A closed period [from, to] of dates (both inclusive, 'YYYY-MM-DD'). */
export interface Period {
  from: string;
  to: string;
}
