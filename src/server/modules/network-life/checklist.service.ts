// The phase checklist as work: entering a phase (or applying a design) makes that phase's items once; reading the list runs
// the evidence rules and closes the items the data proves done, with the evidence; owner, due date and state can be edited
// with a version (409 when stale).
import { adviseDesign } from '../../../core/design/design-advisor.js';
import { readAdvisorSettings } from '../design/advisor-settings.service.js';
import { designInput, PHASES, type Phase } from '../../../core/design/design-input.js';
import { CHECKLIST_CODES, networkDesign, type ChecklistCode } from '../../../core/design/network-design.js';
import {
  checklistEvidence,
  checklistItemsForPhase,
  checklistProgress,
  evidenceText,
  type ChecklistItemState,
} from '../../../core/network-life/checklist.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { actorMay, authorize, type Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import {
  findAppliedDesign,
  findItem,
  findNetworkPhaseRow,
  findPerson,
  insertItemsOnce,
  listItems,
  loadFacts,
  updateItemIf,
} from './checklist.repository.js';

function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}
function isChecklistCode(value: string): value is ChecklistCode {
  return (CHECKLIST_CODES as readonly string[]).includes(value);
}

/**
 * Make the phase's checklist items from the applied design (its inputs in this phase give the codes, its tasks the owner
 * roles), due from `startedOn`. Without an applied design there is no checklist yet. Runs twice without making doubles.
 */
export async function createPhaseChecklist(db: DbOrTx, networkId: string, phase: Phase, startedOn: string) {
  const applied = await findAppliedDesign(db, networkId);
  if (!applied) return;
  const input = designInput.safeParse(applied.input);
  const output = networkDesign.safeParse(applied.output);
  if (!input.success || !output.success) return;
  const settings = await readAdvisorSettings(db);
  const codes = adviseDesign({ ...input.data, phase }, { locale: 'nl', settings }).checklist.map((c) => c.code);
  const items = checklistItemsForPhase({ codes, tasks: output.data.tasks, phaseStartedOn: startedOn });
  await insertItemsOnce(
    db,
    items.map((item) => ({ networkId, phase, ...item })),
  );
}

/** After a design is applied: the checklist of the phase the network is in now, from today. */
export async function createCurrentPhaseChecklist(db: DbOrTx, networkId: string, now: Date = new Date()) {
  const found = await findNetworkPhaseRow(db, networkId);
  if (!found || !isPhase(found.phase)) return;
  await createPhaseChecklist(db, networkId, found.phase, todayInAmsterdam(now));
}

function mayEdit(actor: Actor, networkId: string): boolean {
  return actorMay(actor, networkId, 'network.update') || actorMay(actor, networkId, 'governance.manage');
}

/** The checklist of the current phase; open items the data proves done are closed first, with their evidence. */
export async function getChecklist({
  db,
  actor,
  networkId,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  now?: Date;
}) {
  authorize(actor, 'governance.read', networkId);
  const found = await findNetworkPhaseRow(db, networkId);
  if (!found) throw new AppError('not_found');
  const phase = found.phase;
  let rows = await listItems(db, networkId, phase);
  if (rows.some((r) => r.item.state === 'open')) {
    const facts = await loadFacts(db, networkId);
    let closed = false;
    for (const { item } of rows) {
      if (item.state !== 'open' || !isChecklistCode(item.code)) continue;
      const evidence = checklistEvidence(item.code, facts);
      if (!evidence) continue;
      await updateItemIf(db, networkId, item.id, item.version, {
        state: 'done',
        doneAt: now,
        doneBy: null,
        evidence: evidenceText(evidence, 'nl'),
        closedAutomatically: true,
      });
      closed = true;
    }
    if (closed) rows = await listItems(db, networkId, phase);
  }
  const items = rows.map(({ item, ownerName }) => ({
    id: item.id,
    phase: item.phase,
    code: item.code,
    titleKey: item.titleKey,
    ownerPersonId: item.ownerPersonId,
    ownerName,
    ownerRole: item.ownerRole,
    dueOn: item.dueOn,
    state: item.state as ChecklistItemState,
    doneAt: item.doneAt?.toISOString() ?? null,
    evidence: item.evidence,
    closedAutomatically: item.closedAutomatically,
    version: item.version,
  }));
  return { phase, items, progress: checklistProgress(items), mayEdit: mayEdit(actor, networkId) };
}

export interface UpdateChecklistItemInput {
  version: number;
  ownerPersonId?: string | null;
  dueOn?: string;
  state?: ChecklistItemState;
}

/** Edit owner, due date or state; 409 when the item changed since the user read it. */
export async function updateChecklistItem({
  db,
  actor,
  networkId,
  itemId,
  input,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  itemId: string;
  input: UpdateChecklistItemInput;
  now?: Date;
}) {
  if (!mayEdit(actor, networkId)) authorize(actor, 'governance.manage', networkId);
  const item = await findItem(db, networkId, itemId);
  if (!item) throw new AppError('not_found');
  if (input.ownerPersonId && !(await findPerson(db, networkId, input.ownerPersonId))) {
    throw new AppError('validation_failed', 'checklist_owner_unknown', [
      { path: ['body', 'ownerPersonId'], message: 'checklist_owner_unknown' },
    ]);
  }
  const values: Parameters<typeof updateItemIf>[4] = {};
  if (input.ownerPersonId !== undefined) values.ownerPersonId = input.ownerPersonId;
  if (input.dueOn !== undefined) values.dueOn = input.dueOn;
  if (input.state !== undefined && input.state !== item.state) {
    values.state = input.state;
    values.doneAt = input.state === 'done' ? now : null;
    values.doneBy = input.state === 'done' ? actor.userId : null;
    values.closedAutomatically = false;
    if (input.state !== 'done') values.evidence = null;
  }
  const saved = await updateItemIf(db, networkId, itemId, input.version, values);
  if (!saved) throw new AppError('stale_version');
  return saved;
}
