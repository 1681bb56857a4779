// The Netwerkregie process: start, and stop cleanly on every exit path so the embedded database is never left running.
import { InstanceLockedError } from './platform/instance-lock.js';
import { ConfigError } from './platform/config.js';
import { startNetwerkregie, type RunningNetwerkregie } from './start.js';

let running: RunningNetwerkregie | undefined;
let exiting = false;

async function shutdown(code: number, reason: string) {
  if (exiting) return;
  exiting = true;
  running?.app.log.info({ reason }, 'stopping');
  const force = setTimeout(() => process.exit(code), 25_000);
  force.unref();
  try {
    await running?.stop();
  } finally {
    process.exit(code);
  }
}

process.on('SIGINT', () => void shutdown(0, 'SIGINT'));
process.on('SIGTERM', () => void shutdown(0, 'SIGTERM'));
process.on('uncaughtException', (error) => {
  console.error(error);
  void shutdown(1, 'uncaughtException');
});
process.on('unhandledRejection', (error) => {
  console.error(error);
  void shutdown(1, 'unhandledRejection');
});
// Last resort when something calls process.exit() directly: ask the embedded server to stop without waiting.
process.on('exit', () => running?.database.embedded?.stopNow());

try {
  running = await startNetwerkregie(process.env);
  running.app.log.info(
    { url: running.url, database: running.database.kind },
    `Netwerkregie draait op ${running.url} (database: ${running.database.kind === 'embedded' ? 'ingebouwd' : 'server'})`,
  );
  // The job queue starts after listening; if it cannot start, stop as a failed start would.
  running.background.catch((error: unknown) => {
    console.error(
      'Netwerkregie: achtergrondtaken konden niet starten:',
      error instanceof Error ? error.message : error,
    );
    void shutdown(1, 'jobs');
  });
} catch (error) {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) console.error(problem);
    process.exit(2);
  }
  if (error instanceof InstanceLockedError) {
    console.error(error.message);
    process.exit(3);
  }
  console.error('Netwerkregie kon niet starten:', error instanceof Error ? error.message : error);
  process.exit(1);
}
