import { describe, expect, it } from 'vitest';
import {
  ADMISSION_STATUS,
  IMPORT_MEMBERSHIP_STATUSES,
  MEMBERSHIP_STATUSES,
  checkMembershipMove,
  isMember,
  nextMembershipStatuses,
} from './membership-rules.js';

describe('membership pipeline', () => {
  it('walks prospect → applied → admitted → active → paused → ended', () => {
    expect(checkMembershipMove('prospect', 'applied', null)).toBeNull();
    expect(checkMembershipMove('applied', 'admitted', null)).toBeNull();
    expect(checkMembershipMove('admitted', 'active', null)).toBeNull();
    expect(checkMembershipMove('active', 'paused', null)).toBeNull();
    expect(checkMembershipMove('paused', 'ended', 'Bedrijf verhuisd')).toBeNull();
  });
  it('needs a reason to end and refuses skipping admission', () => {
    expect(checkMembershipMove('active', 'ended', '  ')).toBe('reason_required');
    expect(checkMembershipMove('prospect', 'active', null)).toBe('transition_not_allowed');
    expect(checkMembershipMove('ended', 'active', null)).toBe('transition_not_allowed');
  });
  it('every status can end, and only admitted/active/paused count as member', () => {
    for (const s of MEMBERSHIP_STATUSES) if (s !== 'ended') expect(nextMembershipStatuses(s)).toContain('ended');
    expect(MEMBERSHIP_STATUSES.filter(isMember)).toEqual(['admitted', 'active', 'paused']);
  });
  it('imports start at the admission step: the status the kerngroep admits from', () => {
    expect(ADMISSION_STATUS).toBe('applied');
    expect(nextMembershipStatuses(ADMISSION_STATUS)).toContain('admitted');
    expect(IMPORT_MEMBERSHIP_STATUSES).toContain(ADMISSION_STATUS);
  });
});
