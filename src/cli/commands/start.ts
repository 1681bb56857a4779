// `netwerkregie start`: the same server process as `npm start` (the bundled dist/server/main.js), for installs that run the
// command rather than npm scripts (a systemd unit, a container). Settings come from the environment, as documented.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';

export function registerStartCommand(program: Command) {
  program
    .command('start')
    .description('start Netwerkregie (instellingen uit de omgevingsvariabelen, zie de README)')
    .action(async () => {
      // dist/cli/commands/start.js → dist/server/main.js, the bundle `npm run build` writes.
      const server = new URL('../../server/main.js', import.meta.url);
      if (!existsSync(fileURLToPath(server))) {
        throw new Error('Netwerkregie is nog niet gebouwd. Voer eerst `npm run build` uit.');
      }
      await import(server.href);
    });
}
