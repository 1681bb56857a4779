// updateVersioned against a real database: it changes and versions one network's row, and nothing else.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { body, meeting, network, organisation } from './schema.js';
import { updateVersioned } from './versioned.js';

let database: TestDatabase;
let ours: string;
let theirs: string;
beforeAll(async () => {
  database = await createTestDatabase();
  const nets = await database.db
    .insert(network)
    .values([
      { slug: 'ons-netwerk', name: 'Ons netwerk' },
      { slug: 'ander-netwerk', name: 'Ander netwerk' },
    ])
    .returning({ id: network.id });
  ours = nets[0]!.id;
  theirs = nets[1]!.id;
});
afterAll(async () => database?.close());

async function newOrganisation(name: string) {
  const [row] = await database.db
    .insert(organisation)
    .values({ networkId: ours, kind: 'employer', name, updatedAt: new Date('2026-01-01T00:00:00Z') })
    .returning();
  return row!;
}

async function reread(id: string) {
  const [row] = await database.db.select().from(organisation).where(eq(organisation.id, id));
  return row!;
}

describe('updateVersioned', () => {
  it('writes the changes, raises the version and stamps updated_at; returns the new row', async () => {
    const org = await newOrganisation('Bakkerij De Korf');
    const updated = await updateVersioned(
      database.db,
      organisation,
      { networkId: ours, id: org.id, version: 1 },
      { city: 'Zwolle' },
    );
    expect(updated).toMatchObject({ id: org.id, name: 'Bakkerij De Korf', city: 'Zwolle', version: 2 });
    expect(updated!.updatedAt.getTime()).toBeGreaterThan(org.updatedAt.getTime());
    expect(await reread(org.id)).toEqual(updated);

    // Without a version it writes whatever the row's version is, and still raises it.
    const again = await updateVersioned(database.db, organisation, { networkId: ours, id: org.id }, { city: 'Kampen' });
    expect(again).toMatchObject({ city: 'Kampen', version: 3 });
  });

  it('returns null and changes nothing when the version moved on', async () => {
    const org = await newOrganisation('Zorggroep Oost');
    await updateVersioned(database.db, organisation, { networkId: ours, id: org.id, version: 1 }, { city: 'Deventer' });
    const before = await reread(org.id);
    const stale = await updateVersioned(
      database.db,
      organisation,
      { networkId: ours, id: org.id, version: 1 },
      { city: 'Almelo' },
    );
    expect(stale).toBeNull();
    expect(await reread(org.id)).toEqual(before);
  });

  it("returns null and changes nothing for the id of another network's row", async () => {
    const org = await newOrganisation('Metaalbedrijf Hengelo');
    for (const version of [1, undefined]) {
      const foreign = await updateVersioned(
        database.db,
        organisation,
        { networkId: theirs, id: org.id, ...(version === undefined ? {} : { version }) },
        { name: 'Overgenomen' },
      );
      expect(foreign).toBeNull();
    }
    expect(await reread(org.id)).toEqual(org);
  });

  it('leaves updated_at out on a table that has none', async () => {
    const [b] = await database.db
      .insert(body)
      .values({ networkId: ours, kind: 'kerngroep', name: 'Kerngroep' })
      .returning({ id: body.id });
    const [m] = await database.db
      .insert(meeting)
      .values({ networkId: ours, bodyId: b!.id, startsAt: new Date('2026-02-01T09:00:00Z') })
      .returning();
    const updated = await updateVersioned(
      database.db,
      meeting,
      { networkId: ours, id: m!.id, version: 1 },
      { agenda: 'Begroting' },
    );
    expect(updated).toEqual({ ...m, agenda: 'Begroting', version: 2 });
  });
});
