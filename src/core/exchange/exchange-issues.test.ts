import { describe, expect, it } from 'vitest';
import { describeIssue } from './exchange-issues.js';
import { exchangeFile } from './exchange-schema.js';

function report(file: unknown) {
  const parsed = exchangeFile.safeParse(file);
  if (parsed.success) throw new Error('expected a rejected file');
  return Object.fromEntries(
    parsed.error.issues.map((i) => describeIssue(i, file)).map((i) => [i.path.join('.'), i.message]),
  );
}

const header = { format: 'netwerkregie-exchange', version: '1.0', kind: 'job_seekers' };

describe('exchange issues in plain Dutch', () => {
  it('names missing, too large, unknown, badly formatted and wrongly typed fields', () => {
    const messages = report({
      ...header,
      items: [
        { identifier: 'A', hoursPerWeek: 99, consentOwnNetworkGivenOn: '2026-01-05' },
        { identifier: 'B', email: 'x@y.nl' },
        { identifier: 'C', consentOwnNetworkGivenOn: '5 januari', hoursPerWeek: 'veel', postalCodeArea: '0123' },
        { identifier: 'D', consentOwnNetworkGivenOn: '2026-01-05', targetGroupRegister: 'misschien' },
      ],
    });
    expect(messages['items.0.hoursPerWeek']).toBe('Te groot: hoogstens 60.');
    expect(messages['items.1.consentOwnNetworkGivenOn']).toBe('Dit veld is verplicht en ontbreekt.');
    expect(messages['items.1']).toContain('Onbekend veld "email"');
    expect(messages['items.2.consentOwnNetworkGivenOn']).toBe(
      'Geen geldige datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-01.',
    );
    expect(messages['items.2.hoursPerWeek']).toBe('Verkeerd soort waarde: verwacht een getal.');
    expect(messages['items.2.postalCodeArea']).toBe('Ongeldige waarde: vier cijfers, het cijferdeel van de postcode.');
    expect(messages['items.3.targetGroupRegister']).toBe('Ongeldige waarde: kies uit "yes", "no", "unknown".');
  });

  it('explains an unknown kind of file and an empty list', () => {
    expect(Object.values(report({ ...header, kind: 'cv', items: [] }))[0]).toContain('"kind" moet "job_seekers"');
    expect(report({ ...header, items: [] }).items).toBe('Te klein: minstens 1 items.');
  });
});
