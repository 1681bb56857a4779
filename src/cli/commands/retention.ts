// `retention [--dry-run]`: erase the personal fields of candidates whose retention period after leaving has passed, in every
// network; the same function a scheduled job calls (runRetentionForAll). `--datum` previews another day, only with --dry-run.
import { CommanderError, InvalidArgumentError, type Command } from 'commander';
import { runRetentionForAll } from '../../server/modules/candidates/retention.service.js';
import { SYSTEM_ACTOR } from '../../server/platform/access.js';
import { withCliDatabase } from '../cli-database.js';

type RetentionRun = Awaited<ReturnType<typeof runRetentionForAll>>;

export function formatRetentionReport(results: RetentionRun): string {
  const lines: string[] = [];
  let total = 0;
  const dryRun = results[0]?.dryRun ?? true;
  for (const r of results) {
    total += r.erased.length;
    if (r.erased.length === 0) continue;
    lines.push(
      `Netwerk ${r.networkId}: ${r.erased.length} ${dryRun ? 'te wissen' : 'gewist'} — ${r.erased.map((e) => `${e.code} (uit ${e.leftOn})`).join(', ')}`,
    );
  }
  const today = results[0]?.today ?? '';
  lines.push(
    dryRun
      ? `Proefdraai op ${today}: ${total} kandidaten zouden gewist worden. Er is niets gewijzigd.`
      : `Bewaartermijn toegepast op ${today}: van ${total} kandidaten zijn de persoonsgegevens gewist.`,
  );
  return lines.join('\n');
}

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('gebruik een datum als 2026-03-15');
  return value;
}

export function registerRetentionCommand(program: Command) {
  program
    .command('retention')
    .description(
      'Pas de bewaartermijn toe: wis de persoonsgegevens van kandidaten die langer dan de termijn (standaard 24 maanden) geleden zijn uitgestroomd.',
    )
    .option('--dry-run', 'toon alleen wie gewist zou worden, wijzig niets', false)
    .option('--datum <datum>', 'reken alsof het deze dag is (alleen met --dry-run)', isoDay)
    // Parse errors reach runCli as a thrown CommanderError (exit 2), as for the other commands.
    .exitOverride()
    .action(async (options: { dryRun: boolean; datum?: string }) => {
      if (options.datum && !options.dryRun) {
        const message = '--datum mag alleen samen met --dry-run: wissen gebeurt altijd op de echte datum.';
        console.error(message);
        throw new CommanderError(2, 'netwerkregie.retention.datum', message);
      }
      const now = options.datum ? new Date(`${options.datum}T12:00:00Z`) : new Date();
      await withCliDatabase(async (database) => {
        const results = await runRetentionForAll({ db: database.db, actor: SYSTEM_ACTOR, now, dryRun: options.dryRun });
        console.log(formatRetentionReport(results));
      });
    });
}
