// Exchange with the outside: export and import of job-seeker profiles (pseudonymous) and vacancies in the open JSON format
// of docs/exchange. An import is checked completely first — structure, duplicates inside the file, identifiers the
// network already has, employers it does not know — and either every item is written in one transaction or nothing is,
// with a report that names each problem by its place in the file.
import {
  duplicateIdentifiers,
  exchangeFile,
  type ExchangeFile,
  type ExchangeIssue,
} from '../../../core/exchange/exchange-schema.js';
import { describeIssue } from '../../../core/exchange/exchange-issues.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import {
  findTakenCandidateCodes,
  insertCandidateConsent,
  insertImportedCandidate,
  insertWorkOpportunities,
  listExportableCandidates,
  listOpenVacancies,
  listOrganisationsForMatching,
  listOwnNetworkConsents,
} from './exchange.repository.js';

registerErrorMessages({
  nl: { exchange_file_rejected: 'Het bestand is niet ingelezen: {count} probleem/problemen. Er is niets opgeslagen.' },
  en: { exchange_file_rejected: 'The file was not imported: {count} problem(s). Nothing was saved.' },
});

const SCHEMA_BASE = 'https://netwerkregie.nl/schemas/exchange/1.0/exchange-file.schema.json';

export async function exportJobSeekers({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'exchange.manage', networkId);
  const rows = await listExportableCandidates(db, networkId);
  const consents = await listOwnNetworkConsents(db, networkId);
  const consentOf = new Map(consents.map((c) => [c.candidateId, c.givenOn]));
  return {
    $schema: SCHEMA_BASE,
    format: 'netwerkregie-exchange' as const,
    version: '1.0' as const,
    kind: 'job_seekers' as const,
    items: rows
      .filter((c) => consentOf.has(c.id))
      .map((c) => ({
        identifier: c.code,
        ...(c.postcodeArea ? { postalCodeArea: c.postcodeArea } : {}),
        ...(c.wishes ? { desiredOccupation: c.wishes } : {}),
        ...(c.hoursPerWeek !== null ? { hoursPerWeek: Number(c.hoursPerWeek) } : {}),
        ...(c.availableFrom ? { availableFrom: c.availableFrom } : {}),
        supportNeeded: c.supportNeeded,
        targetGroupRegister: c.targetGroupRegister,
        consentOwnNetworkGivenOn: consentOf.get(c.id)!,
      })),
  };
}

export async function exportVacancies({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'exchange.manage', networkId);
  const rows = await listOpenVacancies(db, networkId);
  return {
    $schema: SCHEMA_BASE,
    format: 'netwerkregie-exchange' as const,
    version: '1.0' as const,
    kind: 'vacancies' as const,
    items: rows.map(({ o, orgName, kvk }) => ({
      identifier: o.id,
      title: o.title,
      employmentType: o.kind,
      hiringOrganization: { name: orgName, ...(kvk ? { kvkNumber: kvk } : {}) },
      ...(o.hoursPerWeek !== null ? { hoursPerWeek: Number(o.hoursPerWeek) } : {}),
      ...(o.place ? { jobLocation: o.place } : {}),
      ...(o.postcodeArea ? { postalCodeArea: o.postcodeArea } : {}),
      ...(o.requirements ? { qualifications: o.requirements } : {}),
      ...(o.startsOn ? { startDate: o.startsOn } : {}),
    })),
  };
}

function reject(issues: ExchangeIssue[]): never {
  throw new AppError('validation_failed', 'exchange_file_rejected', issues, { count: issues.length });
}

export async function importExchangeFile({
  db,
  actor,
  networkId,
  file,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  file: unknown;
}): Promise<{ kind: ExchangeFile['kind']; imported: number }> {
  authorize(actor, 'exchange.manage', networkId);
  const parsed = exchangeFile.safeParse(file);
  if (!parsed.success) reject(parsed.error.issues.map((i) => describeIssue(i, file)));
  const data = parsed.data;
  const issues = duplicateIdentifiers(data.items);
  return db.transaction(async (tx) => {
    if (data.kind === 'job_seekers') {
      const codes = data.items.map((i) => i.identifier);
      const taken = new Set(await findTakenCandidateCodes(tx, networkId, codes));
      data.items.forEach((item, i) => {
        if (taken.has(item.identifier))
          issues.push({
            path: ['items', i, 'identifier'],
            message: `Er staat al een kandidaat met kenmerk "${item.identifier}" in dit netwerk.`,
          });
      });
      if (issues.length > 0) reject(issues);
      for (const item of data.items) {
        const row = await insertImportedCandidate(tx, {
          networkId,
          code: item.identifier,
          postcodeArea: item.postalCodeArea ?? null,
          wishes: item.desiredOccupation ?? null,
          hoursPerWeek: item.hoursPerWeek === undefined ? null : String(item.hoursPerWeek),
          availableFrom: item.availableFrom ?? null,
          supportNeeded: item.supportNeeded,
          targetGroupRegister: item.targetGroupRegister,
          referredBy: 'partner_network',
        });
        await insertCandidateConsent(tx, {
          networkId,
          candidateId: row!.id,
          recipient: 'own_network',
          givenOn: item.consentOwnNetworkGivenOn,
          recordedBy: actor.userId,
        });
      }
    } else {
      const orgs = await listOrganisationsForMatching(tx, networkId);
      const orgIds = data.items.map((item, i) => {
        const org =
          (item.hiringOrganization.kvkNumber && orgs.find((o) => o.kvk === item.hiringOrganization.kvkNumber)) ||
          orgs.find((o) => o.name.trim().toLowerCase() === item.hiringOrganization.name.trim().toLowerCase());
        if (!org)
          issues.push({
            path: ['items', i, 'hiringOrganization'],
            message: `Werkgever "${item.hiringOrganization.name}" is in dit netwerk niet bekend; voeg de organisatie eerst toe.`,
          });
        return org?.id;
      });
      if (issues.length > 0) reject(issues);
      await insertWorkOpportunities(
        tx,
        data.items.map((item, i) => ({
          networkId,
          organisationId: orgIds[i]!,
          title: item.title,
          kind: item.employmentType,
          hoursPerWeek: item.hoursPerWeek === undefined ? null : String(item.hoursPerWeek),
          place: item.jobLocation ?? null,
          postcodeArea: item.postalCodeArea ?? null,
          requirements: item.qualifications ?? null,
          startsOn: item.startDate ?? null,
        })),
      );
    }
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'exchange.import',
      details: { kind: data.kind, items: data.items.length, source: data.source ?? null },
    });
    return { kind: data.kind, imported: data.items.length };
  });
}
