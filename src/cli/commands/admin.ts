// `migrate`, `create-admin` and `demo`.
import type { Command } from 'commander';
import { createAuth } from '../../server/platform/auth.js';
import { runMigrations } from '../../server/platform/db/migrate.js';
import { AppError } from '../../server/platform/errors.js';
import { errorMessage } from '../../server/platform/messages.js';
import { loadDemoNetwork } from '../../server/modules/demo/demo.service.js';
import { grantRoleByEmail } from '../../server/modules/networks/network-membership.js';
import { createPlatformAdmin } from '../../server/modules/setup/setup.service.js';
import { resolveAuthSecret } from '../../server/start.js';
import { withCliDatabase } from '../cli-database.js';

function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const issues = error.issues?.map((i) => `  ${i.path.at(-1)}: ${errorMessage('nl', i.message)}`).join('\n');
    return [errorMessage('nl', error.message, error.params), issues].filter(Boolean).join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}

export function registerAdminCommands(program: Command) {
  program
    .command('migrate')
    .description('Werk de database bij naar de nieuwste versie (gebeurt ook bij elke start).')
    .action(async () => {
      await withCliDatabase(
        async (database) => {
          const migration = await runMigrations(database.pool);
          console.log(
            `Database is bijgewerkt (${migration}, ${database.kind === 'embedded' ? 'ingebouwd' : 'server'}).`,
          );
        },
        { migrate: false },
      );
    });

  program
    .command('create-admin')
    .description('Maak een platformbeheerder aan.')
    .requiredOption('--email <adres>', 'e-mailadres van de beheerder')
    .requiredOption('--name <naam>', 'naam van de beheerder')
    .option('--password <wachtwoord>', 'wachtwoord (minstens 12 tekens); anders uit NETWERKREGIE_ADMIN_PASSWORD')
    .action(async (options: { email: string; name: string; password?: string }) => {
      const password = options.password ?? process.env.NETWERKREGIE_ADMIN_PASSWORD;
      if (!password) {
        console.error('Geef een wachtwoord met --password of in NETWERKREGIE_ADMIN_PASSWORD.');
        process.exitCode = 2;
        return;
      }
      await withCliDatabase(async (database, config) => {
        const auth = createAuth({
          db: database.db,
          secret: resolveAuthSecret(config),
          baseUrl: config.publicUrl ?? `http://localhost:${config.port}`,
          secureCookies: false,
          mailer: { passwordReset: async () => undefined, magicLink: async () => undefined },
        });
        try {
          await createPlatformAdmin({
            db: database.db,
            auth,
            input: { name: options.name, email: options.email, password },
          });
          console.log(`Platformbeheerder ${options.email} is aangemaakt.`);
        } catch (error) {
          console.error(describeError(error));
          process.exitCode = 2;
        }
      });
    });

  program
    .command('demo')
    .description(
      'Laad een gegenereerd demonetwerk (ongeveer 60 werkgevers, twee jaar activiteiten). Nooit echte personen.',
    )
    .option('--seed <getal>', 'startwaarde van de generator; dezelfde seed geeft dezelfde gegevens', '1')
    .option('--coordinator <email>', 'maak dit bestaande account netwerkcoördinator van het demonetwerk')
    .action(async (options: { seed: string; coordinator?: string }) => {
      const seed = Number(options.seed);
      if (!Number.isInteger(seed) || seed < 0) {
        console.error(`--seed moet een geheel getal van 0 of meer zijn, niet "${options.seed}".`);
        process.exitCode = 2;
        return;
      }
      await withCliDatabase(async (database) => {
        try {
          const started = performance.now();
          const result = await database.db.transaction(async (tx) => {
            const demo = await loadDemoNetwork({ db: tx, seed });
            if (options.coordinator) {
              const email = options.coordinator.toLowerCase();
              const granted = await grantRoleByEmail(tx, { networkId: demo.networkId, email, role: 'coordinator' });
              if (!granted) throw new Error(`Er is geen account met e-mailadres ${email}.`);
            }
            return demo;
          });
          const summary = Object.entries(result.counts)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', ');
          console.log(
            `Demonetwerk "${result.name}" is geladen in ${Math.round(performance.now() - started)} ms (${summary}).`,
          );
        } catch (error) {
          console.error(describeError(error));
          process.exitCode = 2;
        }
      });
    });
}
