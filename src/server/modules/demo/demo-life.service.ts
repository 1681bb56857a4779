// Gives a loaded demo network its life — the design it started with and the one it uses now, its mission, its moves from
// initiatie to its current phase (decisions of the kerngroep in the decision log), the funder's agreement and a phase
// checklist partly done — by replaying the generated story (src/core/demo/generate-life.ts) through the real services, as
// the installation itself. So a new user finds these screens filled, and every rule that applies to them applied here too.
import { generateDemoLife } from '../../../core/demo/generate-life.js';
import type { DemoNetworkRow } from '../../../core/demo/generate-demo.js';
import { PHASES, type Phase } from '../../../core/design/design-input.js';
import { SYSTEM_ACTOR } from '../../platform/access.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { applyDesignVersion, saveDesignVersion } from '../design/design.service.js';
import { getChecklist, updateChecklistItem } from '../network-life/checklist.service.js';
import { changePhase, createAgreement, saveMission } from '../network-life/network-life.service.js';
import { setDemoNetworkPhase } from './demo.repository.js';

function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}

export async function replayDemoLife({
  db,
  network,
  seed,
  networkIndex,
  now,
}: {
  db: DbOrTx;
  network: DemoNetworkRow;
  seed: number;
  networkIndex: number;
  now: Date;
}): Promise<void> {
  if (!isPhase(network.phase)) return;
  const life = generateDemoLife({
    seed,
    networkIndex,
    region: network.region ?? network.name,
    phase: network.phase,
    foundedAt: network.createdAt,
    now,
  });
  // The services open their own transactions; inside the loader's transaction those become savepoints.
  const tx = db as Db;
  const actor = SYSTEM_ACTOR;
  const networkId = network.id;

  // The story starts at the founding: in initiatie, with the first design applied two weeks later.
  await setDemoNetworkPhase({ db, networkId, phase: 'initiatie' });
  const first = await saveDesignVersion({
    db: tx,
    actor,
    networkId,
    input: { input: life.firstDesign.input, reason: life.firstDesign.reason },
  });
  await applyDesignVersion({
    db: tx,
    actor,
    networkId,
    versionId: first.id,
    confirm: true,
    now: life.firstDesign.appliedAt,
  });

  let from: Phase = 'initiatie';
  for (const move of life.phaseMoves) {
    await changePhase({
      db: tx,
      actor,
      networkId,
      input: { from, to: move.to, effectiveOn: move.effectiveOn, reason: move.reason, sharedWithFunder: true },
      now,
    });
    from = move.to;
  }

  const current = await saveDesignVersion({
    db: tx,
    actor,
    networkId,
    input: { input: life.currentDesign.input, reason: life.currentDesign.reason },
  });
  await applyDesignVersion({ db: tx, actor, networkId, versionId: current.id, confirm: true, now });

  await saveMission({
    db: tx,
    actor,
    networkId,
    input: { mission: life.mission.text, goals: life.mission.goals, basedOnVersion: 0 },
  });
  await createAgreement({
    db: tx,
    actor,
    networkId,
    input: { ...life.agreement, organisationId: null, contactPersonId: null },
  });

  // Part of the current phase's checklist is done already, as it would be some months into the phase.
  const checklist = await getChecklist({ db, actor, networkId, now });
  const open = checklist.items.filter((item) => item.state === 'open');
  for (const item of open.slice(0, Math.round(open.length * life.checklistDoneShare))) {
    await updateChecklistItem({
      db,
      actor,
      networkId,
      itemId: item.id,
      input: { version: item.version, state: 'done' },
      now,
    });
  }
}
