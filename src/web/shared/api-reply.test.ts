// The browser's reply check (decision 018): a reply that fits its contract passes through in its wire form; one that does
// not is an ApiError with code bad_reply naming the field. Pure: no fetch.
import { describe, expect, it } from 'vitest';
import { candidateDetail, candidatePage } from '../../core/candidates/candidates.contract.js';
import { organisationsPage } from '../../core/members/members.contract.js';
import { ApiError, badReplyCode, checkReply } from './api-reply.js';

const row = {
  id: '6f1c2b1e-0000-4000-8000-000000000001',
  code: 'K-0001',
  status: 'registered',
  place: 'Zwolle',
  hoursPerWeek: 24,
  referredBy: null,
  targetGroupRegister: 'yes',
  erased: false,
  createdAt: '2026-11-30T09:15:00.000Z',
};

describe('checkReply', () => {
  it('returns a fitting reply as it came, instants still as text', () => {
    const reply = { items: [row], total: 1, page: 1, pageSize: 25 };
    const checked = checkReply(candidatePage, reply, 'GET /candidates');
    expect(checked).toBe(reply);
    expect(typeof checked.items[0]?.createdAt).toBe('string');
  });

  it('refuses a reply with a missing field and names the field', () => {
    const { contactCount: _dropped, ...withoutCount } = {
      id: 'o1',
      kind: 'employer',
      name: 'Bouwbedrijf Hendriks',
      kvkNumber: '12345678',
      sector: null,
      sizeClass: null,
      postcode: '8011 AB',
      city: 'Zwolle',
      labourMarketRegion: null,
      membershipStatus: 'member',
      contactCount: 2,
    };
    const reply = { items: [withoutCount], total: 1, page: 1, pageSize: 25 };
    let error: unknown;
    try {
      checkReply(organisationsPage, reply, 'GET /organisations');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(badReplyCode);
    expect((error as ApiError).message).toContain('items.0.contactCount');
  });

  it('refuses an instant that is not ISO text (a Date would never arrive as JSON; a day is not an instant)', () => {
    const reply = { items: [{ ...row, createdAt: '30-11-2026' }], total: 1, page: 1, pageSize: 25 };
    expect(() => checkReply(candidatePage, reply, 'GET /candidates')).toThrow(/items\.0\.createdAt/);
  });

  it('lets the server encode a Date into the text the browser checks', async () => {
    const { z } = await import('zod');
    const detail = z.encode(candidateDetail, {
      id: 'c1',
      code: 'K-0002',
      firstName: 'Sanne',
      email: null,
      phone: null,
      place: null,
      postcodeArea: null,
      wishes: null,
      hoursPerWeek: null,
      supportNeeded: [],
      availableFrom: null,
      referredBy: null,
      targetGroupRegister: 'unknown',
      targetGroupRegisterOn: null,
      status: 'registered',
      statusReason: null,
      leftOn: null,
      erasedAt: null,
      eraseOn: null,
      createdAt: new Date('2026-12-01T08:00:00Z'),
      version: 1,
      consents: [],
      statusHistory: [],
    });
    expect(detail.createdAt).toBe('2026-12-01T08:00:00.000Z');
    const wire: unknown = JSON.parse(JSON.stringify(detail));
    expect(checkReply(candidateDetail, wire, 'GET /candidates/c1').createdAt).toBe('2026-12-01T08:00:00.000Z');
  });
});
