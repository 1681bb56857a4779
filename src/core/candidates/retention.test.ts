import { describe, expect, it } from 'vitest';
import { retentionDecision } from './retention.js';

describe('retentionDecision', () => {
  const left = { status: 'left', leftOn: '2024-03-10', erasedAt: null };
  it('keeps candidates who have not left', () => {
    expect(retentionDecision({ status: 'matching', leftOn: null, erasedAt: null }, 24, '2030-01-01')).toEqual({
      action: 'keep',
      reason: 'active',
    });
  });
  it('erases on the day the period after leaving ends, not before', () => {
    expect(retentionDecision(left, 24, '2026-03-09')).toEqual({
      action: 'keep',
      reason: 'within_period',
      eraseOn: '2026-03-10',
    });
    expect(retentionDecision(left, 24, '2026-03-10')).toEqual({ action: 'erase', eraseOn: '2026-03-10' });
    expect(retentionDecision({ ...left, status: 'stopped' }, 6, '2024-09-10').action).toBe('erase');
  });
  it('does nothing twice', () => {
    expect(retentionDecision({ ...left, erasedAt: new Date() }, 24, '2030-01-01').action).toBe('none');
  });
});
