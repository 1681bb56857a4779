// The network's design: a pure preview of the advisor, saved versions (who, when, why), their comparison, and applying a
// version to the organisation — first as a diff, then, on confirmation, for real. Applying adds and updates; it never
// deletes people, role assignments, tasks or history.
import { authorize, loadAppliedDesigns, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import {
  NETWORK_KEY_ACTIONS,
  PERSONAL_DATA_ACTIONS,
  ROLES_WITHOUT_DESIGN_RIGHTS,
  rightsChange,
  rightsOverview,
  tasksWithoutDoer,
  type AppliedDesignRights,
} from '../../../core/access/design-rights.js';
import { adviseDesign } from '../../../core/design/design-advisor.js';
import { FUNDER_ACCESS_DEFAULT, planDesignApplication, type BodyKind } from '../../../core/design/design-apply.js';
import { compareDesigns } from '../../../core/design/design-diff.js';
import { designInput, type DesignInput } from '../../../core/design/design-input.js';
import { applyMatrixEdit, checkMatrixEdit, matrixProblemMessage } from '../../../core/design/matrix-edit.js';
import { networkDesign, type Locale } from '../../../core/design/network-design.js';
import { registerErrorMessages } from '../../platform/messages.js';
import { createCurrentPhaseChecklist } from '../network-life/checklist.service.js';
import type { EditMatrixInput, SaveDesignInput, VersionDetail } from '../../../core/design/design.contract.js';
import { findNetworkWithSettings, updateNetworkSetting } from '../networks/networks.repository.js';
import { designInLocale } from '../../../core/design/design-locale.js';
import { readAdvisorSettings } from './advisor-settings.service.js';
import {
  countRoleHolders,
  findAppliedVersion,
  findNetworkName,
  findVersion,
  insertBodies,
  insertDesignTasks,
  insertVersion,
  listBodyKinds,
  listDesignTasks,
  markVersionApplied,
  nextVersionNumber,
  queryVersions,
  updateTaskResponsible,
} from './design.repository.js';

registerErrorMessages({
  nl: {
    design_not_applied: 'Er is nog geen inrichting toegepast; pas eerst een versie toe.',
    matrix_invalid: 'De verantwoordelijkheidsmatrix klopt niet: zie de meldingen per taak.',
  },
  en: {
    design_not_applied: 'No design has been applied yet; apply a version first.',
    matrix_invalid: 'The responsibility matrix is not valid: see the messages per task.',
  },
});

/** Names of bodies created by applying a design; the network may rename them afterwards. */
export const BODY_NAMES: Record<BodyKind, string> = {
  core_group: 'Kerngroep',
  board: 'Bestuur',
  sounding_board: 'Klankbordgroep',
  steering_group: 'Stuurgroep',
  theme_group: 'Themagroep',
};

export async function previewDesign({
  db,
  actor,
  networkId,
  input,
  locale,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  input: DesignInput;
  locale: Locale;
}) {
  authorize(actor, 'design.read', networkId);
  return adviseDesign(input, { locale, settings: await readAdvisorSettings(db) });
}

export async function saveDesignVersion({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: SaveDesignInput;
}) {
  authorize(actor, 'design.manage', networkId);
  // The server recomputes the design: what is stored is what the rules say, not what a browser sent. Stored in Dutch, the
  // language of the inrichtingsdocument.
  const output = adviseDesign(input.input, { locale: 'nl', settings: await readAdvisorSettings(db) });
  return db.transaction(async (tx) => {
    if (!(await findNetworkWithSettings(tx, networkId, { lock: true }))) throw new AppError('not_found');
    const created = await insertVersion(tx, {
      networkId,
      versionNumber: await nextVersionNumber(tx, networkId),
      input: input.input as unknown as Record<string, unknown>,
      output: output as unknown as Record<string, unknown>,
      reason: input.reason,
      createdBy: actor.userId,
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'design.save',
      recordType: 'design_version',
      recordId: created.id,
      details: { versionNumber: created.versionNumber },
    });
    return created;
  });
}

export async function listDesignVersions({
  db,
  actor,
  networkId,
  sort,
  order,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  sort: 'versionNumber' | 'createdAt';
  order: 'asc' | 'desc';
}) {
  authorize(actor, 'design.read', networkId);
  return queryVersions(db, networkId, sort, order);
}

function rightsOf(row: { id: string; versionNumber: number; appliedAt: Date | null }, detail: VersionDetail, at: Date) {
  return {
    versionId: row.id,
    versionNumber: row.versionNumber,
    appliedAt: row.appliedAt ?? at,
    tasks: detail.output.tasks,
  } satisfies AppliedDesignRights;
}

/** One audit entry for the rights a design change gives and takes (decision 016); none when nothing changes. */
async function auditRights(
  tx: DbOrTx,
  actor: Actor,
  networkId: string,
  before: AppliedDesignRights | null,
  after: AppliedDesignRights,
) {
  const change = rightsChange(before, after);
  if (change.granted.length === 0 && change.revoked.length === 0) return;
  await writeAudit(tx, {
    actor,
    networkId,
    action: 'rights.design_change',
    recordType: 'design_version',
    recordId: after.versionId,
    details: {
      fromVersion: before?.versionNumber ?? null,
      versionNumber: after.versionNumber,
      granted: change.granted,
      revoked: change.revoked,
    },
  });
}

function toDetail(row: NonNullable<Awaited<ReturnType<typeof findVersion>>>): VersionDetail {
  return { ...row, input: designInput.parse(row.input), output: networkDesign.parse(row.output) };
}

export async function getDesignVersion({
  db,
  actor,
  networkId,
  versionId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  versionId: string;
}) {
  authorize(actor, 'design.read', networkId);
  const row = await findVersion(db, networkId, versionId);
  if (!row) throw new AppError('not_found');
  return toDetail(row);
}

export async function getAppliedDesign({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'design.read', networkId);
  const row = await findAppliedVersion(db, networkId);
  return row ? toDetail(row) : null;
}

export async function compareDesignVersions({
  db,
  actor,
  networkId,
  from,
  to,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  from: string;
  to: string;
}) {
  authorize(actor, 'design.read', networkId);
  const [a, b] = await Promise.all([findVersion(db, networkId, from), findVersion(db, networkId, to)]);
  if (!a || !b) throw new AppError('not_found');
  const before = toDetail(a);
  const after = toDetail(b);
  return {
    from: before,
    to: after,
    diff: compareDesigns({ input: before.input, design: before.output }, { input: after.input, design: after.output }),
  };
}

/** Computes what applying the version would change; carries it out only when `confirm` is true. */
export async function applyDesignVersion({
  db,
  actor,
  networkId,
  versionId,
  confirm,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  versionId: string;
  confirm: boolean;
  now?: Date;
}) {
  authorize(actor, 'design.manage', networkId);
  return db.transaction(async (tx) => {
    const net = await findNetworkWithSettings(tx, networkId, { lock: true });
    if (!net) throw new AppError('not_found');
    const row = await findVersion(tx, networkId, versionId);
    if (!row) throw new AppError('not_found');
    const version = toDetail(row);
    const [roleHolders, designTasks, bodyKinds, appliedRow] = await Promise.all([
      countRoleHolders(tx, networkId),
      listDesignTasks(tx, networkId),
      listBodyKinds(tx, networkId),
      findAppliedVersion(tx, networkId),
    ]);
    const funderAccess = net.settings.funderAccess ?? null;
    const plan = planDesignApplication(version.output, version.input, {
      roleHolders,
      designTasks: designTasks.flatMap((t) =>
        t.code ? [{ code: t.code, responsibleRole: t.responsibleRole, hasAssignee: t.assigneePersonId !== null }] : [],
      ),
      bodyKinds,
      funderAccess,
    });
    // Tasks whose R would fall to a role nobody holds here: shown before applying, so no work is left without a doer.
    const withoutDoer = tasksWithoutDoer(version.output.tasks, roleHolders);
    const before = appliedRow ? rightsOf(appliedRow, toDetail(appliedRow), now) : null;
    const rights = rightsChange(before, rightsOf(row, version, now));
    if (!confirm) return { applied: false, plan, withoutDoer, rights };

    await insertDesignTasks(tx, networkId, plan.tasks.create);
    for (const change of plan.tasks.update) await updateTaskResponsible(tx, networkId, change.code, change.to);
    await insertBodies(
      tx,
      networkId,
      plan.bodies.create.map((kind) => ({ kind, name: BODY_NAMES[kind] })),
    );
    if (plan.funderAccess) await updateNetworkSetting(tx, networkId, 'funderAccess', FUNDER_ACCESS_DEFAULT);
    await markVersionApplied(tx, networkId, versionId, actor.userId, now);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'design.apply',
      recordType: 'design_version',
      recordId: versionId,
      details: {
        versionNumber: version.versionNumber,
        tasksCreated: plan.tasks.create.length,
        tasksUpdated: plan.tasks.update.length,
        bodiesCreated: plan.bodies.create,
      },
    });
    await auditRights(tx, actor, networkId, before, { ...rightsOf(row, version, now), appliedAt: now });
    await createCurrentPhaseChecklist(tx, networkId, now);
    return { applied: true, plan, withoutDoer, rights };
  });
}

