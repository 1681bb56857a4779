// Contribution invoices: tiers per network, an invoice per member and year with a gapless number per network and year
// (taken in the creating transaction), and the steps an invoice takes — sent, paid, reminded (a Dutch mail through the
// outbox), credited (a credit note with its own number from the same sequence) or written off. A sent invoice is never
// changed; every step carries the version the screen showed, so a second "paid" on the old version is refused.
import { formatDutchDate, todayInAmsterdam, addDays } from '../../../core/calendar.js';
import { AMOUNT_ERROR_TEXTS, AMOUNT_ERRORS, parseDutchAmount } from '../../../core/budget/money.js';
import {
  allowedInvoiceActions,
  contributionFor,
  creditAmountOf,
  formatInvoiceNumber,
  mayDo,
  tierProblem,
  type InvoiceAction,
  type InvoiceKind,
  type InvoiceStatus,
} from '../../../core/invoices/invoice-rules.js';
import { invoiceStatusLabels } from '../../../core/invoices/invoice-lists.js';
import type {
  CreateInvoiceInput,
  CreateYearInput,
  InvoiceDetailsInput,
  InvoiceList,
  InvoiceRow,
  ListInvoicesQuery,
  TierInput,
  UpdateDraftInput,
} from '../../../core/invoices/invoices.contract.js';
import { actorMay, authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { recipientLocales, type Mailer } from '../../platform/mail.js';
import { mailTexts, type MailTexts } from '../../platform/mail-texts.js';
import { registerErrorMessages, type Locale } from '../../platform/messages.js';
import {
  deleteTier,
  findContactEmail,
  findInvoice,
  findMemberToInvoice,
  findNetworkDetails,
  insertInvoice,
  insertTier,
  listMembersToInvoice,
  listTiers,
  lockInvoicing,
  nextSequence,
  queryInvoices,
  updateInvoiceIfVersion,
  updateNetworkDetailsIfVersion,
} from './invoices.repository.js';

const ACTION_WORDS: Record<InvoiceAction, { nl: string; en: string }> = {
  edit: { nl: 'gewijzigd', en: 'changed' },
  send: { nl: 'verstuurd', en: 'sent' },
  mark_paid: { nl: 'als betaald geregistreerd', en: 'registered as paid' },
  remind: { nl: 'herinnerd', en: 'reminded' },
  credit: { nl: 'gecrediteerd', en: 'credited' },
  write_off: { nl: 'afgeschreven', en: 'written off' },
};

registerErrorMessages({
  nl: {
    ...Object.fromEntries(AMOUNT_ERRORS.map((e) => [`invoice_amount_${e}`, AMOUNT_ERROR_TEXTS[e].nl])),
    ...Object.fromEntries(
      Object.entries(ACTION_WORDS).map(([a, w]) => [
        `invoice_cannot_${a}`,
        `Factuur {number} is {statusNl} en kan niet meer worden ${w.nl}.`,
      ]),
    ),
    invoice_not_editable:
      'Factuur {number} is al verstuurd en kan niet meer worden gewijzigd. Maak een creditnota om haar te herstellen.',
    invoice_already_paid:
      'Factuur {number} is al als betaald geregistreerd (op {paidOn}). Een betaling telt maar één keer.',
    invoice_exists: 'Deze organisatie heeft al een factuur voor de contributie van {year} ({number}).',
    invoice_no_amount:
      'Voor deze organisatie is geen bedrag bekend: geef een bedrag op, of leg een contributie of staffel vast.',
    invoice_not_member: 'Deze organisatie is geen lid van dit netwerk.',
    invoice_no_contact: 'Er is geen contactpersoon met een e-mailadres bij {name}: geef een adres op.',
    invoice_tier_overlap: 'Deze staffel overlapt met een bestaande staffel.',
    invoice_tier_range_reversed: 'Het aantal medewerkers "tot" moet groter zijn dan "vanaf".',
    invoice_tier_negative: 'Een staffel kan niet negatief zijn.',
    invoice_due_before_issue: 'De vervaldatum ligt vóór de factuurdatum.',
  },
  en: {
    ...Object.fromEntries(AMOUNT_ERRORS.map((e) => [`invoice_amount_${e}`, AMOUNT_ERROR_TEXTS[e].en])),
    ...Object.fromEntries(
      Object.entries(ACTION_WORDS).map(([a, w]) => [
        `invoice_cannot_${a}`,
        `Invoice {number} is {statusEn} and can no longer be ${w.en}.`,
      ]),
    ),
    invoice_not_editable:
      'Invoice {number} has been sent and can no longer be changed. Issue a credit note to correct it.',
    invoice_already_paid: 'Invoice {number} is already registered as paid (on {paidOn}). A payment counts only once.',
    invoice_exists: 'This organisation already has an invoice for the {year} contribution ({number}).',
    invoice_no_amount: 'No amount is known for this organisation: enter one, or record a contribution or tier.',
    invoice_not_member: 'This organisation is not a member of this network.',
    invoice_no_contact: 'There is no contact with an e-mail address at {name}: enter an address.',
    invoice_tier_overlap: 'This tier overlaps an existing tier.',
    invoice_tier_range_reversed: 'The "to" number of employees must be larger than "from".',
    invoice_tier_negative: 'A tier cannot be negative.',
    invoice_due_before_issue: 'The due date is before the invoice date.',
  },
});

function centsOf(text: string, field: string): number {
  const result = parseDutchAmount(text);
  if (result.ok) return result.cents;
  const key = `invoice_amount_${result.error}`;
  throw new AppError('validation_failed', key, [{ path: ['body', field], message: key }]);
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function addressOf(m: { street: string | null; postcode: string | null; city: string | null }): string | null {
  const place = [m.postcode, m.city].filter(Boolean).join('  ');
  const lines = [m.street, place].filter((l): l is string => !!l && l.trim() !== '');
  return lines.length > 0 ? lines.join('\n') : null;
}

function descriptionFor(year: number, networkName: string) {
  return `Contributie ${year} — ${networkName}`;
}

// ---- the network's details

export async function getInvoiceDetails({ db, actor, networkId }: { db: Db; actor: Actor; networkId: string }) {
  authorize(actor, 'invoices.read', networkId);
  const found = await findNetworkDetails(db, networkId);
  if (!found) throw new AppError('not_found');
  return found;
}

export async function updateInvoiceDetails({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: InvoiceDetailsInput;
}) {
  authorize(actor, 'invoices.manage', networkId);
  return db.transaction(async (tx) => {
    const updated = await updateNetworkDetailsIfVersion(tx, networkId, input.version, {
      kvkNumber: input.kvkNumber,
      address: input.address,
      iban: input.iban,
    });
    if (!updated) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'invoices.details',
      recordType: 'network',
      recordId: networkId,
      details: { kvkNumber: input.kvkNumber, address: input.address, iban: input.iban },
    });
    return updated;
  });
}

