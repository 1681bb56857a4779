// The network's budget per year: starting it from the applied design's cost items, editing the plan per cost item and
// payer, recording spending and in-kind contributions, closing the year, and the summary that adds it all up (the pure
// rules in src/core/budget). Amounts arrive as Dutch text and are read into whole cents; a wrong amount is refused with a
// message that says what is wrong. A closed year, or a year without a budget, takes no entries.
import { todayInAmsterdam } from '../../../core/calendar.js';
import {
  BUDGET_ITEMS,
  BUDGET_PAYERS,
  IN_KIND_DEFAULT_ITEM,
  normalisePlan,
  planFromDesign,
  summariseBudget,
  yearOfDate,
  type BudgetItem,
  type BudgetPayer,
  type DesignCost,
  type PlanLine,
} from '../../../core/budget/budget-rules.js';
import type {
  BudgetOverview,
  InKindInput,
  PlanInput,
  SpendingInput,
  UpdateInKindInput,
  UpdateSpendingInput,
} from '../../../core/budget/budget.contract.js';
import { AMOUNT_ERROR_TEXTS, AMOUNT_ERRORS, parseDutchAmount } from '../../../core/budget/money.js';
import { actorMay, authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import {
  bumpBudgetYearIfVersion,
  deleteInKindIfVersion,
  deleteSpendingIfVersion,
  findAppliedDesign,
  findBudgetYear,
  findInKind,
  findSpending,
  insertBudgetYear,
  insertInKind,
  insertSpending,
  listInKind,
  listInKindOfOrganisation,
  listPlanLines,
  listSpending,
  lockBudgetYear,
  organisationExists,
  replacePlanLines,
  updateInKindIfVersion,
  updateSpendingIfVersion,
} from './budget.repository.js';

registerErrorMessages({
  nl: {
    ...Object.fromEntries(AMOUNT_ERRORS.map((e) => [`budget_amount_${e}`, AMOUNT_ERROR_TEXTS[e].nl])),
    budget_exists: 'Er is al een begroting voor {year}.',
    budget_missing: 'Er is nog geen begroting voor {year}. Stel eerst de begroting van dat jaar op.',
    budget_year_closed: 'De begroting van {year} is afgesloten: er kan niets meer bij of af.',
    budget_no_design: 'Dit netwerk heeft nog geen toegepaste inrichting om de begroting van te beginnen.',
    budget_organisation_unknown: 'Deze organisatie hoort niet bij dit netwerk.',
    budget_year_open: 'De begroting van {year} is niet afgesloten.',
  },
  en: {
    ...Object.fromEntries(AMOUNT_ERRORS.map((e) => [`budget_amount_${e}`, AMOUNT_ERROR_TEXTS[e].en])),
    budget_exists: 'There already is a budget for {year}.',
    budget_missing: 'There is no budget for {year} yet. Draw up that year’s budget first.',
    budget_year_closed: 'The budget of {year} is closed: nothing can be added or changed.',
    budget_no_design: 'This network has no applied design yet to start the budget from.',
    budget_organisation_unknown: 'This organisation does not belong to this network.',
    budget_year_open: 'The budget of {year} is not closed.',
  },
});

/** A Dutch amount to cents, or a 422 that names the field and what is wrong. */
function centsOf(text: string, path: (string | number)[]): number {
  const result = parseDutchAmount(text);
  if (result.ok) return result.cents;
  const key = `budget_amount_${result.error}`;
  throw new AppError('validation_failed', key, [{ path: ['body', ...path], message: key }]);
}

/** The open budget year an entry dated `date` belongs to; refuses a closed year or one without a budget. */
async function openYearOf(db: DbOrTx, networkId: string, date: string) {
  const year = yearOfDate(date);
  if (year === null) throw new AppError('validation_failed');
  const row = await lockBudgetYear(db, networkId, year);
  if (!row) throw new AppError('conflict', 'budget_missing', undefined, { year });
  if (row.closedAt) throw new AppError('conflict', 'budget_year_closed', undefined, { year });
  return row;
}

function isItem(code: string): code is BudgetItem {
  return (BUDGET_ITEMS as readonly string[]).includes(code);
}
function isPayer(code: string): code is BudgetPayer {
  return (BUDGET_PAYERS as readonly string[]).includes(code);
}

function designCosts(output: Record<string, unknown>): {
  costs: DesignCost[];
  funderPays: boolean;
  inKind: boolean;
} {
  const financing = (output.financing ?? {}) as {
    costItems?: DesignCost[];
    funderPays?: boolean;
    inKind?: boolean;
  };
  return {
    costs: Array.isArray(financing.costItems) ? financing.costItems : [],
    funderPays: financing.funderPays === true,
    inKind: financing.inKind === true,
  };
}

export async function getBudgetOverview({
  db,
  actor,
  networkId,
  year,
  now,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  year: number;
  now: Date;
}): Promise<BudgetOverview> {
  authorize(actor, 'budget.read', networkId);
  const [found, design] = await Promise.all([findBudgetYear(db, networkId, year), findAppliedDesign(db, networkId)]);
  const [plan, spending, inKind] = found
    ? await Promise.all([
        listPlanLines(db, networkId, found.id),
        listSpending(db, networkId, year),
        listInKind(db, networkId, year),
      ])
    : [[], [], []];
  const planLines = normalisePlan(plan.filter((l) => isItem(l.item) && isPayer(l.payer)) as PlanLine[]);
  const summary = summariseBudget({
    year,
    today: todayInAmsterdam(now),
    plan: planLines,
    spending: spending.flatMap((s) =>
      isItem(s.item) && isPayer(s.payer) ? [{ item: s.item, payer: s.payer, amountCents: s.amountCents }] : [],
    ),
    inKind: inKind.flatMap((g) => (isItem(g.item) ? [{ item: g.item, valueCents: g.valueCents }] : [])),
  });
  return {
    year,
    budget: found,
    appliedDesignVersion: design?.versionNumber ?? null,
    plan: planLines,
    summary,
    canManage: actorMay(actor, networkId, 'budget.manage'),
  };
}

/** Starts a year's budget from the applied design's cost items (or empty when `fromDesign` is false). */
export async function createBudgetYear({
  db,
  actor,
  networkId,
  year,
  fromDesign,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  year: number;
  fromDesign: boolean;
}) {
  authorize(actor, 'budget.manage', networkId);
  return db.transaction(async (tx) => {
    const design = fromDesign ? await findAppliedDesign(tx, networkId) : null;
    if (fromDesign && !design) throw new AppError('conflict', 'budget_no_design');
    const created = await insertBudgetYear(tx, {
      networkId,
      year,
      designVersionNumber: design?.versionNumber ?? null,
      createdBy: actor.userId,
    });
    if (!created) throw new AppError('conflict', 'budget_exists', undefined, { year });
    const lines = design ? planFromDesign(designCosts(design.output).costs, designCosts(design.output)) : [];
    await replacePlanLines(tx, networkId, created.id, lines);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'budget.create',
      recordType: 'budget_year',
      recordId: created.id,
      details: { year, designVersionNumber: design?.versionNumber ?? null },
    });
    return { id: created.id, version: 1 };
  });
}

