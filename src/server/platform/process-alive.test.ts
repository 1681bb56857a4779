import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { isAlive } from './process-alive.js';

describe('isAlive', () => {
  it('is true for a running process and false for one that has gone', async () => {
    expect(isAlive(process.pid)).toBe(true);
    const child = spawn('true');
    await once(child, 'exit');
    expect(isAlive(child.pid!)).toBe(false);
  });

  it('is false for a zombie: exited, but its parent never reaped it', async () => {
    // `sleep 0.1` exits while its parent has become `sleep 5`, which never waits for children.
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const [chunk] = (await once(parent.stdout!, 'data')) as [Buffer];
      const zombie = Number(chunk.toString().trim());
      await new Promise((r) => setTimeout(r, 600));
      expect(() => process.kill(zombie, 0)).not.toThrow(); // the signal check alone still sees it
      expect(isAlive(zombie)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
