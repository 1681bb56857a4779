// Proves the log scanner itself on a tiny planted log: every kind of leak it must catch is caught, a clean log passes,
// and the app's own URL redaction produces lines the scanner accepts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactUrl } from '../platform/logging.js';
import { collectKnown, passesElevenTest, scanLogDir, scanText, summariseLogDir } from './log-scan.js';

const known = { passwords: ['zeven zwanen zwemmen zuidwaarts'], names: ['Samira', 'Gert'] };
const clean = JSON.stringify({
  level: 30,
  time: 1795769224711,
  reqId: '997568c2-cd7c-418a-bec7-0bf5ef7ddc1e',
  req: { method: 'GET', url: '/api/networks/ce7ed5a8-e378-41d4-927b-a892475833a2/candidates?page=2' },
  responseTime: 12.123456789,
  msg: 'incoming request',
});

function line(url: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({ level: 30, req: { method: 'GET', url }, ...extra, msg: 'incoming request' });
}

describe('log scanner', () => {
  it('passes a clean log line (UUIDs, timestamps and response times are not tokens or BSNs)', () => {
    expect(scanText(clean, known)).toEqual([]);
    expect(scanText(line('/assets/scroll-table-BHU0CEdJ.js'), known)).toEqual([]);
  });

  it.each([
    ['password', JSON.stringify({ body: { password: 'zeven zwanen zwemmen zuidwaarts' } })],
    ['cookie-or-authorization', JSON.stringify({ res: { headers: { 'set-cookie': 'a=b' } } })],
    ['cookie-or-authorization', JSON.stringify({ req: { headers: { cookie: 'netwerkregie.session_token=abc' } } })],
    ['cookie-or-authorization', JSON.stringify({ req: { headers: { authorization: 'Bearer abcdefgh12345678' } } })],
    ['link-token', line('/api/invitations/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA/accept')],
    ['link-token', line('/uitnodiging/abc')],
    ['link-token', line('/mijn-gegevens/rN-_vueb-x4MGsNVBtly2WhwZ6_KFHZb')],
    ['link-token', line('/api/candidate-portal/rN-_vueb-x4MGsNVBtly2WhwZ6_KFHZb/export?format=pdf')],
    ['link-token', line('/api/auth/magic-link/verify?token=kX9sLm2PqR7tVw3yZa5bCd8eFg1hJk4n')],
    ['link-token', line('/wachtwoord-herstellen?token=abc')],
    ['link-token', JSON.stringify({ msg: 'mail sent with kX9sLm2PqR7tVw3yZa5bCd8eFg1hJk4n' })],
    ['email', JSON.stringify({ msg: 'duplicate key (email)=(carla@netwerk.example)' })],
    ['person-name', line('/api/networks/x/people?search=Samira')],
    ['bsn', JSON.stringify({ msg: 'value 111222333 rejected' })],
  ])('catches %s in %s', (rule, text) => {
    expect(scanText(text, known).map((f) => f.rule)).toContain(rule);
  });

  it('accepts the redacted forms the app writes', () => {
    for (const url of [
      '/api/invitations/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA/accept',
      '/api/mail-links/Zm9vYmFyYmF6cXV4MTIz',
      '/api/calendar/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA.ics',
      '/uitnodiging/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA',
      '/afmelden/Zm9vYmFyYmF6cXV4MTIz',
      '/api/pulse/rN-_vueb-x4MGsNVBtly2WhwZ6_KFHZb',
      '/peiling/rN-_vueb-x4MGsNVBtly2WhwZ6_KFHZb',
      '/api/needs-survey/rN-_vueb-x4MGsNVBtly2WhwZ6_KFHZb',
      '/behoeftepeiling/rN-_vueb-x4MGsNVBtly2WhwZ6_KFHZb',
      '/mijn-gegevens/rN-_vueb-x4MGsNVBtly2WhwZ6_KFHZb',
      '/api/candidate-portal/rN-_vueb-x4MGsNVBtly2WhwZ6_KFHZb/export?format=pdf',
      '/api/candidate-portal/rN-_vueb-x4MGsNVBtly2WhwZ6_KFHZb/consents/5d8b2e23-7d8d-460a-9e0c-3f1c2b4a5d6e/withdraw',
      '/inloggen/link?token=kX9sLm2PqR7tVw3yZa5bCd8eFg1hJk4n&callbackURL=%2F',
      '/api/networks/x/people?search=Samira&sort=name',
      // A keyset cursor carries the last row's sort value (here a date and an id; sorted by name it would be a name).
      '/api/networks/x/needs?pageSize=25&cursor=WyIyMDI2LTAxLTEyIDAwOjAwOjAwKzAwIiwiNWQ4YjJlMjMtN2Q4ZC00NjBh',
    ]) {
      const redacted = redactUrl(url)!;
      expect(redacted).toContain('[weggelaten]');
      expect(scanText(line(redacted), known), redacted).toEqual([]);
    }
    expect(redactUrl('/api/networks/x/people?sort=name&page=2')).toBe('/api/networks/x/people?sort=name&page=2');
    // A state-changing request's query string is stored text (a document's title and file name): every value goes.
    expect(redactUrl('/api/networks/x/documents?ownerKind=library&title=Verklaring+Samira+111222333', 'POST')).toBe(
      '/api/networks/x/documents?ownerKind=[weggelaten]&title=[weggelaten]',
    );
    expect(scanText(JSON.stringify({ req: { headers: { cookie: '[weggelaten]' } } }), known)).toEqual([]);
  });

  it('applies the eleven-test to nine-digit numbers', () => {
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
  });

  it('scans a planted log directory and reports file and line; an empty directory has nothing to scan', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-logscan-'));
    try {
      expect(summariseLogDir(dir)).toEqual({ files: [], lines: 0, requests: 0 });
      expect(summariseLogDir(path.join(dir, 'missing')).files).toEqual([]);
      fs.writeFileSync(path.join(dir, 'route-1.log'), `${clean}\n${line('/api/x?token=secret1')}\n`);
      expect(summariseLogDir(dir)).toMatchObject({ lines: 2, requests: 2 });
      const findings = scanLogDir(dir, known);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: 'link-token', line: 2 });
      expect(findings[0]!.file).toMatch(/route-1\.log$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('collects the passwords and candidate names the tests use', () => {
    const found = collectKnown(path.resolve(import.meta.dirname, '../../..'));
    expect(found.passwords).toContain('zeven zwanen zwemmen zuidwaarts');
    expect(found.passwords.length).toBeGreaterThan(10);
    expect(found.names).toEqual(expect.arrayContaining(['Samira', 'Sanne']));
  });
});
