// Whether a process still runs: for the instance lock and for a database server left behind by a killed app.
import fs from 'node:fs';

/** Whether a process runs. A zombie (exited, not yet reaped by a parent that does not reap) does not run. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (or it vanished meanwhile): trust the signal check
  }
}
