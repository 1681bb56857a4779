// The design advisor's numbers as settings of the installation. The administrator changes them (with the version read, so
// two administrators cannot overwrite each other unseen; every change in the audit log); every place that advises — the
// preview, a saved version, the phase checklist, the wizard in the browser — computes with them. Only what differs from the
// guide's figure is stored, so an untouched number follows the default of the running release.
import { authorize, authorizePlatform, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import {
  ADVISOR_SETTING_KEYS,
  checkAdvisorSettings,
  withDefaults,
  type AdvisorSettingKey,
} from '../../../core/design/advisor-settings.js';
import type { SaveAdvisorSettingsInput } from '../../../core/design/advisor-settings.contract.js';
import { ADVISOR_DEFAULTS, type AdvisorSettings } from '../../../core/design/design-advisor.js';
import type { Locale } from '../../../core/design/network-design.js';
import { findAdvisorSettingRow, writeAdvisorSettingIf } from './advisor-settings.repository.js';

registerErrorMessages({
  nl: { advisor_settings_invalid: 'Niet alle getallen kloppen: zie de melding bij elk getal en pas die waarde aan.' },
  en: { advisor_settings_invalid: 'Not every number is valid: see the message at each number and correct that value.' },
});

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The keys whose value differs from the guide's figure. */
function changedKeys(values: AdvisorSettings): AdvisorSettingKey[] {
  return ADVISOR_SETTING_KEYS.filter((key) => !sameValue(values[key], ADVISOR_DEFAULTS[key]));
}

/**
 * The stored overrides laid over the defaults. An override that no longer passes the check (a key renamed, bounds
 * narrowed in a later release) falls back to the default instead of breaking the advice.
 */
function fromStored(stored: Record<string, unknown> | undefined): AdvisorSettings {
  const overrides: Record<string, unknown> = {};
  for (const key of ADVISOR_SETTING_KEYS) if (stored && key in stored) overrides[key] = stored[key];
  const merged = withDefaults(overrides as Partial<AdvisorSettings>);
  const bad = new Set(checkAdvisorSettings(merged).map((issue) => issue.key));
  if (bad.size === 0) return merged;
  for (const key of bad) delete overrides[key];
  return withDefaults(overrides as Partial<AdvisorSettings>);
}

/**
 * The numbers the advisor computes with in this installation. For other services that advise on behalf of an actor they
 * have already authorised; the numbers themselves are no secret.
 */
export async function readAdvisorSettings(db: DbOrTx): Promise<AdvisorSettings> {
  return fromStored((await findAdvisorSettingRow(db))?.value);
}

/** The numbers for the wizard: anyone who may read the network's design advice. */
export async function getAdvisorSettings({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'design.read', networkId);
  return { values: await readAdvisorSettings(db) };
}

/** The administrator's view: values, defaults, what differs, and the version to base a save on. */
export async function getAdvisorSettingsForAdmin({ db, actor }: { db: DbOrTx; actor: Actor }) {
  authorizePlatform(actor, 'platform.settings.manage');
  const row = await findAdvisorSettingRow(db);
  const values = fromStored(row?.value);
  return {
    values,
    defaults: withDefaults({}),
    changed: changedKeys(values),
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function saveAdvisorSettings({
  db,
  actor,
  input,
  locale,
}: {
  db: Db;
  actor: Actor;
  input: SaveAdvisorSettingsInput;
  locale: Locale;
}) {
  authorizePlatform(actor, 'platform.settings.manage');
  const issues = checkAdvisorSettings(input.values, locale);
  if (issues.length > 0)
    throw new AppError(
      'validation_failed',
      'advisor_settings_invalid',
      issues.map((issue) => ({ path: ['body', 'values', issue.key], message: issue.message })),
    );
  return db.transaction(async (tx) => {
    const before = fromStored((await findAdvisorSettingRow(tx))?.value);
    const changed = changedKeys(input.values);
    const overrides = Object.fromEntries(changed.map((key) => [key, input.values[key]]));
    const version = await writeAdvisorSettingIf(tx, input.version, overrides, actor.userId);
    if (version === null) throw new AppError('stale_version');
    const altered = ADVISOR_SETTING_KEYS.filter((key) => !sameValue(before[key], input.values[key]));
    await writeAudit(tx, {
      actor,
      networkId: null,
      action: 'advisor_settings.update',
      recordType: 'installation_setting',
      recordId: 'advisor',
      details: {
        version,
        changes: Object.fromEntries(altered.map((key) => [key, { from: before[key], to: input.values[key] }])),
      },
    });
    return getAdvisorSettingsForAdmin({ db: tx, actor });
  });
}