export async function updatePlan({
  db,
  actor,
  networkId,
  year,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  year: number;
  input: PlanInput;
}) {
  authorize(actor, 'budget.manage', networkId);
  const lines = normalisePlan(
    input.lines.map((l, i) => ({
      item: l.item,
      payer: l.payer,
      plannedCents: centsOf(l.amount, ['lines', i, 'amount']),
    })),
  );
  return db.transaction(async (tx) => {
    const row = await lockBudgetYear(tx, networkId, year);
    if (!row) throw new AppError('not_found');
    if (row.closedAt) throw new AppError('conflict', 'budget_year_closed', undefined, { year });
    if (!(await bumpBudgetYearIfVersion(tx, networkId, row.id, input.version))) throw new AppError('stale_version');
    await replacePlanLines(tx, networkId, row.id, lines);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'budget.plan_update',
      recordType: 'budget_year',
      recordId: row.id,
      details: { year, version: input.version + 1, lines: lines.length },
    });
    return { version: input.version + 1 };
  });
}

export async function closeBudgetYear({
  db,
  actor,
  networkId,
  year,
  version,
  now,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  year: number;
  version: number;
  now: Date;
}) {
  authorize(actor, 'budget.manage', networkId);
  return db.transaction(async (tx) => {
    const row = await lockBudgetYear(tx, networkId, year);
    if (!row) throw new AppError('not_found');
    if (row.closedAt) throw new AppError('conflict', 'budget_year_closed', undefined, { year });
    if (!(await bumpBudgetYearIfVersion(tx, networkId, row.id, version, { closedAt: now, closedBy: actor.userId })))
      throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'budget.close',
      recordType: 'budget_year',
      recordId: row.id,
      details: { year },
    });
    return { version: version + 1 };
  });
}

