// Work opportunities: the places and vacancies the network's employers offer, listed, read, created and edited by version.
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { findOrganisation } from '../candidates/candidates.repository.js';
import type {
  CreateOpportunityInput,
  ListOpportunitiesQuery,
  UpdateOpportunityInput,
} from '../../../core/candidates/placements.contract.js';
import {
  findOpportunity,
  insertOpportunity,
  updateOpportunityRow,
  updateOpportunityStatusRow,
  queryOpportunities,
} from './placements.repository.js';

/** Hours per week as the text the numeric column takes, or null. */
export const hoursText = (h: number | null) => (h === null ? null : String(h));

export async function listOpportunities({
  db,
  actor,
  networkId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListOpportunitiesQuery;
  all?: boolean;
}) {
  authorize(actor, 'opportunities.read', networkId);
  const { items, total } = await queryOpportunities(db, networkId, query, all ? null : query.pageSize);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The opportunity in this network, or not_found. */
export async function requireOpportunity(db: DbOrTx, networkId: string, id: string) {
  const found = await findOpportunity(db, networkId, id);
  if (!found) throw new AppError('not_found');
  return found;
}

export async function getOpportunity({
  db,
  actor,
  networkId,
  opportunityId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  opportunityId: string;
}) {
  authorize(actor, 'opportunities.read', networkId);
  return requireOpportunity(db, networkId, opportunityId);
}

export async function createOpportunity({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreateOpportunityInput;
}) {
  authorize(actor, 'opportunities.manage', networkId);
  return db.transaction(async (tx) => {
    if (!(await findOrganisation(tx, networkId, input.organisationId))) throw new AppError('not_found');
    const row = await insertOpportunity(tx, { networkId, ...input, hoursPerWeek: hoursText(input.hoursPerWeek) });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'opportunity.create',
      recordType: 'work_opportunity',
      recordId: row.id,
    });
    return { id: row.id };
  });
}

export async function updateOpportunityStatus({
  db,
  actor,
  networkId,
  opportunityId,
  status,
  version,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  opportunityId: string;
  status: string;
  version: number;
}) {
  authorize(actor, 'opportunities.manage', networkId);
  return db.transaction(async (tx) => {
    await requireOpportunity(tx, networkId, opportunityId);
    const row = await updateOpportunityStatusRow(tx, networkId, opportunityId, version, status);
    if (!row) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'opportunity.status',
      recordType: 'work_opportunity',
      recordId: opportunityId,
      details: { status },
    });
    return { version: row.version };
  });
}

/** Edits an opportunity (all its fields but the employer), with its status; an older version is refused with 409. */
export async function updateOpportunity({
  db,
  actor,
  networkId,
  opportunityId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  opportunityId: string;
  input: UpdateOpportunityInput;
}) {
  authorize(actor, 'opportunities.manage', networkId);
  return db.transaction(async (tx) => {
    const current = await requireOpportunity(tx, networkId, opportunityId);
    const { version, ...fields } = input;
    const row = await updateOpportunityRow(tx, networkId, opportunityId, version, {
      ...fields,
      hoursPerWeek: hoursText(fields.hoursPerWeek),
    });
    if (!row) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'opportunity.update',
      recordType: 'work_opportunity',
      recordId: opportunityId,
      details: {
        fields: Object.keys(fields).filter(
          (k) => JSON.stringify(fields[k as keyof typeof fields]) !== JSON.stringify(comparable(current, k)),
        ),
      },
    });
    return { version: row.version };
  });
}

function comparable(current: Record<string, unknown>, key: string) {
  const v = current[key];
  return key === 'hoursPerWeek' && v !== null && v !== undefined ? Number(v) : v;
}
