// The rows the demo generator returns, one interface a table. They use the Drizzle property names of the tables in
// src/server/platform/db/schema, so the loader can insert them as they are.

export interface DemoNetworkRow {
  id: string;
  slug: string;
  name: string;
  region: string;
  /** What its invoices print: KvK number, address on one line, and an IBAN at the invented bank "DEMO". */
  kvkNumber: string;
  invoiceAddress: string;
  iban: string;
  phase: string;
  settings: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoOrganisationRow {
  networkId: string;
  id: string;
  kind: string;
  name: string;
  kvkNumber: string | null;
  sector: string | null;
  sizeClass: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  labourMarketRegion: string | null;
  website: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoEntryCondition {
  code: string;
  signedOn: string | null;
  document: string | null;
}

export interface DemoMembershipRow {
  networkId: string;
  id: string;
  organisationId: string;
  status: string;
  statusReason: string | null;
  joinedOn: string | null;
  endedOn: string | null;
  entryConditions: DemoEntryCondition[];
  contributionCentsPerYear: number | null;
  contributionInKind: string | null;
  invoiceStatus: string | null;
  ambitionJobsPerYear: number | null;
  /** The member that brought this one in (ambassadorship, the top step of the engagement ladder). */
  referredByOrganisationId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoPersonRow {
  networkId: string;
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  organisationId: string | null;
  jobTitle: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoRoleAssignmentRow {
  networkId: string;
  id: string;
  personId: string;
  role: string;
  bodyId: string | null;
  startsOn: string;
  endsOn: string | null;
  createdAt: Date;
}

export interface DemoNeedRow {
  networkId: string;
  id: string;
  organisationId: string | null;
  raisedByPersonId: string | null;
  title: string;
  description: string | null;
  theme: string;
  status: string;
  activityId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoNeedSupporterRow {
  networkId: string;
  id: string;
  needId: string;
  organisationId: string;
  personId: string | null;
  createdAt: Date;
}

export interface DemoActivityRow {
  networkId: string;
  id: string;
  workForm: string;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  hostOrganisationId: string | null;
  initiatorKind: string;
  initiatorOrganisationId: string | null;
  capacity: number | null;
  isPublic: boolean;
  status: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoRegistrationRow {
  networkId: string;
  id: string;
  activityId: string;
  personId: string;
  status: string;
  role: string;
  attended: boolean | null;
  rating: number | null;
  needMet: boolean | null;
  registeredAt: Date;
}

export interface DemoCandidateRow {
  networkId: string;
  id: string;
  code: string;
  firstName: string | null;
  email: string | null;
  phone: string | null;
  place: string | null;
  postcodeArea: string | null;
  wishes: string | null;
  hoursPerWeek: string | null;
  referredBy: string | null;
  targetGroupRegister: string;
  targetGroupRegisterOn: string | null;
  status: string;
  statusReason: string | null;
  leftOn: string | null;
  erasedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoPlacementRow {
  networkId: string;
  id: string;
  candidateId: string;
  organisationId: string;
  startsOn: string;
  endsOn: string | null;
  endReason: string | null;
  hoursPerWeek: string;
  contractKind: string;
  jobcoach: boolean;
  wageSubsidy: boolean;
  noRiskPolicy: boolean;
  attributionKind: string | null;
  attributionId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoBudgetYearRow {
  networkId: string;
  id: string;
  year: number;
  designVersionNumber: number | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoBudgetLineRow {
  networkId: string;
  budgetYearId: string;
  item: string;
  payer: string;
  plannedCents: number;
}

export interface DemoBudgetSpendingRow {
  networkId: string;
  id: string;
  spentOn: string;
  amountCents: number;
  item: string;
  payer: string;
  description: string;
  attachmentName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoInKindContributionRow {
  networkId: string;
  id: string;
  organisationId: string;
  givenOn: string;
  kind: string;
  item: string;
  valueCents: number;
  description: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoInvoiceTierRow {
  networkId: string;
  id: string;
  name: string;
  employeesFrom: number;
  employeesTo: number | null;
  amountCents: number;
  createdAt: Date;
}

/** The last invoice number handed out per year: what the invoices module's counter row says after the demo's invoices. */
export interface DemoInvoiceCounterRow {
  networkId: string;
  year: number;
  lastNumber: number;
}

export interface DemoInvoiceRow {
  networkId: string;
  id: string;
  year: number;
  sequence: number;
  number: string;
  kind: string;
  status: string;
  organisationId: string;
  contributionYear: number;
  creditOfId: string | null;
  amountCents: number;
  description: string;
  issuedOn: string;
  dueOn: string;
  paidOn: string | null;
  remindedAt: Date | null;
  reminderCount: number;
  writtenOffAt: Date | null;
  sellerName: string;
  sellerKvk: string | null;
  sellerAddress: string | null;
  sellerIban: string | null;
  buyerName: string;
  buyerAddress: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A membership's figures for one year; the demo fills in only the invoice status, so amounts and ambitions fall back. */
export interface DemoMembershipYearRow {
  networkId: string;
  id: string;
  membershipId: string;
  year: number;
  contributionCents: number | null;
  contributionInKind: string | null;
  invoiceStatus: string | null;
  ambitionJobs: number | null;
  realisedJobs: number | null;
  updatedAt: Date;
}

// --- the candidates' voice (issue 19) ---------------------------------------------------------------------------------------

export interface DemoCandidateCheckInRow {
  networkId: string;
  id: string;
  placementId: string;
  candidateId: string;
  months: number;
  score: number;
  help: string;
  wantsContact: boolean;
  note: string | null;
  worrying: boolean;
  answeredAt: Date;
}

export interface DemoCandidateRegistrationRow {
  networkId: string;
  id: string;
  activityId: string;
  candidateId: string;
  status: string;
  registeredBy: string;
  attended: boolean | null;
  registeredAt: Date;
  checkedInAt: Date | null;
}

export interface DemoCandidateConsentRow {
  networkId: string;
  id: string;
  candidateId: string;
  recipient: string;
  fields: string[];
  givenOn: string;
  createdAt: Date;
}

export interface DemoLivedExperienceRow {
  networkId: string;
  candidateId: string;
  personId: string;
  linkedAt: Date;
}

export interface DemoAdviceRow {
  networkId: string;
  id: string;
  authorPersonId: string;
  text: string;
  createdAt: Date;
}
