import { describe, expect, it } from 'vitest';
import { findBsnInValue } from './no-bsn.js';

describe('findBsnInValue', () => {
  it('finds a BSN in a string at any depth, and not in an id or a password', () => {
    expect(findBsnInValue({ a: [{ note: 'bsn 123456782' }], id: 'x', password: '123456782' })).toEqual([
      { path: ['a', 0, 'note'] },
    ]);
  });

  it('does not walk a file sent as its own bytes: a 4 MB body is passed over at once, not byte by byte', () => {
    // A file full of numbers that pass the eleven-test: the import checks its cells itself.
    const bytes = Buffer.from('123456782;'.repeat((4 * 2 ** 20) / 10), 'utf8');
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const start = performance.now();
    expect(findBsnInValue(bytes)).toEqual([]);
    expect(findBsnInValue({ file: view })).toEqual([]);
    // Walked byte by byte this took seconds per megabyte (the import bench's 23 MB request timed out); skipped, microseconds.
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
