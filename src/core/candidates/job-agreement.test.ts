import { describe, expect, it } from 'vitest';
import { jobsForPlacement, totalJobs } from './job-agreement.js';

describe('jobsForPlacement', () => {
  it('counts hours / 25.5 to two decimals when the doelgroepregister status is yes', () => {
    expect(jobsForPlacement(20, 'yes')).toBe(0.78);
    expect(jobsForPlacement(25.5, 'yes')).toBe(1);
    expect(jobsForPlacement(36, 'yes')).toBe(1.41);
    expect(jobsForPlacement(12, 'yes')).toBe(0.47);
  });
  it('counts nothing when the status is no or unknown, or without hours', () => {
    expect(jobsForPlacement(20, 'no')).toBe(0);
    expect(jobsForPlacement(20, 'unknown')).toBe(0);
    expect(jobsForPlacement(0, 'yes')).toBe(0);
  });
  it('sums counts to two decimals', () => {
    expect(totalJobs([0.78, 0.78, 0.47])).toBe(2.03);
    expect(totalJobs([])).toBe(0);
  });
});
