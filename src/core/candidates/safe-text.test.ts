import { describe, expect, it } from 'vitest';
import { BSN_REFUSAL_NL } from './bsn.js';
import { optionalSafeText, safeText } from './safe-text.js';

describe('safeText', () => {
  it('refuses a text with a valid BSN and says why', () => {
    const result = safeText().safeParse('Jan, BSN 123456782');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(BSN_REFUSAL_NL);
  });
  it('accepts other 9-digit numbers such as order numbers', () => {
    expect(safeText().parse('Order 123456789')).toBe('Order 123456789');
    expect(optionalSafeText().parse('')).toBeNull();
    expect(optionalSafeText().safeParse('zie 1234.56.782').success).toBe(false);
  });
});
