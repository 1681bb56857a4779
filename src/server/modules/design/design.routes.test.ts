// The design routes on a real app and database: preview, versions, compare, apply (diff, confirm, re-apply), documents,
// and who may do what.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { ADVISOR_TEXTS } from '../../../core/design/advisor-texts.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, network, task } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkA: string;
let networkB: string;
const cookies: Record<string, string> = {};

const externalInput = {
  financing: 'external',
  funderType: 'werkgeversservicepunt',
  ownership: 4,
  phase: 'opstart',
  expectedMembers: 40,
  existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
};
const ownInput = {
  financing: 'contributions_money',
  ownership: 2,
  phase: 'volwassen',
  expectedMembers: 25,
  existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
};

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkA = setup.networkId;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/admin/networks',
    headers: { ...writeHeaders, cookie: admin },
    payload: { name: 'Werkgeversnetwerk Twente Inclusief', region: 'Twente' },
  });
  networkB = created.json().id;
  for (const role of ['core_group', 'board', 'back_office', 'funder', 'employer']) {
    cookies[role] = await userWithRole(t.app, admin, networkA, role, `${role}@design.example`);
  }
});
afterAll(async () => t?.close());

const api = (networkId: string, rest: string) => `/api/networks/${networkId}/design${rest}`;

async function save(cookie: string, input: unknown, reason: string, networkId = networkA) {
  return t.app.inject({
    method: 'POST',
    url: api(networkId, '/versions'),
    headers: { ...writeHeaders, cookie },
    payload: { input, reason },
  });
}

