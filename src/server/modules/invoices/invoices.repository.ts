// SQL for contribution invoices: the tiers, the per-network-and-year counter that hands out gapless numbers, the invoices
// and credit notes, the members a year's invoices go to, and the network's details printed on them.
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ListInvoicesQuery } from '../../../core/invoices/invoices.contract.js';
import { INVOICED_MEMBERSHIP_STATUSES } from '../../../core/invoices/invoice-rules.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import {
  invoice,
  invoiceCounter,
  invoiceTier,
  membership,
  membershipYear,
  network,
  organisation,
  person,
} from '../../platform/db/schema.js';
import { escapeLike } from '../../platform/db/search.js';

// ---- the network's details

export async function findNetworkDetails(db: DbOrTx, networkId: string) {
  const [row] = await db
    .select({
      name: network.name,
      kvkNumber: network.kvkNumber,
      address: network.invoiceAddress,
      iban: network.iban,
      version: network.version,
    })
    .from(network)
    .where(eq(network.id, networkId));
  return row ?? null;
}

export async function updateNetworkDetailsIfVersion(
  db: DbOrTx,
  networkId: string,
  version: number,
  details: { kvkNumber: string | null; address: string | null; iban: string | null },
) {
  const rows = await db
    .update(network)
    .set({
      kvkNumber: details.kvkNumber,
      invoiceAddress: details.address,
      iban: details.iban,
      updatedAt: new Date(),
      version: sql`${network.version} + 1`,
    })
    .where(and(eq(network.id, networkId), eq(network.version, version)))
    .returning({ version: network.version });
  return rows[0] ?? null;
}

// ---- tiers

export async function listTiers(db: DbOrTx, networkId: string) {
  return db
    .select({
      id: invoiceTier.id,
      name: invoiceTier.name,
      employeesFrom: invoiceTier.employeesFrom,
      employeesTo: invoiceTier.employeesTo,
      amountCents: invoiceTier.amountCents,
    })
    .from(invoiceTier)
    .where(eq(invoiceTier.networkId, networkId))
    .orderBy(asc(invoiceTier.employeesFrom));
}

export async function insertTier(
  db: DbOrTx,
  values: { networkId: string; name: string; employeesFrom: number; employeesTo: number | null; amountCents: number },
) {
  const [row] = await db.insert(invoiceTier).values(values).returning({ id: invoiceTier.id });
  return row!;
}

export async function deleteTier(db: DbOrTx, networkId: string, id: string) {
  const rows = await db
    .delete(invoiceTier)
    .where(and(eq(invoiceTier.networkId, networkId), eq(invoiceTier.id, id)))
    .returning({ id: invoiceTier.id });
  return rows.length > 0;
}

// ---- numbering

/**
 * Serialises every invoice-creating transaction of one network: who has an invoice for a year is read after the lock, so
 * two "create the year's invoices" at once cannot both invoice a member, and numbers are handed out in commit order.
 */