export async function loadDesignDocument({
  db,
  actor,
  networkId,
  versionId,
  locale,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  versionId: string;
  /** The reader's language: the design's reasons are told in it when the advisor says the same advice in it. */
  locale: Locale;
}) {
  const version = await getDesignVersion({ db, actor, networkId, versionId });
  const design = designInLocale(version.output, version.input, locale, await readAdvisorSettings(db));
  return { version, design, networkName: (await findNetworkName(db, networkId)) ?? '' };
}

/**
 * Edits the responsibility matrix of the applied design in place. The edit is checked against the RACI rules, stored as a
 * new design version (who, when, why — the history stays) that becomes the applied one, and the design tasks follow their
 * new responsible role. `versionId` is the applied version the user edited: if another edit or apply came first, 409.
 */
export async function editResponsibilityMatrix({
  db,
  actor,
  networkId,
  input,
  locale,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: EditMatrixInput;
  locale: Locale;
  now?: Date;
}) {
  authorize(actor, 'design.manage', networkId);
  return db.transaction(async (tx) => {
    if (!(await findNetworkWithSettings(tx, networkId, { lock: true }))) throw new AppError('not_found');
    const applied = await findAppliedVersion(tx, networkId);
    if (!applied) throw new AppError('conflict', 'design_not_applied');
    if (applied.id !== input.versionId) throw new AppError('stale_version');
    const current = toDetail(applied);
    const problems = checkMatrixEdit(current.output, input.rows);
    if (problems.length > 0)
      throw new AppError(
        'validation_failed',
        'matrix_invalid',
        problems.map((problem) => ({
          path: ['body', 'rows', input.rows.findIndex((row) => row.task === problem.task), problem.task],
          message: matrixProblemMessage(problem, locale),
        })),
      );
    const { design, changed } = applyMatrixEdit(current.output, input.rows, input.reason);
    if (changed.length === 0) return { id: applied.id, versionNumber: applied.versionNumber, changed };
    const created = await insertVersion(tx, {
      networkId,
      versionNumber: await nextVersionNumber(tx, networkId),
      input: current.input as unknown as Record<string, unknown>,
      output: design as unknown as Record<string, unknown>,
      reason: input.reason,
      createdBy: actor.userId,
    });
    await markVersionApplied(tx, networkId, created.id, actor.userId, now);
    const existing = new Map(
      (await listDesignTasks(tx, networkId)).flatMap((t) => (t.code ? [[t.code, t.responsibleRole] as const] : [])),
    );
    const missing: { code: string; responsibleRole: string }[] = [];
    for (const code of changed) {
      const responsible = design.tasks.find((t) => t.code === code)!.responsible;
      if (!existing.has(code)) missing.push({ code, responsibleRole: responsible });
      else if (existing.get(code) !== responsible) await updateTaskResponsible(tx, networkId, code, responsible);
    }
    await insertDesignTasks(tx, networkId, missing);
    await auditRights(tx, actor, networkId, rightsOf(applied, current, now), {
      versionId: created.id,
      versionNumber: created.versionNumber,
      appliedAt: now,
      tasks: design.tasks,
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'design.matrix_edit',
      recordType: 'design_version',
      recordId: created.id,
      details: {
        fromVersion: applied.versionNumber,
        versionNumber: created.versionNumber,
        changed: changed.map((code) => {
          const before = current.output.tasks.find((t) => t.code === code)!;
          const after = design.tasks.find((t) => t.code === code)!;
          return { code, before: cellsOf(before), after: cellsOf(after) };
        }),
      },
    });
    return { id: created.id, versionNumber: created.versionNumber, changed };
  });
}

function cellsOf(task: { responsible: string; accountable: string; consulted: string[]; informed: string[] }) {
  return { R: task.responsible, A: task.accountable, C: task.consulted, I: task.informed };
}

/**
 * "Wie mag wat, en waarom": per role the actions it has in this network, and for each action whether it is a base right and
 * which task of which applied design version gave it. Read-only, for those who read the design.
 */
export async function getRightsOverview({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'design.read', networkId);
  const design = (await loadAppliedDesigns(db, [networkId])).get(networkId) ?? null;
  const holders = await countRoleHolders(db, networkId);
  return {
    design: design
      ? { versionId: design.versionId, versionNumber: design.versionNumber, appliedAt: design.appliedAt }
      : null,
    roles: rightsOverview(design).map((r) => ({ ...r, holders: holders[r.role] ?? 0 })),
    floor: {
      personalData: [...PERSONAL_DATA_ACTIONS],
      networkKeys: [...NETWORK_KEY_ACTIONS],
      rolesWithoutDesignRights: [...ROLES_WITHOUT_DESIGN_RIGHTS],
    },
  };
}
