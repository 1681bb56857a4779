// SQL for the installation's advisor numbers: one row of installation_setting (key 'advisor'), written only when its version
// is the one the writer read.
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { installationSetting } from '../../platform/db/schema.js';

const ADVISOR_KEY = 'advisor';

export async function findAdvisorSettingRow(db: DbOrTx) {
  const [row] = await db
    .select({
      value: installationSetting.value,
      version: installationSetting.version,
      updatedAt: installationSetting.updatedAt,
    })
    .from(installationSetting)
    .where(eq(installationSetting.key, ADVISOR_KEY));
  return row;
}

/** Writes the overrides if the stored version is `version` (0: no row yet); returns the new version, or null when stale. */
export async function writeAdvisorSettingIf(
  db: DbOrTx,
  version: number,
  value: Record<string, unknown>,
  userId: string | null,
): Promise<number | null> {
  if (version === 0) {
    const inserted = await db
      .insert(installationSetting)
      .values({ key: ADVISOR_KEY, value, version: 1, updatedByUserId: userId })
      .onConflictDoNothing()
      .returning({ version: installationSetting.version });
    return inserted[0]?.version ?? null;
  }
  const updated = await db
    .update(installationSetting)
    .set({
      value,
      version: sql`${installationSetting.version} + 1`,
      updatedByUserId: userId,
      updatedAt: sql`now()`,
    })
    .where(and(eq(installationSetting.key, ADVISOR_KEY), eq(installationSetting.version, version)))
    .returning({ version: installationSetting.version });
  return updated[0]?.version ?? null;
}
