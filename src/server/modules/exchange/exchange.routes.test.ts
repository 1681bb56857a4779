// Exchange files through the real routes: a malformed file writes nothing and reports each problem by its place; a file
// naming an unknown employer writes nothing either; a good file is imported whole and exported again pseudonymously.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { setupInstallation } from '../../test/helpers.js';

let t: TestApp;
let cookie: string;
let networkId: string;

const importFile = (file: unknown) =>
  t.app.inject({
    method: 'POST',
    url: `/api/networks/${networkId}/exchange/import`,
    headers: { ...writeHeaders, cookie },
    payload: file as object,
  });
const count = async (table: string) =>
  Number(
    (await t.database.pool.query(`select count(*) from ${table} where network_id = $1`, [networkId])).rows[0].count,
  );

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie, networkId } = await setupInstallation(t.app));
  await t.database.pool.query(
    `insert into organisation (network_id, kind, name, kvk_number) values ($1, 'employer', 'Bakkerij De Korenschoof', '12345678')`,
    [networkId],
  );
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const header = { format: 'netwerkregie-exchange', version: '1.0' };

describe('exchange files', () => {
  it('rejects a malformed job-seeker file as a whole and names every problem', async () => {
    const res = await importFile({
      ...header,
      kind: 'job_seekers',
      items: [
        { identifier: 'EXT-1', consentOwnNetworkGivenOn: '2026-01-05', hoursPerWeek: 24 },
        { identifier: 'EXT-2', hoursPerWeek: 99, consentOwnNetworkGivenOn: '2026-01-05' },
        { identifier: 'EXT-3', consentOwnNetworkGivenOn: 'gisteren', email: 'iemand@example.nl' },
      ],
    });
    expect(res.statusCode).toBe(422);
    const body = res.json<{
      code: string;
      message: string;
      issues: { path: (string | number)[]; message: string }[];
    }>();
    expect(body.message).toBe('Het bestand is niet ingelezen: 3 probleem/problemen. Er is niets opgeslagen.');
    expect(body.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'items.1.hoursPerWeek',
      'items.2',
      'items.2.consentOwnNetworkGivenOn',
    ]);
    expect(body.issues.find((i) => i.path.join('.') === 'items.2')!.message).toContain('Onbekend veld "email"');
    expect(body.issues.find((i) => i.path.join('.') === 'items.1.hoursPerWeek')!.message).toBe(
      'Te groot: hoogstens 60.',
    );
    expect(await count('candidate')).toBe(0);
  });

  it('takes a file larger than the default 1 MB body limit and still reports its one problem, writing nothing', async () => {
    const items = Array.from({ length: 600 }, (_, i) => ({
      identifier: `BIG-${i}`,
      desiredOccupation: 'Werk in de logistiek of de zorg, graag dichtbij huis. '.repeat(36),
      consentOwnNetworkGivenOn: '2026-01-05',
      ...(i === 599 ? { hoursPerWeek: 61 } : {}),
    }));
    const file = { ...header, kind: 'job_seekers', items };
    expect(JSON.stringify(file).length).toBeGreaterThan(1024 * 1024);
    const res = await importFile(file);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(422);
    expect(res.json<{ issues: { path: (string | number)[] }[] }>().issues.map((i) => i.path.join('.'))).toEqual([
      'items.599.hoursPerWeek',
    ]);
    expect(await count('candidate')).toBe(0);
  });

  it('rejects duplicates and unknown employers, writing nothing', async () => {
    const dup = await importFile({
      ...header,
      kind: 'job_seekers',
      items: [
        { identifier: 'EXT-1', consentOwnNetworkGivenOn: '2026-01-05' },
        { identifier: 'EXT-1', consentOwnNetworkGivenOn: '2026-01-05' },
      ],
    });
    expect(dup.statusCode).toBe(422);
    expect(dup.json().issues).toEqual([
      { path: ['items', 1, 'identifier'], message: 'Kenmerk "EXT-1" staat ook al op regel 1.' },
    ]);
    const vac = await importFile({
      ...header,
      kind: 'vacancies',
      items: [
        {
          identifier: 'V1',
          title: 'Medewerker bakkerij',
          employmentType: 'regular',
          hiringOrganization: { name: 'x', kvkNumber: '12345678' },
        },
        {
          identifier: 'V2',
          title: 'Magazijnmedewerker',
          employmentType: 'regular',
          hiringOrganization: { name: 'Onbekend BV' },
        },
      ],
    });
    expect(vac.statusCode, vac.body).toBe(422);
    expect(vac.json().issues).toEqual([
      {
        path: ['items', 1, 'hiringOrganization'],
        message: 'Werkgever "Onbekend BV" is in dit netwerk niet bekend; voeg de organisatie eerst toe.',
      },
    ]);
    expect(await count('candidate')).toBe(0);
    expect(await count('work_opportunity')).toBe(0);
  });

  it('imports a good file whole and exports it again without personal data', async () => {
    const ok = await importFile({
      ...header,
      kind: 'job_seekers',
      source: '99van Deventer',
      items: [
        {
          identifier: 'EXT-1',
          consentOwnNetworkGivenOn: '2026-01-05',
          hoursPerWeek: 24,
          postalCodeArea: '8011',
          supportNeeded: ['jobcoach'],
        },
        { identifier: 'EXT-2', consentOwnNetworkGivenOn: '2026-01-06', desiredOccupation: 'Groenvoorziening' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ kind: 'job_seekers', imported: 2 });
    expect(await count('candidate')).toBe(2);
    expect(await count('candidate_consent')).toBe(2);
    const vac = await importFile({
      ...header,
      kind: 'vacancies',
      items: [
        {
          identifier: 'V1',
          title: 'Medewerker bakkerij',
          employmentType: 'regular',
          hiringOrganization: { name: 'x', kvkNumber: '12345678' },
          hoursPerWeek: 20,
        },
      ],
    });
    expect(vac.statusCode, vac.body).toBe(200);
    const exported = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/exchange/job-seekers`,
      headers: { cookie },
    });
    const file = exported.json();
    expect(file.items).toEqual([
      expect.objectContaining({
        identifier: 'EXT-1',
        hoursPerWeek: 24,
        postalCodeArea: '8011',
        consentOwnNetworkGivenOn: '2026-01-05',
      }),
      expect.objectContaining({ identifier: 'EXT-2', desiredOccupation: 'Groenvoorziening' }),
    ]);
    const vacancies = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/exchange/vacancies`,
      headers: { cookie },
    });
    expect(vacancies.json().items[0]).toMatchObject({
      title: 'Medewerker bakkerij',
      hiringOrganization: { name: 'Bakkerij De Korenschoof', kvkNumber: '12345678' },
    });
  });
});
