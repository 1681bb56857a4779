// Reports: frozen periods with their snapshot, narrative and release. Every query bounded by network_id.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { ReportSnapshot } from '../../../core/steering/report-snapshot.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { report } from '../../platform/db/schema.js';

const columns = {
  id: report.id,
  periodKind: report.periodKind,
  periodFrom: report.periodFrom,
  periodTo: report.periodTo,
  label: report.label,
  narrative: report.narrative,
  status: report.status,
  frozenAt: report.frozenAt,
  releasedAt: report.releasedAt,
  version: report.version,
};

export async function listReportRows(db: DbOrTx, networkId: string, releasedOnly: boolean) {
  return db
    .select(columns)
    .from(report)
    .where(and(eq(report.networkId, networkId), releasedOnly ? eq(report.status, 'released') : undefined))
    .orderBy(desc(report.periodFrom), report.periodKind);
}

export async function findReport(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select({ ...columns, snapshot: report.snapshot })
    .from(report)
    .where(and(eq(report.networkId, networkId), eq(report.id, id)));
  return row ? { ...row, snapshot: row.snapshot as unknown as ReportSnapshot } : null;
}

export async function insertReport(
  db: DbOrTx,
  row: {
    networkId: string;
    periodKind: string;
    periodFrom: string;
    periodTo: string;
    label: string;
    snapshot: ReportSnapshot;
    frozenBy: string | null;
  },
) {
  const inserted = await db
    .insert(report)
    .values({ ...row, snapshot: row.snapshot as unknown as Record<string, unknown> })
    .onConflictDoNothing()
    .returning({ id: report.id });
  return inserted[0] ?? null;
}

export async function updateNarrative(db: DbOrTx, networkId: string, id: string, narrative: string, version: number) {
  const rows = await db
    .update(report)
    .set({ narrative, version: sql`${report.version} + 1` })
    .where(
      and(eq(report.networkId, networkId), eq(report.id, id), eq(report.version, version), eq(report.status, 'frozen')),
    )
    .returning({ version: report.version });
  return rows[0] ?? null;
}

export async function markReleased(db: DbOrTx, networkId: string, id: string, version: number, userId: string | null) {
  const rows = await db
    .update(report)
    .set({ status: 'released', releasedAt: sql`now()`, releasedBy: userId, version: sql`${report.version} + 1` })
    .where(
      and(eq(report.networkId, networkId), eq(report.id, id), eq(report.version, version), eq(report.status, 'frozen')),
    )
    .returning({ version: report.version });
  return rows[0] ?? null;
}