export async function lockInvoicing(db: DbOrTx, networkId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('invoice:' || ${networkId}))`);
}

/** The next number in the network's sequence for `year`, raised in the calling transaction (a rollback gives it back). */
export async function nextSequence(db: DbOrTx, networkId: string, year: number): Promise<number> {
  const [row] = await db
    .insert(invoiceCounter)
    .values({ networkId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [invoiceCounter.networkId, invoiceCounter.year],
      set: { lastNumber: sql`${invoiceCounter.lastNumber} + 1` },
    })
    .returning({ lastNumber: invoiceCounter.lastNumber });
  return row!.lastNumber;
}

// ---- members to invoice

function memberQuery(db: DbOrTx, networkId: string, year: number) {
  return db
    .select({
      organisationId: organisation.id,
      name: organisation.name,
      street: organisation.street,
      postcode: organisation.postcode,
      city: organisation.city,
      sizeClass: organisation.sizeClass,
      status: membership.status,
      perYearCents: membership.contributionCentsPerYear,
      yearCents: membershipYear.contributionCents,
      invoiceId: invoice.id,
    })
    .from(organisation)
    .leftJoin(
      membership,
      and(eq(membership.networkId, organisation.networkId), eq(membership.organisationId, organisation.id)),
    )
    .leftJoin(
      membershipYear,
      and(
        eq(membershipYear.networkId, membership.networkId),
        eq(membershipYear.membershipId, membership.id),
        eq(membershipYear.year, year),
      ),
    )
    .leftJoin(
      invoice,
      and(
        eq(invoice.networkId, organisation.networkId),
        eq(invoice.organisationId, organisation.id),
        eq(invoice.contributionYear, year),
        eq(invoice.kind, 'invoice'),
      ),
    );
}

/** Every member organisation (admitted or active) with what it owes for `year` and whether it has an invoice for it. */
export async function listMembersToInvoice(db: DbOrTx, networkId: string, year: number) {
  return memberQuery(db, networkId, year)
    .where(and(eq(organisation.networkId, networkId), inArray(membership.status, [...INVOICED_MEMBERSHIP_STATUSES])))
    .orderBy(asc(organisation.name), asc(organisation.id));
}

export async function findMemberToInvoice(db: DbOrTx, networkId: string, organisationId: string, year: number) {
  const [row] = await memberQuery(db, networkId, year).where(
    and(eq(organisation.networkId, networkId), eq(organisation.id, organisationId)),
  );
  return row ?? null;
}

/** The first contact of the organisation with an e-mail address, for reminders. */
export async function findContactEmail(db: DbOrTx, networkId: string, organisationId: string) {
  const [row] = await db
    .select({ name: person.name, email: person.email })
    .from(person)
    .where(
      and(eq(person.networkId, networkId), eq(person.organisationId, organisationId), sql`${person.email} is not null`),
    )
    .orderBy(asc(person.createdAt), asc(person.id))
    .limit(1);
  return row ?? null;
}

// ---- invoices

export type NewInvoice = typeof invoice.$inferInsert;

export async function insertInvoice(db: DbOrTx, values: NewInvoice) {
  const [row] = await db.insert(invoice).values(values).returning({ id: invoice.id, version: invoice.version });
  return row!;
}

export async function findInvoice(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select()
    .from(invoice)
    .where(and(eq(invoice.networkId, networkId), eq(invoice.id, id)));
  return row ?? null;
}

/** Changes the invoice if it is still at `version`; null when someone else changed it first. */
export async function updateInvoiceIfVersion(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: Partial<Omit<NewInvoice, 'networkId' | 'id' | 'version'>>,
) {
  const row = await updateVersioned(db, invoice, { networkId, id, version }, values);
  return row ? { version: row.version } : null;
}

const original = alias(invoice, 'original');
const credit = alias(invoice, 'credit');

const SORTS: Record<ListInvoicesQuery['sort'], SQL | typeof invoice.number> = {
  number: sql`${invoice.year}, ${invoice.sequence}`,
  issuedOn: sql`${invoice.issuedOn}`,
  dueOn: sql`${invoice.dueOn}`,
  amount: sql`${invoice.amountCents}`,
  organisation: sql`lower(${invoice.buyerName})`,
  status: sql`${invoice.status}`,
};

export async function queryInvoices(
  db: DbOrTx,
  networkId: string,
  query: Pick<ListInvoicesQuery, 'year' | 'status' | 'search' | 'sort' | 'order'> & { id?: string },
) {
  const conditions: SQL[] = [eq(invoice.networkId, networkId)];
  if (query.id) conditions.push(eq(invoice.id, query.id));
  if (query.year !== undefined) conditions.push(eq(invoice.contributionYear, query.year));
  if (query.status) conditions.push(eq(invoice.status, query.status));
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    conditions.push(or(ilike(invoice.number, pattern), ilike(invoice.buyerName, pattern))!);
  }
  const direction = query.order === 'desc' ? desc : asc;
  const order = SORTS[query.sort];
  return db
    .select({
      id: invoice.id,
      number: invoice.number,
      kind: invoice.kind,
      status: invoice.status,
      organisationId: invoice.organisationId,
      organisationName: invoice.buyerName,
      contributionYear: invoice.contributionYear,
      amountCents: invoice.amountCents,
      description: invoice.description,
      issuedOn: invoice.issuedOn,
      dueOn: invoice.dueOn,
      paidOn: invoice.paidOn,
      reminderCount: invoice.reminderCount,
      remindedAt: invoice.remindedAt,
      creditOfNumber: original.number,
      creditedByNumber: credit.number,
      version: invoice.version,
    })
    .from(invoice)
    .leftJoin(original, and(eq(original.networkId, invoice.networkId), eq(original.id, invoice.creditOfId)))
    .leftJoin(credit, and(eq(credit.networkId, invoice.networkId), eq(credit.creditOfId, invoice.id)))
    .where(and(...conditions))
    .orderBy(direction(order), direction(invoice.year), direction(invoice.sequence))
    .limit(10_000);
}
