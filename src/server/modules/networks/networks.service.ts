// Creating and reading networks. Creating one is a platform action; reading one needs a role in it.
import { slugify } from '../../../core/text/slug.js';
import { authorize, authorizePlatform, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { CreateNetworkInput } from '../../../core/networks/networks.contract.js';
import { countNetworkRecords, findNetwork, insertNetwork, listAllNetworks } from './networks.repository.js';

export async function createNetwork({ db, actor, input }: { db: DbOrTx; actor: Actor; input: CreateNetworkInput }) {
  authorizePlatform(actor, 'platform.networks.manage');
  const created = await insertNetwork(db, {
    name: input.name,
    slug: slugify(input.name),
    region: input.region ?? null,
  });
  if (!created) throw new AppError('conflict', 'slug_taken');
  await writeAudit(db, {
    actor,
    networkId: created.id,
    action: 'network.create',
    recordType: 'network',
    recordId: created.id,
  });
  return created;
}

export async function getNetwork({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'network.read', networkId);
  const found = await findNetwork(db, networkId);
  if (!found) throw new AppError('not_found');
  return {
    id: found.id,
    slug: found.slug,
    name: found.name,
    region: found.region,
    phase: found.phase,
    isDemo: found.settings.demo === true,
    counts: await countNetworkRecords(db, networkId),
  };
}

/** The network's name, for other modules that print it (report PDFs, mail subjects). The caller has already checked the
 * asker's right to the record it prints; the name alone is no secret to anyone holding a role in the network. */
export async function networkName(db: DbOrTx, networkId: string): Promise<string> {
  return (await findNetwork(db, networkId))?.name ?? '';
}

export async function listNetworks({ db, actor }: { db: DbOrTx; actor: Actor }) {
  authorizePlatform(actor, 'platform.networks.read_all');
  return listAllNetworks(db);
}