/**
 * Opens a closed year again, for a correction found after closing (an invoice that came late, a wrong amount). The reason
 * goes into the audit log with who did it; the year's version moves on, so a screen opened before sees it changed.
 */
export async function reopenBudgetYear({
  db,
  actor,
  networkId,
  year,
  version,
  reason,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  year: number;
  version: number;
  reason: string;
}) {
  authorize(actor, 'budget.manage', networkId);
  return db.transaction(async (tx) => {
    const row = await lockBudgetYear(tx, networkId, year);
    if (!row) throw new AppError('not_found');
    if (!row.closedAt) throw new AppError('conflict', 'budget_year_open', undefined, { year });
    if (!(await bumpBudgetYearIfVersion(tx, networkId, row.id, version, { closedAt: null, closedBy: null })))
      throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'budget.reopen',
      recordType: 'budget_year',
      recordId: row.id,
      details: { year, reason, closedAt: row.closedAt.toISOString() },
    });
    return { version: version + 1 };
  });
}

// ---- spending

export async function listSpendingOfYear({
  db,
  actor,
  networkId,
  year,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  year: number;
}) {
  authorize(actor, 'budget.read', networkId);
  return listSpending(db, networkId, year);
}

function spendingValues(input: SpendingInput) {
  return {
    spentOn: input.spentOn,
    amountCents: centsOf(input.amount, ['amount']),
    item: input.item,
    payer: input.payer,
    description: input.description,
    attachmentName: input.attachmentName?.trim() ? input.attachmentName.trim() : null,
  };
}

export async function recordSpending({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: SpendingInput;
}) {
  authorize(actor, 'budget.manage', networkId);
  const values = spendingValues(input);
  return db.transaction(async (tx) => {
    await openYearOf(tx, networkId, values.spentOn);
    const created = await insertSpending(tx, { ...values, networkId, createdBy: actor.userId });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'budget.spending_create',
      recordType: 'budget_spending',
      recordId: created.id,
      details: { amountCents: values.amountCents, item: values.item, payer: values.payer },
    });
    return { id: created.id };
  });
}

export async function updateSpending({
  db,
  actor,
  networkId,
  entryId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  entryId: string;
  input: UpdateSpendingInput;
}) {
  authorize(actor, 'budget.manage', networkId);
  const values = spendingValues(input);
  return db.transaction(async (tx) => {
    const found = await findSpending(tx, networkId, entryId);
    if (!found) throw new AppError('not_found');
    // Both the year it was in and the year it moves to must be open.
    await openYearOf(tx, networkId, found.spentOn);
    if (yearOfDate(found.spentOn) !== yearOfDate(values.spentOn)) await openYearOf(tx, networkId, values.spentOn);
    if (!(await updateSpendingIfVersion(tx, networkId, entryId, input.version, values)))
      throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'budget.spending_update',
      recordType: 'budget_spending',
      recordId: entryId,
      details: { version: input.version + 1, amountCents: values.amountCents },
    });
    return { version: input.version + 1 };
  });
}