// ---- tiers

export async function listInvoiceTiers({ db, actor, networkId }: { db: Db; actor: Actor; networkId: string }) {
  authorize(actor, 'invoices.read', networkId);
  return listTiers(db, networkId);
}

export async function addInvoiceTier({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: TierInput;
}) {
  authorize(actor, 'invoices.manage', networkId);
  const tier = {
    name: input.name,
    employeesFrom: input.employeesFrom,
    employeesTo: input.employeesTo,
    amountCents: centsOf(input.amount, 'amount'),
  };
  return db.transaction(async (tx) => {
    await lockInvoicing(tx, networkId);
    const problem = tierProblem(tier, await listTiers(tx, networkId));
    if (problem) {
      const key = `invoice_tier_${problem}`;
      throw new AppError('validation_failed', key, [{ path: ['body', 'employeesFrom'], message: key }]);
    }
    const created = await insertTier(tx, { networkId, ...tier });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'invoices.tier.add',
      recordType: 'invoice_tier',
      recordId: created.id,
      details: tier,
    });
    return created;
  });
}

export async function removeInvoiceTier({
  db,
  actor,
  networkId,
  tierId,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  tierId: string;
}) {
  authorize(actor, 'invoices.manage', networkId);
  await db.transaction(async (tx) => {
    if (!(await deleteTier(tx, networkId, tierId))) throw new AppError('not_found');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'invoices.tier.remove',
      recordType: 'invoice_tier',
      recordId: tierId,
    });
  });
}

// ---- listing

function rowOf(r: Awaited<ReturnType<typeof queryInvoices>>[number]): InvoiceRow {
  const kind = r.kind as InvoiceKind;
  const status = r.status as InvoiceStatus;
  return { ...r, kind, status, actions: [...allowedInvoiceActions({ kind, status })] };
}

