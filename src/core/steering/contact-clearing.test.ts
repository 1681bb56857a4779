// Drift alerts cleared by contact moments: when each alert arose, and which contact moments answer it.
import { describe, expect, it } from 'vitest';
import { NOW, fixture } from './fixture.test-data.js';
import { clearContactedAlerts, isAnswered } from './contact-clearing.js';
import { driftAlertSince, engagementLadder } from './ladder.js';

describe('the day a drift alert arose', () => {
  const rows = engagementLadder(fixture(), NOW);
  const byId = new Map(rows.map((r) => [r.organisationId, r]));

  it('E slid when its kerngroep term (ended 31-12-2025) left the 180-day window: 29 June 2026', () => {
    // Quiet since 10-5 (120 days after the last attendance on 10-1), slid since 29-6: the later one counts.
    expect(byId.get('E')).toMatchObject({ alerts: ['slid', 'quiet'], alertSince: '2026-06-29' });
  });

  it('F, member since 1-3-2025 without any activity, went quiet 120 days after joining', () => {
    expect(byId.get('F')).toMatchObject({ alerts: ['quiet'], alertSince: '2025-06-29' });
  });

  it('members without alerts have no start day', () => {
    expect(byId.get('A')!.alertSince).toBeNull();
  });

  it('slid: 180 days after the last event that held the member higher', () => {
    expect(
      driftAlertSince({
        alerts: ['slid'],
        step: 'attends',
        events: [
          { organisationId: 'X', day: '2026-01-05', kind: 'placed', recordId: 'p' },
          { organisationId: 'X', day: '2026-06-01', kind: 'attended', recordId: 'a' },
        ],
        terms: [],
        joinedOn: '2024-01-01',
        lastActivityOn: '2026-06-01',
      }),
    ).toBe('2026-07-04');
  });
});

describe('clearing alerts by a contact moment', () => {
  const ladder = engagementLadder(fixture(), NOW);

  it('a contact moment on or after the day the alert arose clears it and takes the member off the call list', () => {
    const { ladder: rows, whoToCall } = clearContactedAlerts(ladder, new Map([['E', '2026-06-29']]));
    expect(rows.find((r) => r.organisationId === 'E')).toMatchObject({ alerts: [], contactedOn: '2026-06-29' });
    expect(whoToCall.map((r) => r.organisationId)).toEqual(['F']);
  });

  it('a contact moment before the alert arose leaves it standing', () => {
    const { ladder: rows, whoToCall } = clearContactedAlerts(ladder, new Map([['E', '2026-06-28']]));
    expect(rows.find((r) => r.organisationId === 'E')).toMatchObject({ alerts: ['slid', 'quiet'] });
    expect(rows.find((r) => r.organisationId === 'E')!.contactedOn).toBeUndefined();
    expect(whoToCall.map((r) => r.organisationId)).toEqual(['E', 'F']);
  });

  it('a contact with a member without alerts changes nothing; other members keep theirs', () => {
    const { ladder: rows, whoToCall } = clearContactedAlerts(ladder, new Map([['A', '2026-06-30']]));
    expect(rows).toEqual(ladder);
    expect(whoToCall.map((r) => r.organisationId)).toEqual(['E', 'F']);
  });

  it('an alert with no known start is answered by any contact moment', () => {
    expect(isAnswered(null, '2020-01-01')).toBe(true);
    expect(isAnswered('2026-06-29', '2026-06-28')).toBe(false);
    expect(isAnswered('2026-06-29', '2026-06-29')).toBe(true);
  });
});
