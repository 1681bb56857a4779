// The phase checklist as work: with a design applied, the network moves from initiatie to opstart; the opstart checklist
// appears with owners and due dates, and the two items the data proves (a kerngroep of two, a klankbordgroep with a member —
// set up through the API) tick themselves off with their evidence. axe runs on the screen; the screenshot feeds
// docs/handleiding/missie-fase-financier.md.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { setupViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const headers = { 'x-requested-with': 'netwerkregie' };
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

let server: TestServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

describe('the phase checklist', () => {
  skipAfterFirstFailure();

  test('entering opstart makes its checklist with owners; two items close themselves from the data', async () => {
    const { page } = browser;
    const networkId = await setupViaApi(page, server.url, { admin, network: { name: 'Inclusief Netwerk Zutphen' } });
    const request = page.context().request;
    const api = (rest: string) => `${server.url}/api/networks/${networkId}${rest}`;
    const post = async (url: string, data: unknown) => {
      const res = await request.post(url, { headers, data: data as object });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return (await res.json()) as { id: string };
    };
    const design = await post(api('/design/versions'), {
      input: {
        financing: 'external',
        funderType: 'werkgeversservicepunt',
        ownership: 2,
        phase: 'initiatie',
        expectedMembers: 20,
        existing: { coreGroupFormed: false, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
      },
      reason: 'Eerste ontwerp',
    });
    await post(api(`/design/versions/${design.id}/apply`), { confirm: true });
    await post(api('/phase/changes'), {
      from: 'initiatie',
      to: 'opstart',
      effectiveOn: today,
      reason: 'De kerngroep is gevormd en de eerste werkgevers doen mee.',
    });

    // Seat two people in the kerngroep and one in the klankbordgroep, the way the coordinator does it.
    const bodies = (await (await request.get(api('/governance/bodies'))).json()) as {
      items: { id: string; kind: string }[];
    };
    const bodyOf = (kind: string) => bodies.items.find((b) => b.kind === kind)!.id;
    const org = await post(api('/organisations'), { kind: 'employer', name: 'Bakkerij Jansen', city: 'Zutphen' });
    const seats: [string, string][] = [
      ['Petra Bakker', 'core_group'],
      ['Joost Visser', 'core_group'],
      ['Fatima el Amrani', 'sounding_board'],
    ];
    for (const [name, role] of seats) {
      const person = await post(api(`/organisations/${org.id}/contacts`), { name });
      await post(api('/governance/assignments'), { personId: person.id, role, bodyId: bodyOf(role) });
    }

    await page.goto(`${server.url}/n/${networkId}`);
    const overviewLine = page.getByTestId('checklist-overview-link');
    await overviewLine.waitFor();
    expect(await overviewLine.textContent()).toMatch(/Checklist Opstart: 2 van \d+ klaar/);
    await overviewLine.click();
    const table = page.getByTestId('checklist-table');
    await table.waitFor();
    expect(await page.getByTestId('checklist-progress').textContent()).toMatch(/^2 van \d+ klaar$/);
    const core = table.locator('tr[data-code="form_core_group"]');
    expect(await core.textContent()).toContain('Vanzelf afgevinkt: Kerngroep');
    expect(await core.textContent()).toContain('2 leden');
    const board = table.locator('tr[data-code="activate_sounding_board"]');
    expect(await board.textContent()).toContain('Vanzelf afgevinkt: Klankbordgroep');
    // Every item has an owner from the design (a role) and a due date.
    const mandate = table.locator('tr[data-code="agree_funder_mandate"]');
    expect(await mandate.textContent()).not.toContain('nog niemand');
    expect(await page.getByTestId('checklist-evidence').count()).toBe(2);
    await expectNoSeriousAxeViolations(page, 'checklist voor deze fase');
    await page.locator('#checklist').scrollIntoViewIfNeeded();
    await screenshot(page, 'netwerk-checklist');
  });
});
