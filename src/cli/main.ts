// `netwerkregie` — the command line: thin wrappers over the same services the app uses.
import { Command, CommanderError } from 'commander';
import { registerAdviseCommand } from './commands/advise.js';
import { registerAdminCommands } from './commands/admin.js';
import { registerBackupCommands } from './commands/backup.js';
import { registerBsnScanCommand } from './commands/bsn-scan.js';
import { registerRetentionCommand } from './commands/retention.js';
import { registerStartCommand } from './commands/start.js';
import { ConfigError } from '../server/platform/config.js';

export function buildProgram(): Command {
  const program = new Command('netwerkregie')
    .description('Netwerkregie: inrichten, aansturen en draaien van een inclusief werkgeversnetwerk.')
    .version('0.1.0', '-v, --version', 'toon het versienummer')
    .helpOption('-h, --help', 'toon hulp bij dit commando')
    .addHelpCommand('help [commando]', 'toon hulp bij een commando')
    .showHelpAfterError('(gebruik --help voor hulp)')
    .configureOutput({ outputError: (text, write) => write(text) });
  registerStartCommand(program);
  registerAdminCommands(program);
  registerBackupCommands(program);
  registerAdviseCommand(program);
  registerRetentionCommand(program);
  registerBsnScanCommand(program);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 1 ? 2 : error.exitCode;
    if (error instanceof ConfigError) {
      for (const p of error.problems) console.error(p);
      return 2;
    }
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
