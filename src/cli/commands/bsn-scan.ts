// `bsn-scan`: searches the whole database for stored numbers that pass the BSN eleven-test and says where they are (table,
// column, row id), never the number itself, so an operator can clean up data stored before the API refused them.
import type { Command } from 'commander';
import { scanDatabaseForBsn, type BsnFindingRow } from '../../server/platform/db/bsn-scan.js';
import { withCliDatabase } from '../cli-database.js';

export function formatBsnScanReport(result: { findings: BsnFindingRow[]; columns: number }): string {
  const lines = result.findings.map((f) => `tabel ${f.table}, kolom ${f.column}, rij ${f.rowId}`);
  lines.push(
    result.findings.length === 0
      ? `Geen BSN gevonden (${result.columns} tekstkolommen doorzocht).`
      : `${result.findings.length} plaatsen met een getal dat een BSN kan zijn (${result.columns} tekstkolommen doorzocht). Haal het nummer daar weg; de scan toont het nummer zelf niet.`,
  );
  return lines.join('\n');
}

export function registerBsnScanCommand(program: Command) {
  program
    .command('bsn-scan')
    .description(
      'Doorzoek de hele database op opgeslagen getallen die een BSN kunnen zijn (elfproef) en toon waar ze staan (tabel, kolom, rij), zonder het nummer zelf. Wijzigt niets; eindigt met code 1 als er iets gevonden is.',
    )
    .action(async () => {
      await withCliDatabase(async (database) => {
        const result = await scanDatabaseForBsn(database.pool);
        console.log(formatBsnScanReport(result));
        if (result.findings.length > 0) process.exitCode = 1;
      });
    });
}