export async function listInvoices({
  db,
  actor,
  networkId,
  query,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  query: ListInvoicesQuery;
}): Promise<InvoiceList> {
  authorize(actor, 'invoices.read', networkId);
  const items = (await queryInvoices(db, networkId, query)).map(rowOf);
  // Drafts are not yet owed; written-off invoices are no longer expected; a credit note lowers what was invoiced.
  const counted = items.filter((i) => i.status !== 'draft');
  const invoicedCents = counted.reduce((a, i) => a + i.amountCents, 0);
  const paidCents = counted.filter((i) => i.status === 'paid').reduce((a, i) => a + i.amountCents, 0);
  const openCents = counted
    .filter((i) => i.kind === 'invoice' && (i.status === 'sent' || i.status === 'reminded'))
    .reduce((a, i) => a + i.amountCents, 0);
  return {
    items,
    totals: { invoicedCents, paidCents, openCents },
    canManage: actorMay(actor, networkId, 'invoices.manage'),
  };
}

// ---- creating

interface Member {
  organisationId: string;
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
}

async function issueInvoice(
  tx: DbOrTx,
  {
    actor,
    networkId,
    seller,
    member,
    contributionYear,
    amountCents,
    issuedOn,
    dueOn,
    asDraft,
  }: {
    actor: Actor;
    networkId: string;
    seller: { name: string; kvkNumber: string | null; address: string | null; iban: string | null };
    member: Member;
    contributionYear: number;
    amountCents: number;
    issuedOn: string;
    dueOn: string;
    asDraft: boolean;
  },
) {
  const year = yearOf(issuedOn);
  const sequence = await nextSequence(tx, networkId, year);
  const number = formatInvoiceNumber(year, sequence);
  const created = await insertInvoice(tx, {
    networkId,
    year,
    sequence,
    number,
    kind: 'invoice',
    status: asDraft ? 'draft' : 'sent',
    organisationId: member.organisationId,
    contributionYear,
    amountCents,
    description: descriptionFor(contributionYear, seller.name),
    issuedOn,
    dueOn,
    sellerName: seller.name,
    sellerKvk: seller.kvkNumber,
    sellerAddress: seller.address,
    sellerIban: seller.iban,
    buyerName: member.name,
    buyerAddress: addressOf(member),
    createdBy: actor.userId,
  });
  await writeAudit(tx, {
    actor,
    networkId,
    action: 'invoices.create',
    recordType: 'invoice',
    recordId: created.id,
    details: { number, amountCents, contributionYear, organisationId: member.organisationId },
  });
  return { id: created.id, number, version: created.version };
}

/** An invoice for every admitted or active member for `year`; members who already have one, or owe nothing, are skipped. */
export async function createInvoicesForYear({
  db,
  actor,
  networkId,
  year,
  input,
  now,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  year: number;
  input: CreateYearInput;
  now: Date;
}) {
  authorize(actor, 'invoices.manage', networkId);
  const issuedOn = input.issuedOn ?? todayInAmsterdam(now);
  const dueOn = addDays(issuedOn, input.paymentDays);
  return db.transaction(async (tx) => {
    await lockInvoicing(tx, networkId);
    const seller = await findNetworkDetails(tx, networkId);
    if (!seller) throw new AppError('not_found');
    const [members, tiers] = await Promise.all([listMembersToInvoice(tx, networkId, year), listTiers(tx, networkId)]);
    const skipped: { organisationId: string; name: string; reason: 'has_invoice' | 'no_amount' }[] = [];
    let created = 0;
    for (const member of members) {
      if (member.invoiceId) {
        skipped.push({ organisationId: member.organisationId, name: member.name, reason: 'has_invoice' });
        continue;
      }
      const owed = contributionFor({ ...member, tiers });
      if (!owed) {
        skipped.push({ organisationId: member.organisationId, name: member.name, reason: 'no_amount' });
        continue;
      }
      await issueInvoice(tx, {
        actor,
        networkId,
        seller,
        member,
        contributionYear: year,
        amountCents: owed.cents,
        issuedOn,
        dueOn,
        asDraft: input.asDraft,
      });
      created += 1;
    }
    return { created, skipped };
  });
}

