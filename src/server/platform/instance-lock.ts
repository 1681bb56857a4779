// One Netwerkregie per data directory. The lock file names the running instance so a second start can say which one holds it;
// a lock left by a process that no longer runs (a crash, SIGKILL) is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { isAlive } from './process-alive.js';

export interface LockOwner {
  pid: number;
  url: string | null;
  startedAt: string;
}

export class InstanceLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `Netwerkregie draait al op de datamap ${dataDir} (proces ${owner.pid}${owner.url ? `, ${owner.url}` : ''}, gestart ${owner.startedAt}). ` +
        'Stop dat proces eerst, of start deze met een andere DATA_DIR.',
    );
  }
}

export interface InstanceLock {
  setUrl(url: string): void;
  release(): void;
}

export function acquireInstanceLock(dataDir: string): InstanceLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'netwerkregie.lock');
  const owner: LockOwner = { pid: process.pid, url: null, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(owner), { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        setUrl(url) {
          owner.url = url;
          if (!released) fs.writeFileSync(file, JSON.stringify(owner), { mode: 0o600 });
        },
        release() {
          if (released) return;
          released = true;
          try {
            const current = JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner;
            if (current.pid === process.pid) fs.rmSync(file, { force: true });
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let existing: LockOwner | undefined;
      try {
        existing = JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner;
      } catch {
        existing = undefined; // half-written or unreadable: treat as stale
      }
      if (existing && existing.pid !== process.pid && isAlive(existing.pid))
        throw new InstanceLockedError(dataDir, existing);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Kon de datamap ${dataDir} niet vergrendelen.`);
}
