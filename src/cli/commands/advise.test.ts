import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';

import { networkDesign } from '../../core/design/network-design.js';
import { registerAdviseCommand, type CliIo } from './advise.js';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  const io: CliIo = {
    writeOut: (text) => {
      stdout += text;
    },
    writeErr: (text) => {
      stderr += text;
    },
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const program = new Command('netwerkregie');
  registerAdviseCommand(program, io);
  try {
    await program.parseAsync(['advise', ...args], { from: 'user' });
  } catch (error) {
    // As in runCli: commander's parse errors arrive as a thrown CommanderError carrying the exit code.
    if (!(error instanceof CommanderError)) throw error;
    exitCode = error.exitCode;
  }
  return { stdout, stderr, exitCode };
}

const example = [
  '--financing',
  'external',
  '--funder',
  'werkgeversservicepunt',
  '--ownership',
  '4',
  '--phase',
  'opstart',
  '--members',
  '40',
];

function settingsFile(content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'advise-settings-'));
  const file = path.join(dir, 'getallen.json');
  fs.writeFileSync(file, content);
  return file;
}

describe('netwerkregie advise --settings', () => {
  it('advises with the installation’s numbers from the admin reply, the rest from the guide', async () => {
    const plain = networkDesign.parse(JSON.parse((await run([...example, '--format', 'json'])).stdout));
    const file = settingsFile(JSON.stringify({ values: { coordinatorDaysInStartUp: 4 }, version: 3 }));
    const { stdout, stderr, exitCode } = await run([...example, '--format', 'json', '--settings', file]);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const design = networkDesign.parse(JSON.parse(stdout));
    expect(design.financing.coordinatorDaysPerWeek).toBeGreaterThan(plain.financing.coordinatorDaysPerWeek);
  });

  it('says what to fix in a bad number, and refuses a file that is no JSON', async () => {
    const bad = settingsFile(JSON.stringify({ networkMeetingsPerYear: { min: 8, max: 6 } }));
    const refused = await run([...example, '--settings', bad]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toBe(
      '--settings: ‘Netwerkbijeenkomsten per jaar’: het minimum (8) is hoger dan het maximum (6). Maak het minimum kleiner of het maximum groter.\n',
    );
    const notJson = settingsFile('dagen: 3');
    const unread = await run([...example, '--settings', notJson]);
    expect(unread.exitCode).toBe(2);
    expect(unread.stderr).toContain(`--settings: het bestand '${notJson}' kan niet worden gelezen`);
  });
});

describe('netwerkregie advise', () => {
  it('prints the issue’s JSON shape', async () => {
    const { stdout, stderr, exitCode } = await run([...example, '--format', 'json']);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const json: unknown = JSON.parse(stdout);
    const design = networkDesign.parse(json);
    expect(design.roles.length).toBeGreaterThan(0);
    for (const role of design.roles)
      expect(role).toMatchObject({ code: expect.any(String), reason: expect.any(String) });
    for (const task of design.tasks) {
      expect(task).toMatchObject({
        code: expect.any(String),
        responsible: expect.any(String),
        reason: expect.any(String),
      });
    }
    expect(design.governance.formalBoard).toBe(true);
    expect(design.governance.funderMandate).toBe('mission');
    expect(Array.isArray(design.tensions)).toBe(true);
  });

  it('--annual-plan-required adds the annual plan tension', async () => {
    const { stdout } = await run([...example, '--format', 'json', '--annual-plan-required']);
    const design = networkDesign.parse(JSON.parse(stdout));
    const tension = design.tensions.find((t) => t.code === 'annual_plan_vs_needs_driven');
    expect(tension?.reason).toContain('werkgeversservicepunt');
  });

  it('passes what already exists to the advisor', async () => {
    const { stdout } = await run([
      '--financing',
      'contributions_money',
      '--ownership',
      '2',
      '--phase',
      'volwassen',
      '--members',
      '20',
      '--core-group-formed',
      '--coordinator-hours',
      '6,5',
      '--legal-entity',
      '--format',
      'json',
    ]);
    const design = networkDesign.parse(JSON.parse(stdout));
    expect(design.governance.formalBoard).toBe(true);
    expect(design.governance.funderMandate).toBeNull();
    expect(design.tensions.map((t) => t.code)).toContain('coordinator_capacity_short');
    expect(design.checklist.map((c) => c.code)).not.toContain('form_core_group');

    const without = await run([
      '--financing',
      'external',
      '--ownership',
      '3',
      '--phase',
      'opstart',
      '--members',
      '20',
      '--no-coordinator',
      '--format',
      'json',
    ]);
    expect(networkDesign.parse(JSON.parse(without.stdout)).tensions.map((t) => t.code)).toContain('no_coordinator');
  });

  it('prints a readable Dutch summary by default, English with --lang en', async () => {
    const dutch = await run(example);
    expect(dutch.stdout).toMatch(/^Basisinrichting van het netwerk\n/);
    expect(dutch.stdout).toContain('Omdat er een externe financier is (werkgeversservicepunt)');
    const english = await run([...example, '--lang', 'en']);
    expect(english.stdout).toMatch(/^Basic design of the network\n/);
  });

  it('reports each bad flag on its own Dutch line and exits with 2', async () => {
    const { stdout, stderr, exitCode } = await run([
      '--financing',
      'sponsor',
      '--ownership',
      '7',
      '--phase',
      'groei',
      '--members',
      'veel',
      '--format',
      'xml',
    ]);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines).toContain("--format moet text of json zijn; gekregen: 'xml'.");
    expect(stderr).toContain("--financing 'sponsor' is onbekend");
    expect(stderr).toContain(
      "--ownership moet een geheel getal zijn van 1 (voor en door werkgevers) tot en met 5 (volledig ontzorgen); gekregen: '7'.",
    );
    expect(stderr).toContain("--phase 'groei' is onbekend");
    expect(stderr).toContain('--members moet het verwachte aantal deelnemers zijn');
  });

  it('reports missing required flags', async () => {
    const { stderr, exitCode } = await run([]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain('--financing ontbreekt');
    expect(stderr).toContain('--phase ontbreekt');
    expect(stderr).toContain('--ownership moet');
    expect(stderr).toContain('--members moet');
  });

  it('refuses a funder type without an external funder, and hours without a coordinator', async () => {
    const funder = await run([
      '--financing',
      'contributions_money',
      '--funder',
      'gemeente',
      '--ownership',
      '2',
      '--phase',
      'opstart',
      '--members',
      '10',
    ]);
    expect(funder.exitCode).toBe(2);
    expect(funder.stderr).toBe('--funder past alleen bij --financing external of mixed.\n');
    const hours = await run([...example, '--no-coordinator', '--coordinator-hours', '8']);
    expect(hours.stderr).toBe('--coordinator-hours past niet bij --no-coordinator.\n');
  });

  it('translates commander’s own parse errors and exits with 2', async () => {
    const unknown = await run([...example, '--bogus']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toBe('Onbekende optie: --bogus. Zie netwerkregie advise --help.\n');
    const missing = await run(['--financing']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe('--financing heeft een waarde nodig.\n');
  });
});
