// Shapes for the network's budget per year: the plan per cost item and payer, spending entries, in-kind contributions and
// the summary that adds them up. The contract of the budget domain (decision 018): read by the routes and the web feature.
// Amounts come in as Dutch text ("1.250,50", the way people type them) and go out as whole cents.
import { z } from 'zod';
import { isoDate, itemsOf, timestamp } from '../common.contract.js';
import { EXPORT_FORMATS } from '../export-list.js';
import { BUDGET_ITEMS, BUDGET_PAYERS, IN_KIND_KINDS } from './budget-rules.js';

/** An amount as typed: Dutch text, read into cents by parseDutchAmount (the service says what is wrong with it). */
const amountText = z.string().max(40);
const budgetItem = z.enum(BUDGET_ITEMS);
const budgetPayer = z.enum(BUDGET_PAYERS);

export const budgetYearParams = z.object({ networkId: z.uuid(), year: z.coerce.number().int().min(2000).max(2100) });
export const spendingParams = z.object({ networkId: z.uuid(), entryId: z.uuid() });
export const inKindParams = z.object({ networkId: z.uuid(), contributionId: z.uuid() });
export const organisationInKindParams = z.object({ networkId: z.uuid(), organisationId: z.uuid() });

export const exportQuery = z.object({ format: z.enum(EXPORT_FORMATS).optional() });

export const planInput = z.object({
  version: z.number().int(),
  lines: z.array(z.object({ item: budgetItem, payer: budgetPayer, amount: amountText })).max(200),
});
export type PlanInput = z.infer<typeof planInput>;

export const closeYearInput = z.object({ version: z.number().int() });
/** Opening a closed year again needs a reason: it goes into the audit log. */
export const reopenYearInput = z.object({ version: z.number().int(), reason: z.string().trim().min(5).max(500) });
/** Deleting an entry names the version it was shown at, so a change made meanwhile is not deleted unseen. */
export const deleteEntryQuery = z.object({ version: z.coerce.number().int() });

export const spendingInput = z.object({
  spentOn: isoDate,
  amount: amountText,
  item: budgetItem,
  payer: budgetPayer,
  description: z.string().trim().min(2).max(500),
  attachmentName: z.string().trim().max(200).nullish(),
});
export type SpendingInput = z.infer<typeof spendingInput>;
export const updateSpendingInput = spendingInput.extend({ version: z.number().int() });
export type UpdateSpendingInput = z.infer<typeof updateSpendingInput>;

export const inKindInput = z.object({
  organisationId: z.uuid(),
  givenOn: isoDate,
  kind: z.enum(IN_KIND_KINDS),
  /** The cost item it meets; by default the kind's usual item. */
  item: budgetItem.nullish(),
  value: amountText,
  description: z.string().trim().min(2).max(500),
});
export type InKindInput = z.infer<typeof inKindInput>;
export const updateInKindInput = inKindInput.extend({ version: z.number().int() });
export type UpdateInKindInput = z.infer<typeof updateInKindInput>;

const figures = { plannedCents: z.number(), actualCents: z.number(), forecastCents: z.number() };

export const budgetSummary = z.object({
  items: z.array(z.object({ item: z.string(), ...figures, inKindCents: z.number() })),
  payers: z.array(z.object({ payer: z.string(), ...figures })),
  total: z.object({ ...figures, inKindCents: z.number() }),
  pace: z.object({ daysElapsed: z.number(), daysInYear: z.number() }),
});

export const budgetOverview = z.object({
  year: z.number(),
  budget: z
    .object({
      id: z.string(),
      version: z.number(),
      closedAt: timestamp.nullable(),
      designVersionNumber: z.number().nullable(),
    })
    .nullable(),
  /** The applied design a new budget would start from, if the network has one. */
  appliedDesignVersion: z.number().nullable(),
  plan: z.array(z.object({ item: z.string(), payer: z.string(), plannedCents: z.number() })),
  summary: budgetSummary,
  canManage: z.boolean(),
});
export type BudgetOverview = z.infer<typeof budgetOverview>;

export const budgetCreated = z.object({ id: z.string(), version: z.number() });

export const spendingRow = z.object({
  id: z.string(),
  spentOn: z.string(),
  amountCents: z.number(),
  item: z.string(),
  payer: z.string(),
  description: z.string(),
  attachmentName: z.string().nullable(),
  version: z.number(),
});
export type SpendingRow = z.infer<typeof spendingRow>;
export const spendingList = itemsOf(spendingRow);

export const inKindRow = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  givenOn: z.string(),
  kind: z.string(),
  item: z.string(),
  valueCents: z.number(),
  description: z.string(),
  version: z.number(),
});
export type InKindRow = z.infer<typeof inKindRow>;
export const inKindList = itemsOf(inKindRow);

// ---- the financial statement to the funder

export const statementParams = z.object({ networkId: z.uuid(), statementId: z.uuid() });
export const statementQuery = z.object({ format: z.literal('csv').optional() });

/** Freezing a period within one budget year (a quarter or the year); the explanation can be written now or later. */
export const freezeStatementInput = z.object({
  from: isoDate,
  to: isoDate,
  explanation: z.string().trim().max(2000).default(''),
});
export type FreezeStatementInput = z.infer<typeof freezeStatementInput>;
export const statementExplanationInput = z.object({
  explanation: z.string().trim().max(2000),
  version: z.number().int(),
});
export const statementReleaseInput = z.object({ version: z.number().int() });

const statementFigures = {
  grantCents: z.number(),
  plannedCents: z.number(),
  spentCents: z.number(),
  grantSpentCents: z.number(),
};

const statementMeta = {
  id: z.string(),
  year: z.number(),
  periodFrom: z.string(),
  periodTo: z.string(),
  status: z.enum(['frozen', 'released']),
  frozenAt: timestamp,
  releasedAt: timestamp.nullable(),
  version: z.number(),
};

export const statementRow = z.object({ ...statementMeta, total: z.object(statementFigures) });
export type StatementRow = z.infer<typeof statementRow>;
export const statementList = z.object({
  items: z.array(statementRow),
  /** May this reader freeze and release statements (coordinator, backoffice)? */
  canManage: z.boolean(),
});

/** One statement: totals per cost item and in all, and the explanation. Never an entry, a description or a member. */
export const statementDetail = z.object({
  ...statementMeta,
  explanation: z.string(),
  items: z.array(z.object({ item: z.string(), ...statementFigures })),
  total: z.object(statementFigures),
});
export type StatementDetail = z.infer<typeof statementDetail>;
