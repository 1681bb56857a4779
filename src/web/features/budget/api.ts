// API calls of the budget feature: the year's overview, starting it from the design, the plan, spending entries and in-kind
// contributions. Reply types and checks come from the budget contract (decision 018).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, requestWithoutReply, type Reply } from '../../shared/api-client.js';
import { createdReply, versionReply } from '../../../core/common.contract.js';
import {
  budgetCreated,
  budgetOverview,
  inKindList,
  spendingList,
  statementDetail,
  statementList,
  type statementRow,
  type inKindRow,
  type spendingRow,
} from '../../../core/budget/budget.contract.js';
import { organisationsPage } from '../../../core/members/members.contract.js';
import type { BudgetItem, BudgetPayer, InKindKind } from '../../../core/budget/budget-rules.js';

export type BudgetOverviewReply = Reply<typeof budgetOverview>;
export type SpendingRowReply = Reply<typeof spendingRow>;
export type InKindRowReply = Reply<typeof inKindRow>;

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export function useBudget(networkId: string, year: number) {
  return useQuery({
    queryKey: ['budget', networkId, year, 'overview'],
    queryFn: () => api.get(`${base(networkId)}/budget/${year}`, budgetOverview),
  });
}

export function useSpending(networkId: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['budget', networkId, year, 'spending'],
    queryFn: () => api.get(`${base(networkId)}/budget/${year}/spending`, spendingList),
    enabled,
  });
}

export function useInKind(networkId: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['budget', networkId, year, 'in-kind'],
    queryFn: () => api.get(`${base(networkId)}/budget/${year}/in-kind`, inKindList),
    enabled,
  });
}

/** The organisations an in-kind contribution can come from. */
export function useOrganisationOptions(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['budget', networkId, 'organisations'],
    queryFn: () => api.get(`${base(networkId)}/organisations?pageSize=200`, organisationsPage),
    enabled,
  });
}

export const exportUrl = (
  networkId: string,
  year: number,
  list: 'items' | 'payers' | 'spending' | 'in-kind',
  format: 'csv' | 'xlsx',
) => `${base(networkId)}/budget/${year}${list === 'items' ? '' : `/${list}`}?format=${format}`;

function useBudgetMutation<I, O>(networkId: string, fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['budget', networkId] });
      await client.invalidateQueries({ queryKey: ['in-kind-of-organisation', networkId] });
    },
  });
}

export function useCreateBudget(networkId: string, year: number) {
  return useBudgetMutation(networkId, (input: { fromDesign: boolean }) =>
    api.post(`${base(networkId)}/budget/${year}`, input, budgetCreated),
  );
}

export function useSavePlan(networkId: string, year: number) {
  return useBudgetMutation(
    networkId,
    (input: { version: number; lines: { item: BudgetItem; payer: BudgetPayer; amount: string }[] }) =>
      api.put(`${base(networkId)}/budget/${year}/plan`, input, versionReply),
  );
}

export function useCloseYear(networkId: string, year: number) {
  return useBudgetMutation(networkId, (input: { version: number }) =>
    api.post(`${base(networkId)}/budget/${year}/close`, input, versionReply),
  );
}

export function useReopenYear(networkId: string, year: number) {
  return useBudgetMutation(networkId, (input: { version: number; reason: string }) =>
    api.post(`${base(networkId)}/budget/${year}/reopen`, input, versionReply),
  );
}

export interface SpendingForm {
  spentOn: string;
  amount: string;
  item: BudgetItem;
  payer: BudgetPayer;
  description: string;
  attachmentName: string;
}

export function useRecordSpending(networkId: string) {
  return useBudgetMutation(networkId, (input: SpendingForm) =>
    api.post(`${base(networkId)}/budget-spending`, input, createdReply),
  );
}

export function useUpdateSpending(networkId: string, entryId: string) {
  return useBudgetMutation(networkId, (input: SpendingForm & { version: number }) =>
    api.put(`${base(networkId)}/budget-spending/${entryId}`, input, versionReply),
  );
}

export function useDeleteSpending(networkId: string) {
  return useBudgetMutation(networkId, ({ id, version }: { id: string; version: number }) =>
    requestWithoutReply('DELETE', `${base(networkId)}/budget-spending/${id}?version=${version}`),
  );
}

export interface InKindForm {
  organisationId: string;
  givenOn: string;
  kind: InKindKind;
  /** Only sent when an edit keeps the kind: the item it had. */
  item?: BudgetItem;
  value: string;
  description: string;
}

export function useRecordInKind(networkId: string) {
  return useBudgetMutation(networkId, (input: InKindForm) =>
    api.post(`${base(networkId)}/in-kind`, input, createdReply),
  );
}

export function useUpdateInKind(networkId: string, contributionId: string) {
  return useBudgetMutation(networkId, (input: InKindForm & { version: number }) =>
    api.put(`${base(networkId)}/in-kind/${contributionId}`, input, versionReply),
  );
}

export function useDeleteInKind(networkId: string) {
  return useBudgetMutation(networkId, ({ id, version }: { id: string; version: number }) =>
    requestWithoutReply('DELETE', `${base(networkId)}/in-kind/${id}?version=${version}`),
  );
}

/** What one organisation contributed in kind, for its organisation page. */
export function useInKindOfOrganisation(networkId: string, organisationId: string) {
  return useQuery({
    queryKey: ['in-kind-of-organisation', networkId, organisationId],
    queryFn: () => api.get(`${base(networkId)}/organisations/${organisationId}/in-kind`, inKindList),
  });
}

// ---- financial statements to the funder

export type StatementRowReply = Reply<typeof statementRow>;
export type StatementDetailReply = Reply<typeof statementDetail>;

export function useStatements(networkId: string) {
  return useQuery({
    queryKey: ['budget', networkId, 'statements'],
    queryFn: () => api.get(`${base(networkId)}/budget-statements`, statementList),
  });
}

export function useStatement(networkId: string, statementId: string) {
  return useQuery({
    queryKey: ['budget', networkId, 'statements', statementId],
    queryFn: () => api.get(`${base(networkId)}/budget-statements/${statementId}`, statementDetail),
  });
}

export const statementCsvUrl = (networkId: string, statementId: string) =>
  `${base(networkId)}/budget-statements/${statementId}?format=csv`;

export function useFreezeStatement(networkId: string) {
  return useBudgetMutation(networkId, (input: { from: string; to: string; explanation: string }) =>
    api.post(`${base(networkId)}/budget-statements`, input, createdReply),
  );
}

export function useReleaseStatement(networkId: string) {
  return useBudgetMutation(networkId, ({ id, version }: { id: string; version: number }) =>
    api.post(`${base(networkId)}/budget-statements/${id}/release`, { version }, versionReply),
  );
}
