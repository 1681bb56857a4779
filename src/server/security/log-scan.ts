// Scans the logs of a test run for secrets and personal data: the passwords the tests use, session cookies and
// authorization headers, the link tokens the app issues (invitations, mail links, calendar feeds, sign-in and reset
// links), e-mail addresses, the names of candidates and people from the fixtures and the demo, and BSN-like numbers that
// pass the eleven-test. Used by `log-scan.logscan.ts` (the last step of `npm test`) and proven by `log-scan.test.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { FIRST_NAMES } from '../../core/demo/demo-word-lists.js';

export type Rule = 'password' | 'cookie-or-authorization' | 'link-token' | 'email' | 'person-name' | 'bsn';

export interface Finding {
  rule: Rule;
  file: string;
  line: number;
  match: string;
}

export interface Known {
  passwords: string[];
  names: string[];
}

const REDACTED = /^\[weggelaten\]|^%5Bweggelaten%5D/;

/** A Dutch citizen service number: nine digits passing the eleven-test (9·d1 + … + 2·d8 − d9 ≡ 0 mod 11), not all zeros. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const COOKIE_OR_AUTH = [
  /"(?:set-cookie|cookie|authorization)"\s*:\s*"(?!\[weggelaten\])[^"]/gi,
  /session_token=[^;\s"&]+/gi,
  /\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g,
];
/** A link token in a path: the segment after one of these prefixes. */
const TOKEN_PATH =
  /\/(?:invitations|mail-links|calendar|uitnodiging|afmelden|aanmelden|candidate-portal|mijn-gegevens)\/([^/?#"\s]+)/g;
/** A secret in a query string. */
const TOKEN_PARAM = /[?&](?:token|code|secret|password|wachtwoord)=([^&#"\s]*)/gi;
/**
 * A bare random token as the app issues them (base64url of 18–32 random bytes, better-auth's 32-character ids): a run of
 * 20+ URL-safe characters mixing upper case, lower case and digits. UUIDs and hex are lower case only, so they never match.
 */
const BARE_TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g;
const ASSET_PATH = /\/assets\/[\w.-]+/g;
const NINE_DIGITS = /(?<![\w.])\d{9}(?![\w.])/g;

function looksLikeToken(text: string): boolean {
  return /[A-Z]/.test(text) && /[a-z]/.test(text) && /\d/.test(text) && !/^[A-Za-z]+(?:_[A-Za-z]+)+$/.test(text);
}

export function scanText(text: string, known: Known, file = '<text>'): Finding[] {
  const findings: Finding[] = [];
  const passwords = known.passwords.filter((p) => p.length >= 8);
  const namePattern =
    known.names.length > 0 ? new RegExp(`\\b(?:${known.names.map(escapeRegExp).join('|')})\\b`, 'g') : undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.length === 0) continue;
    const add = (rule: Rule, match: string) =>
      findings.push({ rule, file, line: index + 1, match: match.length > 80 ? `${match.slice(0, 80)}…` : match });
    for (const password of passwords) if (line.includes(password)) add('password', password);
    for (const pattern of COOKIE_OR_AUTH) for (const m of line.matchAll(pattern)) add('cookie-or-authorization', m[0]);
    for (const m of line.matchAll(TOKEN_PATH)) if (!REDACTED.test(m[1]!)) add('link-token', m[0]);
    for (const m of line.matchAll(TOKEN_PARAM)) if (m[1] !== '' && !REDACTED.test(m[1]!)) add('link-token', m[0]);
    // Built web assets carry a content hash in their names (/assets/scroll-table-BHU0CEdJ.js): not a secret.
    for (const m of line.replace(ASSET_PATH, '').matchAll(BARE_TOKEN))
      if (looksLikeToken(m[0])) add('link-token', m[0]);
    for (const m of line.matchAll(EMAIL)) add('email', m[0]);
    if (namePattern) for (const m of line.matchAll(namePattern)) add('person-name', m[0]);
    for (const m of line.matchAll(NINE_DIGITS)) if (passesElevenTest(m[0])) add('bsn', m[0]);
  }
  return findings;
}

function walk(dir: string, accept: (file: string) => boolean, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(full, accept, out);
    } else if (accept(full)) out.push(full);
  }
  return out;
}

/**
 * The secrets and names the tests use, read from their sources: every string literal assigned to something called
 * `password` in the route, unit and end-to-end tests and their helpers, every candidate `firstName` there, and the demo's
 * first names.
 */
export function collectKnown(repoRoot: string): Known {
  const sources = [
    ...walk(path.join(repoRoot, 'src'), (f) => /\.test\.ts$/.test(f) || f.includes(`${path.sep}test${path.sep}`)),
    ...walk(path.join(repoRoot, 'e2e'), (f) => f.endsWith('.ts')),
  ];
  const passwords = new Set<string>();
  const names = new Set<string>(FIRST_NAMES.filter((n) => n.length >= 3));
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/[pP](?:assword|ASSWORD)\w*['"]?\s*[:=]\s*(['"`])([^'"`\n$]{8,})\1/g))
      passwords.add(m[2]!);
    for (const m of text.matchAll(/firstName:\s*(['"])([A-Z][a-zà-ÿ]{2,})\1/g)) {
      if (!['Voornaam', 'First'].includes(m[2]!)) names.add(m[2]!);
    }
  }
  return { passwords: [...passwords], names: [...names] };
}

export interface LogDirSummary {
  files: string[];
  lines: number;
  requests: number;
}

export function summariseLogDir(dir: string): LogDirSummary {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.log'))
        .map((f) => path.join(dir, f))
    : [];
  let lines = 0;
  let requests = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const line of text.split('\n')) {
      if (line.length === 0) continue;
      lines++;
      if (line.includes('"incoming request"')) requests++;
    }
  }
  return { files, lines, requests };
}

export function scanLogDir(dir: string, known: Known): Finding[] {
  return summariseLogDir(dir).files.flatMap((file) =>
    scanText(fs.readFileSync(file, 'utf8'), known, path.relative(process.cwd(), file)),
  );
}