export async function createInvoice({
  db,
  actor,
  networkId,
  input,
  now,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreateInvoiceInput;
  now: Date;
}) {
  authorize(actor, 'invoices.manage', networkId);
  const given = input.amount === undefined ? null : centsOf(input.amount, 'amount');
  const issuedOn = input.issuedOn ?? todayInAmsterdam(now);
  const dueOn = input.dueOn ?? addDays(issuedOn, 30);
  if (dueOn < issuedOn) {
    throw new AppError('validation_failed', 'invoice_due_before_issue', [
      { path: ['body', 'dueOn'], message: 'invoice_due_before_issue' },
    ]);
  }
  return db.transaction(async (tx) => {
    await lockInvoicing(tx, networkId);
    const seller = await findNetworkDetails(tx, networkId);
    const member = await findMemberToInvoice(tx, networkId, input.organisationId, input.contributionYear);
    if (!seller || !member) throw new AppError('not_found');
    if (member.status === null) throw new AppError('conflict', 'invoice_not_member');
    if (member.invoiceId) {
      const existing = await findInvoice(tx, networkId, member.invoiceId);
      throw new AppError('conflict', 'invoice_exists', undefined, {
        year: input.contributionYear,
        number: existing?.number ?? '',
      });
    }
    const amountCents = given ?? contributionFor({ ...member, tiers: await listTiers(tx, networkId) })?.cents ?? null;
    if (amountCents === null) throw new AppError('conflict', 'invoice_no_amount');
    return issueInvoice(tx, {
      actor,
      networkId,
      seller,
      member,
      contributionYear: input.contributionYear,
      amountCents,
      issuedOn,
      dueOn,
      asDraft: input.asDraft,
    });
  });
}

// ---- steps

type InvoiceRecord = NonNullable<Awaited<ReturnType<typeof findInvoice>>>;

/** The invoice, checked: it exists in this network, the step is allowed in its state, and the version is current. */
async function invoiceFor(tx: DbOrTx, networkId: string, invoiceId: string, action: InvoiceAction, version: number) {
  const found = await findInvoice(tx, networkId, invoiceId);
  if (!found) throw new AppError('not_found');
  const state = { kind: found.kind as InvoiceKind, status: found.status as InvoiceStatus };
  const label = invoiceStatusLabels[state.status] ?? { nl: found.status, en: found.status };
  const params = {
    number: found.number,
    statusNl: found.kind === 'credit_note' ? 'een creditnota' : label.nl.toLowerCase(),
    statusEn: found.kind === 'credit_note' ? 'a credit note' : label.en.toLowerCase(),
  };
  if (action === 'mark_paid' && found.status === 'paid') {
    throw new AppError('conflict', 'invoice_already_paid', undefined, {
      number: found.number,
      paidOn: found.paidOn ? formatDutchDate(found.paidOn) : '',
    });
  }
  if (action === 'edit' && found.status !== 'draft') {
    throw new AppError('conflict', 'invoice_not_editable', undefined, params);
  }
  if (!mayDo(state, action)) throw new AppError('conflict', `invoice_cannot_${action}`, undefined, params);
  if (found.version !== version) throw new AppError('stale_version');
  return found;
}

async function step(
  tx: DbOrTx,
  actor: Actor,
  found: InvoiceRecord,
  version: number,
  action: string,
  values: Parameters<typeof updateInvoiceIfVersion>[4],
  details: Record<string, unknown> = {},
) {
  const updated = await updateInvoiceIfVersion(tx, found.networkId, found.id, version, values);
  if (!updated) throw new AppError('stale_version');
  await writeAudit(tx, {
    actor,
    networkId: found.networkId,
    action: `invoices.${action}`,
    recordType: 'invoice',
    recordId: found.id,
    details: { number: found.number, ...details },
  });
  return updated;
}

interface StepArgs {
  db: Db;
  actor: Actor;
  networkId: string;
  invoiceId: string;
}

export async function updateDraft({ db, actor, networkId, invoiceId, input }: StepArgs & { input: UpdateDraftInput }) {
  authorize(actor, 'invoices.manage', networkId);
  const amountCents = centsOf(input.amount, 'amount');
  return db.transaction(async (tx) => {
    const found = await invoiceFor(tx, networkId, invoiceId, 'edit', input.version);
    if (input.dueOn < found.issuedOn) {
      throw new AppError('validation_failed', 'invoice_due_before_issue', [
        { path: ['body', 'dueOn'], message: 'invoice_due_before_issue' },
      ]);
    }
    return step(
      tx,
      actor,
      found,
      input.version,
      'edit',
      { amountCents, dueOn: input.dueOn, description: input.description },
      { amountCents, dueOn: input.dueOn },
    );
  });
}

export async function sendInvoice({ db, actor, networkId, invoiceId, version }: StepArgs & { version: number }) {
  authorize(actor, 'invoices.manage', networkId);
  return db.transaction(async (tx) => {
    const found = await invoiceFor(tx, networkId, invoiceId, 'send', version);
    return step(tx, actor, found, version, 'send', { status: 'sent' });
  });
}

