// The open exchange format for candidate (job-seeker) profiles and work opportunities (vacancies), as zod schemas. The JSON
// Schema files in docs/exchange/ are generated from these (a test keeps them equal). Field names follow the public
// job-seeker/vacancy vocabularies where we know them (schema.org JobPosting/Person, the VUM idea of a "werkzoekendeprofiel"
// and "vacature"); a candidate profile is pseudonymous: no name, e-mail, phone or BSN ever travels in this format.
import { z } from 'zod';
import { OPPORTUNITY_KINDS, SUPPORT_KINDS } from '../candidates/codes.js';

const isoDate = z.iso.date();
const hours = z.number().min(0).max(60).multipleOf(0.5);
const postalCodeArea = z.string().regex(/^[1-9][0-9]{3}$/, 'vier cijfers, het cijferdeel van de postcode');

export const jobSeekerProfile = z
  .object({
    identifier: z.string().trim().min(1).max(40).describe('Pseudoniem kenmerk van de kandidaat in het bronnetwerk'),
    postalCodeArea: postalCodeArea.optional().describe('Cijferdeel van de postcode (woongebied)'),
    desiredOccupation: z.string().trim().max(2000).optional().describe('Wensen: gewenst werk of sector'),
    hoursPerWeek: hours.optional().describe('Gewenst aantal uren per week'),
    availableFrom: isoDate.optional().describe('Beschikbaar vanaf (datum)'),
    supportNeeded: z
      .array(z.enum(SUPPORT_KINDS))
      .max(SUPPORT_KINDS.length)
      .default([])
      .describe('Benodigde ondersteuning'),
    targetGroupRegister: z.enum(['yes', 'no', 'unknown']).default('unknown').describe('In het doelgroepregister'),
    consentOwnNetworkGivenOn: isoDate.describe(
      'Datum van de toestemming van de kandidaat om in het netwerk te worden ingeschreven',
    ),
  })
  .strict();

export const vacancy = z
  .object({
    identifier: z.string().trim().min(1).max(60).describe('Kenmerk van de werkplek in het bronsysteem'),
    title: z.string().trim().min(2).max(200).describe('Functietitel'),
    employmentType: z.enum(OPPORTUNITY_KINDS).describe('Soort werkplek'),
    hiringOrganization: z
      .object({
        name: z.string().trim().min(1).max(200),
        kvkNumber: z
          .string()
          .regex(/^[0-9]{8}$/, 'acht cijfers')
          .optional(),
      })
      .strict()
      .describe('De werkgever; moet als organisatie in het netwerk bekend zijn'),
    hoursPerWeek: hours.optional(),
    jobLocation: z.string().trim().max(100).optional().describe('Plaats'),
    postalCodeArea: postalCodeArea.optional(),
    qualifications: z.string().trim().max(2000).optional().describe('Eisen'),
    startDate: isoDate.optional(),
  })
  .strict();

export const exchangeFile = z.discriminatedUnion('kind', [
  z
    .object({
      $schema: z.string().optional(),
      format: z.literal('netwerkregie-exchange'),
      version: z.literal('1.0'),
      kind: z.literal('job_seekers'),
      source: z.string().trim().max(200).optional(),
      items: z.array(jobSeekerProfile).min(1).max(5000),
    })
    .strict(),
  z
    .object({
      $schema: z.string().optional(),
      format: z.literal('netwerkregie-exchange'),
      version: z.literal('1.0'),
      kind: z.literal('vacancies'),
      source: z.string().trim().max(200).optional(),
      items: z.array(vacancy).min(1).max(5000),
    })
    .strict(),
]);
export type ExchangeFile = z.infer<typeof exchangeFile>;
export type JobSeekerProfile = z.infer<typeof jobSeekerProfile>;
export type Vacancy = z.infer<typeof vacancy>;

export interface ExchangeIssue {
  path: (string | number)[];
  message: string;
}

/** Problems inside a structurally valid file: the same identifier twice. */
export function duplicateIdentifiers(items: readonly { identifier: string }[]): ExchangeIssue[] {
  const seen = new Map<string, number>();
  const issues: ExchangeIssue[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.identifier);
    if (first !== undefined)
      issues.push({
        path: ['items', i, 'identifier'],
        message: `Kenmerk "${item.identifier}" staat ook al op regel ${first + 1}.`,
      });
    else seen.set(item.identifier, i);
  });
  return issues;
}