describe('design versions', () => {
  let v1: string;
  let v2: string;

  it('previews a design without saving anything', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: api(networkA, '/advise'),
      headers: { ...writeHeaders, cookie: cookies.core_group! },
      payload: externalInput,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().governance).toMatchObject({ formalBoard: true, funderMandate: 'mission' });
    const list = await t.app.inject({ method: 'GET', url: api(networkA, '/versions'), headers: { cookie: admin } });
    expect(list.json().items).toEqual([]);
  });

  it('refuses a version without a reason, naming the field in Dutch', async () => {
    const res = await save(admin, externalInput, '  ');
    expect(res.statusCode).toBe(422);
    expect(res.json().issues[0].path).toEqual(['body', 'reason']);
    expect(res.json().message).toMatch(/Niet alle gegevens/);
  });

  it('saves versions with who, when and why, and lists and exports them', async () => {
    const first = await save(admin, externalInput, 'Start met het werkgeversservicepunt als financier');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().versionNumber).toBe(1);
    v1 = first.json().id;
    const second = await save(
      cookies.core_group!,
      { ...externalInput, existing: { ...externalInput.existing, annualPlanRequired: true } },
      'De financier vraagt nu een jaarplan',
    );
    expect(second.json().versionNumber).toBe(2);
    v2 = second.json().id;

    const list = await t.app.inject({ method: 'GET', url: api(networkA, '/versions'), headers: { cookie: admin } });
    expect(list.json().items.map((v: { versionNumber: number }) => v.versionNumber)).toEqual([2, 1]);
    expect(list.json().items[1]).toMatchObject({ createdByName: 'Anna de Vries', appliedAt: null });

    const csv = await t.app.inject({
      method: 'GET',
      url: api(networkA, '/versions?format=csv&order=asc'),
      headers: { cookie: admin },
    });
    const lines = csv.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Versie;Waarom;Opgeslagen door;Opgeslagen op;Toegepast op');
    expect(lines[1]).toMatch(/^1;Start met het werkgeversservicepunt als financier;Anna de Vries;/);

    const detail = await t.app.inject({
      method: 'GET',
      url: api(networkA, `/versions/${v1}`),
      headers: { cookie: admin },
    });
    expect(detail.json().output.governance.formalBoard).toBe(true);
    expect(detail.json().input.funderType).toBe('werkgeversservicepunt');
  });

  it('compares two versions: the demanded annual plan adds a tension', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: api(networkA, `/compare?from=${v1}&to=${v2}`),
      headers: { cookie: cookies.board! },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { diff, from, to } = res.json();
    expect(from.versionNumber).toBe(1);
    expect(to.versionNumber).toBe(2);
    expect(diff.inputs).toEqual([{ field: 'existing.annualPlanRequired', before: 'false', after: 'true' }]);
    expect(diff.tensions.added).toContain('annual_plan_vs_needs_driven');
  });

  it('applies a version only on confirmation, and re-applying changes nothing', async () => {
    const preview = await t.app.inject({
      method: 'POST',
      url: api(networkA, `/versions/${v1}/apply`),
      headers: { ...writeHeaders, cookie: admin },
      payload: {},
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const plan = preview.json().plan;
    expect(preview.json().applied).toBe(false);
    expect(plan.tasks.create.length).toBeGreaterThan(20);
    expect(plan.bodies.create).toEqual(['core_group', 'board', 'sounding_board']);
    expect(plan.funderAccess).toEqual({ from: null, to: 'aggregates_only' });
    expect(plan.roles.find((r: { code: string }) => r.code === 'coordinator')).toMatchObject({
      holders: 1,
      status: 'filled',
    });
    expect(await t.database.db.select().from(task).where(eq(task.networkId, networkA))).toHaveLength(0);

    const applied = await t.app.inject({
      method: 'POST',
      url: api(networkA, `/versions/${v1}/apply`),
      headers: { ...writeHeaders, cookie: admin },
      payload: { confirm: true },
    });
    expect(applied.json().applied).toBe(true);
    const tasks = await t.database.db.select().from(task).where(eq(task.networkId, networkA));
    expect(tasks).toHaveLength(plan.tasks.create.length);
    expect(tasks.find((x) => x.code === 'admit_members')?.responsibleRole).toBe('core_group');
    const bodies = await t.database.db.select().from(body).where(eq(body.networkId, networkA));
    expect(bodies.map((b) => b.name).sort()).toEqual(['Bestuur', 'Kerngroep', 'Klankbordgroep']);
    const [net] = await t.database.db.select().from(network).where(eq(network.id, networkA));
    expect(net?.settings.funderAccess).toBe('aggregates_only');

    const current = await t.app.inject({ method: 'GET', url: api(networkA, '/current'), headers: { cookie: admin } });
    expect(current.json().version).toMatchObject({ id: v1, appliedByName: 'Anna de Vries' });

    const again = await t.app.inject({
      method: 'POST',
      url: api(networkA, `/versions/${v1}/apply`),
      headers: { ...writeHeaders, cookie: admin },
      payload: { confirm: false },
    });
    expect(again.json().plan.hasChanges).toBe(false);
  });

  it('applying another design updates owners and keeps tasks it no longer names', async () => {
    const own = await save(admin, ownInput, 'Werkgevers betalen zelf, geen financier meer');
    const id = own.json().id;
    const res = await t.app.inject({
      method: 'POST',
      url: api(networkA, `/versions/${id}/apply`),
      headers: { ...writeHeaders, cookie: admin },
      payload: { confirm: true },
    });
    const plan = res.json().plan;
    expect(plan.tasks.kept).toContain('funder_reporting');
    expect(plan.tasks.update.length).toBeGreaterThan(0);
    expect(plan.bodies.create).toEqual([]);
    const reporting = await t.database.db
      .select()
      .from(task)
      .where(and(eq(task.networkId, networkA), eq(task.code, 'funder_reporting')));
    expect(reporting).toHaveLength(1);
    const moved = plan.tasks.update[0];
    const [row] = await t.database.db
      .select()
      .from(task)
      .where(and(eq(task.networkId, networkA), eq(task.code, moved.code)));
    expect(row?.responsibleRole).toBe(moved.to);
    expect(row?.version).toBe(2);
  });

  it('exports the inrichtingsdocument as a Dutch PDF that pdftotext reads back, and as Markdown', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: api(networkA, `/versions/${v2}/document?format=pdf`),
      headers: { cookie: cookies.board! },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('inrichting-versie-2.pdf');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nr-pdf-')), 'doc.pdf');
    fs.writeFileSync(file, res.rawPayload);
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Basisinrichting van het netwerk: Inclusief Netwerk Zwolle',
      'De financier vraagt nu een jaarplan',
      'Gekozen variabelen',
      'Soort financier',
      'Verantwoordelijkheidsmatrix',
      'Toelating nieuwe deelnemers',
      'Besturing',
      'alleen de missie',
      'Financiering',
      'Spanningen',
      'Uitgewerkt jaarplan tegenover behoeftegestuurd netwerk',
      'Checklist voor deze fase',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toMatch(/R\+A/);

    const md = await t.app.inject({
      method: 'GET',
      url: api(networkA, `/versions/${v2}/document?format=md`),
      headers: { cookie: admin },
    });
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.body).toMatch(/^# Basisinrichting van het netwerk/);
    expect(md.body).toContain('## Verantwoordelijkheidsmatrix');
  });

  it('writes the inrichtingsdocument in English for a reader whose screen is in English, reasons included', async () => {
    const english = `${cookies.board!}; netwerkregie_lang=en`;
    const res = await t.app.inject({
      method: 'GET',
      url: api(networkA, `/versions/${v2}/document?format=pdf`),
      headers: { cookie: english },
    });
    expect(res.statusCode).toBe(200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nr-pdf-en-')), 'doc.pdf');
    fs.writeFileSync(file, res.rawPayload);
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const en = ADVISOR_TEXTS.en;
    // The version's own reason is the user's words and stays as written; everything else is English.
    expect(text).toContain(`${en.summary.title}: Inclusief Netwerk Zwolle`);
    expect(text).toMatch(/Version 2, \d{1,2} [A-Z][a-z]+ \d{4}\. Why: De financier vraagt nu een jaarplan/);
    for (const expected of [en.summary.variables, en.summary.matrix, en.summary.governance, en.summary.checklist]) {
      expect(text, expected).toContain(expected);
    }
    // The advisor's reasons, saved in Dutch, are told in English (same input, same advice).
    const dutchDesign = (
      await t.app.inject({ method: 'GET', url: api(networkA, `/versions/${v2}`), headers: { cookie: admin } })
    ).json().output as { roles: { reason: string }[] };
    expect(dutchDesign.roles[0]!.reason.length).toBeGreaterThan(0);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).not.toContain(dutchDesign.roles[0]!.reason.replace(/\s+/g, ' ').slice(0, 40));
    for (const dutch of ['Gekozen variabelen', 'Verantwoordelijkheidsmatrix', 'Checklist voor deze fase', 'Versie 2']) {
      expect(text, dutch).not.toContain(dutch);
    }

    const md = await t.app.inject({
      method: 'GET',
      url: api(networkA, `/versions/${v2}/document?format=md`),
      headers: { cookie: english },
    });
    expect(md.body).toMatch(/^# Basic design of the network/);
    expect(md.body).toContain(`## ${en.summary.matrix}`);
    expect(md.body).not.toContain(dutchDesign.roles[0]!.reason);
  });

  it('per role: coordinator and kerngroep manage, board and backoffice read, funder and employer are refused', async () => {
    const [someVersion] = (
      await t.app.inject({ method: 'GET', url: api(networkA, '/versions'), headers: { cookie: admin } })
    ).json().items;
    const reads = [
      api(networkA, '/versions'),
      api(networkA, '/current'),
      api(networkA, `/versions/${someVersion.id}`),
      api(networkA, `/versions/${someVersion.id}/document?format=md`),
      api(networkA, `/compare?from=${someVersion.id}&to=${someVersion.id}`),
    ];
    for (const role of ['board', 'back_office']) {
      for (const url of reads) {
        const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[role]! } });
        expect(res.statusCode, `${role} ${url}`).toBe(200);
      }
      expect((await save(cookies[role]!, externalInput, 'mag niet')).statusCode, role).toBe(403);
      const apply = await t.app.inject({
        method: 'POST',
        url: api(networkA, `/versions/${someVersion.id}/apply`),
        headers: { ...writeHeaders, cookie: cookies[role]! },
        payload: { confirm: true },
      });
      expect(apply.statusCode, role).toBe(403);
    }
    for (const role of ['funder', 'employer']) {
      for (const url of reads) {
        const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[role]! } });
        expect(res.statusCode, `${role} ${url}`).toBe(403);
      }
    }
    expect((await t.app.inject({ method: 'GET', url: api(networkA, '/versions') })).statusCode).toBe(401);
  });

  it('another network answers 404 for every design route, and its versions are not reachable by id', async () => {
    const [someVersion] = (
      await t.app.inject({ method: 'GET', url: api(networkA, '/versions'), headers: { cookie: admin } })
    ).json().items;
    const kg = cookies.core_group!;
    for (const url of [
      api(networkB, '/versions'),
      api(networkB, '/current'),
      api(networkB, `/versions/${someVersion.id}`),
      api(networkB, `/versions/${someVersion.id}/document`),
      api(networkB, `/compare?from=${someVersion.id}&to=${someVersion.id}`),
    ]) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: kg } });
      expect(res.statusCode, url).toBe(404);
    }
    expect((await save(kg, externalInput, 'elders', networkB)).statusCode).toBe(404);
    const advise = await t.app.inject({
      method: 'POST',
      url: api(networkB, '/advise'),
      headers: { ...writeHeaders, cookie: kg },
      payload: externalInput,
    });
    expect(advise.statusCode).toBe(404);
    // the admin holds a role in B (created it) but the version belongs to A
    const crossId = await t.app.inject({
      method: 'GET',
      url: api(networkB, `/versions/${someVersion.id}`),
      headers: { cookie: admin },
    });
    expect([403, 404]).toContain(crossId.statusCode);
  });
});