/** Deletes a spending entry booked by mistake (only in an open year, with the version it was shown at); audited. */
export async function deleteSpending({
  db,
  actor,
  networkId,
  entryId,
  version,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  entryId: string;
  version: number;
}) {
  authorize(actor, 'budget.manage', networkId);
  await db.transaction(async (tx) => {
    const found = await findSpending(tx, networkId, entryId);
    if (!found) throw new AppError('not_found');
    await openYearOf(tx, networkId, found.spentOn);
    if (!(await deleteSpendingIfVersion(tx, networkId, entryId, version))) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'budget.spending_delete',
      recordType: 'budget_spending',
      recordId: entryId,
      details: {
        spentOn: found.spentOn,
        amountCents: found.amountCents,
        item: found.item,
        payer: found.payer,
        description: found.description,
      },
    });
  });
}

// ---- in kind

export async function listInKindOfYear({
  db,
  actor,
  networkId,
  year,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  year: number;
}) {
  authorize(actor, 'budget.read', networkId);
  return listInKind(db, networkId, year);
}

/** A member organisation's in-kind contributions, for its organisation page (a sign of ownership). */
export async function listInKindOfMember({
  db,
  actor,
  networkId,
  organisationId,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
}) {
  authorize(actor, 'organisations.read', networkId);
  return listInKindOfOrganisation(db, networkId, organisationId);
}

async function inKindValues(tx: DbOrTx, networkId: string, input: InKindInput) {
  const valueCents = centsOf(input.value, ['value']);
  if (!(await organisationExists(tx, networkId, input.organisationId)))
    throw new AppError('validation_failed', 'budget_organisation_unknown', [
      { path: ['body', 'organisationId'], message: 'budget_organisation_unknown' },
    ]);
  return {
    organisationId: input.organisationId,
    givenOn: input.givenOn,
    kind: input.kind,
    item: input.item ?? IN_KIND_DEFAULT_ITEM[input.kind],
    valueCents,
    description: input.description,
  };
}

export async function recordInKind({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: InKindInput;
}) {
  authorize(actor, 'budget.manage', networkId);
  centsOf(input.value, ['value']);
  return db.transaction(async (tx) => {
    const values = await inKindValues(tx, networkId, input);
    await openYearOf(tx, networkId, values.givenOn);
    const created = await insertInKind(tx, { ...values, networkId, createdBy: actor.userId });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'budget.in_kind_create',
      recordType: 'in_kind_contribution',
      recordId: created.id,
      details: { valueCents: values.valueCents, kind: values.kind, organisationId: values.organisationId },
    });
    return { id: created.id };
  });
}

export async function updateInKind({
  db,
  actor,
  networkId,
  contributionId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  contributionId: string;
  input: UpdateInKindInput;
}) {
  authorize(actor, 'budget.manage', networkId);
  centsOf(input.value, ['value']);
  return db.transaction(async (tx) => {
    const found = await findInKind(tx, networkId, contributionId);
    if (!found) throw new AppError('not_found');
    const values = await inKindValues(tx, networkId, input);
    await openYearOf(tx, networkId, found.givenOn);
    if (yearOfDate(found.givenOn) !== yearOfDate(values.givenOn)) await openYearOf(tx, networkId, values.givenOn);
    if (!(await updateInKindIfVersion(tx, networkId, contributionId, input.version, values)))
      throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'budget.in_kind_update',
      recordType: 'in_kind_contribution',
      recordId: contributionId,
      details: { version: input.version + 1, valueCents: values.valueCents },
    });
    return { version: input.version + 1 };
  });
}

/** Deletes an in-kind contribution recorded by mistake (only in an open year, with the version it was shown at); audited. */
export async function deleteInKind({
  db,
  actor,
  networkId,
  contributionId,
  version,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  contributionId: string;
  version: number;
}) {
  authorize(actor, 'budget.manage', networkId);
  await db.transaction(async (tx) => {
    const found = await findInKind(tx, networkId, contributionId);
    if (!found) throw new AppError('not_found');
    await openYearOf(tx, networkId, found.givenOn);
    if (!(await deleteInKindIfVersion(tx, networkId, contributionId, version))) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'budget.in_kind_delete',
      recordType: 'in_kind_contribution',
      recordId: contributionId,
      details: {
        givenOn: found.givenOn,
        valueCents: found.valueCents,
        kind: found.kind,
        organisationId: found.organisationId,
        description: found.description,
      },
    });
  });
}
