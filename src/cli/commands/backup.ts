// `backup` and `restore`.
import type { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { RestoreRefusedError, restoreBackup, writeBackup } from '../../server/modules/backup/backup.service.js';
import { withCliDatabase } from '../cli-database.js';

export function registerBackupCommands(program: Command) {
  program
    .command('backup')
    .description('Schrijf een backup van alle gegevens naar één bestand (ook terwijl de app draait).')
    .argument('[bestand]', 'doelbestand (standaard netwerkregie-<datum>.backup.json.gz)')
    .action(async (file: string | undefined) => {
      const target = file ?? `netwerkregie-${new Date().toISOString().replace(/[:.]/g, '-')}.backup.json.gz`;
      await withCliDatabase(async (database) => {
        // Progress on stderr (stdout keeps the one result line): tables and rows done, at most a few times a second.
        let shown = 0;
        const result = await writeBackup(database.pool, path.resolve(target), (p) => {
          if (Date.now() - shown < 250 && p.tablesDone < p.tables) return;
          shown = Date.now();
          process.stderr.write(`\rBackup: ${p.tablesDone}/${p.tables} tabellen, ${p.rows} rijen (${p.table})\x1b[K`);
        });
        process.stderr.write('\n');
        console.log(
          `Backup geschreven naar ${path.resolve(target)}: ${result.tables} tabellen, ${result.rows} rijen, ${Math.round(result.bytes / 1024)} kB.`,
        );
      });
    });

  program
    .command('restore')
    .description('Zet een backup terug in een lege database (of overschrijf met --force).')
    .argument('<bestand>', 'de backup')
    .option('--force', 'overschrijf een database die al gegevens heeft', false)
    .action(async (file: string, options: { force: boolean }) => {
      if (!fs.existsSync(file)) {
        console.error(`Het bestand ${file} bestaat niet.`);
        process.exitCode = 2;
        return;
      }
      await withCliDatabase(async (database) => {
        try {
          const result = await restoreBackup(database.pool, path.resolve(file), { force: options.force });
          console.log(`Backup teruggezet: ${result.rows} rijen in ${result.tables} tabellen.`);
        } catch (error) {
          if (!(error instanceof RestoreRefusedError)) throw error;
          console.error(error.message);
          process.exitCode = 2;
        }
      });
    });
}