export async function markInvoicePaid({
  db,
  actor,
  networkId,
  invoiceId,
  version,
  paidOn,
}: StepArgs & { version: number; paidOn: string }) {
  authorize(actor, 'invoices.manage', networkId);
  return db.transaction(async (tx) => {
    const found = await invoiceFor(tx, networkId, invoiceId, 'mark_paid', version);
    return step(tx, actor, found, version, 'paid', { status: 'paid', paidOn }, { paidOn });
  });
}

export async function writeOffInvoice({
  db,
  actor,
  networkId,
  invoiceId,
  version,
  reason,
  now,
}: StepArgs & { version: number; reason: string | undefined; now: Date }) {
  authorize(actor, 'invoices.manage', networkId);
  return db.transaction(async (tx) => {
    const found = await invoiceFor(tx, networkId, invoiceId, 'write_off', version);
    return step(tx, actor, found, version, 'write_off', { status: 'written_off', writtenOffAt: now }, { reason });
  });
}

/** A credit note for the whole invoice: a new invoice with the negated amount, its own number from the same sequence. */
export async function creditInvoice({
  db,
  actor,
  networkId,
  invoiceId,
  version,
  reason,
  now,
}: StepArgs & { version: number; reason: string; now: Date }) {
  authorize(actor, 'invoices.manage', networkId);
  return db.transaction(async (tx) => {
    await lockInvoicing(tx, networkId);
    const found = await invoiceFor(tx, networkId, invoiceId, 'credit', version);
    const updated = await step(tx, actor, found, version, 'credit', { status: 'credited' }, { reason });
    const issuedOn = todayInAmsterdam(now);
    const year = yearOf(issuedOn);
    const sequence = await nextSequence(tx, networkId, year);
    const number = formatInvoiceNumber(year, sequence);
    const note = await insertInvoice(tx, {
      networkId,
      year,
      sequence,
      number,
      kind: 'credit_note',
      status: 'sent',
      organisationId: found.organisationId,
      contributionYear: found.contributionYear,
      creditOfId: found.id,
      amountCents: creditAmountOf(found.amountCents),
      description: `Creditnota voor factuur ${found.number}: ${reason}`,
      issuedOn,
      dueOn: issuedOn,
      sellerName: found.sellerName,
      sellerKvk: found.sellerKvk,
      sellerAddress: found.sellerAddress,
      sellerIban: found.sellerIban,
      buyerName: found.buyerName,
      buyerAddress: found.buyerAddress,
      createdBy: actor.userId,
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'invoices.credit_note',
      recordType: 'invoice',
      recordId: note.id,
      details: { number, creditOf: found.number, reason },
    });
    return { id: note.id, number, version: updated.version };
  });
}

/** The reminder as the member reads it, in the contact's language (server mail catalog). */
export function reminderText(input: Parameters<MailTexts['invoiceReminder']>[0], locale: Locale = 'nl') {
  return mailTexts[locale].invoiceReminder(input);
}

export async function remindInvoice({
  db,
  actor,
  networkId,
  invoiceId,
  version,
  to,
  mailer,
  now,
}: StepArgs & { version: number; to: string | undefined; mailer: Mailer; now: Date }) {
  authorize(actor, 'invoices.manage', networkId);
  return db.transaction(async (tx) => {
    const found = await invoiceFor(tx, networkId, invoiceId, 'remind', version);
    const contact = to ? { name: null, email: to } : await findContactEmail(tx, networkId, found.organisationId);
    if (!contact?.email) throw new AppError('conflict', 'invoice_no_contact', undefined, { name: found.buyerName });
    const updated = await step(
      tx,
      actor,
      found,
      version,
      'remind',
      { status: 'reminded', remindedAt: now, reminderCount: found.reminderCount + 1 },
      { to: contact.email },
    );
    const mail = reminderText(
      {
        contactName: contact.name,
        number: found.number,
        amountCents: found.amountCents,
        issuedOn: found.issuedOn,
        dueOn: found.dueOn,
        networkName: found.sellerName,
        description: found.description,
      },
      (await recipientLocales(tx, [contact.email]))(contact.email),
    );
    await mailer.send(tx, { networkId, kind: 'invoice_reminder', to: contact.email, ...mail });
    return { version: updated.version, to: contact.email };
  });
}

/** One invoice with what its PDF prints. */
export async function getInvoiceForPdf({ db, actor, networkId, invoiceId }: StepArgs) {
  authorize(actor, 'invoices.read', networkId);
  const found = await findInvoice(db, networkId, invoiceId);
  if (!found) throw new AppError('not_found');
  const [row] = await queryInvoices(db, networkId, { id: invoiceId, sort: 'number', order: 'asc' });
  return { ...found, creditOfNumber: row?.creditOfNumber ?? null };
}
