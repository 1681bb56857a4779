import { describe, expect, it, vi } from 'vitest';
import { findBsnInValue } from './no-bsn.js';

describe('findBsnInValue', () => {
  it('finds a BSN in a string at any depth, and not in an id or a password', () => {
    expect(findBsnInValue({ a: [{ note: 'bsn 123456782' }], id: 'x', password: '123456782' })).toEqual([
      { path: ['a', 0, 'note'] },
    ]);
  });

  it('does not walk a file sent as its own bytes: the bytes are passed over, not taken apart entry by entry', () => {
    // A file full of numbers that pass the eleven-test: the import checks its cells itself. Walked as an object, a file gave
    // one entry per byte (the import bench's 23 MB request blocked the server for minutes); the speed is the import bench's.
    const bytes = Buffer.from('123456782;'.repeat(1_000), 'utf8');
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries = vi.spyOn(Object, 'entries');
    try {
      expect(findBsnInValue(bytes)).toEqual([]);
      expect(findBsnInValue(view.buffer)).toEqual([]);
      expect(findBsnInValue({ file: view, note: 'bsn 123456782' })).toEqual([{ path: ['note'] }]);
      // Only the wrapper object was taken apart; neither file.
      expect(entries.mock.calls.map(([value]) => value)).toEqual([{ file: view, note: 'bsn 123456782' }]);
    } finally {
      entries.mockRestore();
    }
  });
});
