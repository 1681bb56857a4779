// Shapes for organisations, their contacts, memberships and the import of organisations from spreadsheets.
import { z } from 'zod';
import {
  ADMISSION_STATUS,
  ENTRY_CONDITIONS,
  IMPORT_MEMBERSHIP_STATUSES,
  INVOICE_STATUSES,
  MEMBERSHIP_STATUSES,
} from './membership-rules.js';
import { isValidKvk, normaliseKvk, normalisePostcode, normaliseWebsite } from '../organisations/dutch-checks.js';
import { LABOUR_MARKET_REGIONS, ORGANISATION_KINDS, SBI_CODES, SIZE_CLASSES } from '../organisations/reference-data.js';
import { IMPORT_FIELDS, MAPPABLE_FIELDS } from '../organisations/import-rows.js';
import { EXPORT_FORMATS } from '../export-list.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const organisationInput = z.object({
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string().trim().min(1).max(200),
  kvkNumber: z
    .string()
    .trim()
    .max(20)
    .nullish()
    .transform((v) => (v ? normaliseKvk(v) : null))
    .refine((v) => v === null || isValidKvk(v), { message: 'Een KvK-nummer heeft precies 8 cijfers.' }),
  sector: z
    .enum(SBI_CODES)
    .nullish()
    .transform((v) => v ?? null),
  sizeClass: z
    .enum(SIZE_CLASSES)
    .nullish()
    .transform((v) => v ?? null),
  street: optionalText(200),
  postcode: z
    .string()
    .trim()
    .max(10)
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const normal = normalisePostcode(v);
      if (!normal) {
        ctx.addIssue({ code: 'custom', message: 'Een Nederlandse postcode heeft de vorm 1234 AB.' });
        return z.NEVER;
      }
      return normal;
    }),
  city: optionalText(100),
  labourMarketRegion: z
    .enum(LABOUR_MARKET_REGIONS)
    .nullish()
    .transform((v) => v ?? null),
  website: z
    .string()
    .trim()
    .max(300)
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const normal = normaliseWebsite(v);
      if (!normal) {
        ctx.addIssue({ code: 'custom', message: 'Dit is geen geldig webadres.' });
        return z.NEVER;
      }
      return normal;
    }),
});
export type OrganisationInput = z.infer<typeof organisationInput>;

export const createOrganisationInput = organisationInput.extend({
  /** Save even though a likely duplicate was found (the user has seen the warning). */
  confirmDuplicate: z.boolean().default(false),
});
export const updateOrganisationInput = organisationInput.extend({ version: z.number().int().min(1) });

export const organisationParams = z.object({ networkId: z.uuid(), organisationId: z.uuid() });

/** The orders of the organisations list; the web's sort control offers them in this order. */
export const ORGANISATION_SORTS = ['relevance', 'name', 'city', 'createdAt'] as const;

export const listOrganisationsQuery = z.object({
  search: z.string().trim().max(200).optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  status: z.enum(MEMBERSHIP_STATUSES).optional(),
  region: z.enum(LABOUR_MARKET_REGIONS).optional(),
  sector: z.enum(SBI_CODES).optional(),
  /** Without one: by relevance when searching, else by name. */
  sort: z.enum(ORGANISATION_SORTS).optional(),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListOrganisationsQuery = z.infer<typeof listOrganisationsQuery>;

export const organisationRow = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  sector: z.string().nullable(),
  sizeClass: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  labourMarketRegion: z.string().nullable(),
  membershipStatus: z.string().nullable(),
  contactCount: z.number(),
});
export const organisationsPage = z.object({
  items: z.array(organisationRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const duplicateRow = z.object({
  id: z.string(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  postcode: z.string().nullable(),
  reason: z.enum(['same_kvk', 'same_name_postcode']),
});

export const contactInput = z.object({
  name: z.string().trim().min(1).max(200),
  email: z
    .email()
    .max(254)
    .nullish()
    .transform((v) => v?.toLowerCase() ?? null),
  phone: optionalText(40),
  jobTitle: optionalText(100),
});
export type ContactInput = z.infer<typeof contactInput>;

export const entryConditionInput = z.object({
  code: z.enum(ENTRY_CONDITIONS),
  signedOn: z.iso.date().nullable(),
  document: optionalText(200),
});

export const membershipYearView = z.object({
  year: z.number(),
  contributionCents: z.number().nullable(),
  contributionInKind: z.string().nullable(),
  invoiceStatus: z.string().nullable(),
  ambitionJobs: z.number().nullable(),
  realisedJobs: z.number().nullable(),
  version: z.number(),
});

export const membershipView = z.object({
  id: z.string(),
  status: z.string(),
  statusReason: z.string().nullable(),
  joinedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  admissionDecisionId: z.string().nullable(),
  entryConditions: z.array(
    z.object({ code: z.string(), signedOn: z.string().nullable(), document: z.string().nullable() }),
  ),
  years: z.array(membershipYearView),
  version: z.number(),
});

export const organisationDetail = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  sector: z.string().nullable(),
  sizeClass: z.string().nullable(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  labourMarketRegion: z.string().nullable(),
  website: z.string().nullable(),
  version: z.number(),
  contacts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      jobTitle: z.string().nullable(),
      roles: z.array(z.string()),
      version: z.number(),
    }),
  ),
  membership: membershipView.nullable(),
  needs: z.array(
    z.object({ id: z.string(), title: z.string(), status: z.string(), theme: z.string(), createdAt: z.string() }),
  ),
  activitiesAttended: z.array(
    z.object({ id: z.string(), title: z.string(), startsAt: z.string(), personName: z.string(), role: z.string() }),
  ),
  placements: z.array(
    z.object({
      id: z.string(),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
      hoursPerWeek: z.number(),
      contractKind: z.string(),
    }),
  ),
  membershipHistory: z.array(
    z.object({ at: z.string(), from: z.string().nullable(), to: z.string(), reason: z.string().nullable() }),
  ),
});

export const contactParams = organisationParams.extend({ personId: z.uuid() });
export const updateContactInput = contactInput.extend({ version: z.number().int().min(1) });
export const deleteOrganisationQuery = z.object({ version: z.coerce.number().int().min(1) });

export const membershipStatusInput = z.object({
  status: z.enum(MEMBERSHIP_STATUSES),
  reason: optionalText(500),
  admissionDecisionId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  on: z.iso.date().optional(),
  /** The membership's version as the screen showed it; a move made on stale data is refused with 409. */
  version: z.number().int().min(1).optional(),
});
export const entryConditionsInput = z.object({
  entryConditions: z.array(entryConditionInput).max(10),
  /** The membership's version as the screen showed it; 409 when another edit came first. */
  version: z
    .number()
    .int()
    .min(1)
    .describe('De versie van het lidmaatschap zoals het scherm die las (409 als het intussen gewijzigd is)'),
});
/**
 * The version of one year's figures as the screen read them. A year without figures has no row yet: the screen sends 0,
 * meaning "I expect no figures for this year yet"; if someone else saved that year meanwhile, that is a 409 too.
 */
function yearVersion() {
  return z
    .number()
    .int()
    .min(0)
    .describe(
      'De versie van de cijfers van dit jaar zoals het scherm die las; 0 = er zijn nog geen cijfers voor dit jaar. ' +
        'Is de versie intussen veranderd (of heeft iemand het jaar intussen aangemaakt), dan 409.',
    );
}
export const membershipYearParams = organisationParams.extend({ year: z.coerce.number().int().min(2000).max(2100) });
export const membershipYearInput = z.object({
  contributionCents: z.number().int().min(0).max(100_000_000).nullable(),
  contributionInKind: optionalText(300),
  invoiceStatus: z.enum(INVOICE_STATUSES).nullable(),
  ambitionJobs: z.number().int().min(0).max(10_000).nullable(),
  realisedJobs: z.number().int().min(0).max(10_000).nullable(),
  version: yearVersion(),
});
export type MembershipYearInput = z.infer<typeof membershipYearInput>;
export const portalYearInput = membershipYearInput.pick({ ambitionJobs: true, realisedJobs: true, version: true });

export const listMembershipsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(MEMBERSHIP_STATUSES).optional(),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export const membershipRow = z.object({
  organisationId: z.string(),
  name: z.string(),
  status: z.string(),
  statusReason: z.string().nullable(),
  joinedOn: z.string().nullable(),
  entryConditionsSigned: z.number(),
  year: z.number(),
  contributionCents: z.number().nullable(),
  contributionInKind: z.string().nullable(),
  invoiceStatus: z.string().nullable(),
  ambitionJobs: z.number().nullable(),
  realisedJobs: z.number().nullable(),
});

/** Largest spreadsheet the import takes: 32 MiB, room for 100,000 organisations with a contact person each (~24 MB). */
export const IMPORT_MAX_FILE_BYTES = 32 * 2 ** 20;
/**
 * The media types an import request's body may have: the file's own bytes (decision 022). Browsers give a CSV file
 * `text/csv` (or nothing, sent as octet-stream) and an XLSX file the Office type; the file name says which it is.
 */
export const IMPORT_MEDIA_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
/** A JSON value in a query parameter (the import's choices travel beside the file's bytes, in the query string). */
const jsonQuery = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .max(8000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Geen geldige JSON.' });
        return z.NEVER;
      }
    })
    .pipe(schema);
/** The import's query string; the request body is the file itself. */
export const importFileInput = z.object({
  fileName: z.string().trim().min(1).max(200),
});
export const importMappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(200).nullable());
/** What unknown values of a list column stand for: field → (value in the file → value of the list, or null for empty). */
export const importValueMappingSchema = z.partialRecord(
  z.enum(MAPPABLE_FIELDS),
  z.record(z.string().max(200), z.string().max(200).nullable()).refine((m) => Object.keys(m).length <= 500, {
    message: 'Hooguit 500 waarden per kolom.',
  }),
);
export const importRunInput = importFileInput.extend({
  mapping: jsonQuery(importMappingSchema).describe('JSON: veld → kolomnummer (vanaf 0) of null'),
  mode: z.enum(['dry_run', 'all_or_nothing', 'valid_only']),
  values: jsonQuery(importValueMappingSchema)
    .default({})
    .describe('Wat onbekende waarden in een lijstkolom (soort, sector, grootte, regio) betekenen; null = leeg laten'),
  membershipStatus: z
    .enum(IMPORT_MEMBERSHIP_STATUSES)
    .default(ADMISSION_STATUS)
    .describe('De status van de lidmaatschappen die de import aanmaakt; standaard de toelatingsstap (aangemeld)'),
  contributionYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe('Het jaar waarvoor de bijdrage uit het bestand geldt; standaard het huidige jaar'),
});
export const importPreview = z.object({
  headers: z.array(z.string()),
  mapping: importMappingSchema,
  sample: z.array(z.array(z.string())),
  rowCount: z.number(),
  /** Per column: its values with how many rows have each, or null for a column with many different values. */
  columnValues: z.array(z.array(z.object({ value: z.string(), rows: z.number() })).nullable()),
});
export const importReport = z.object({
  mode: z.enum(['dry_run', 'all_or_nothing', 'valid_only']),
  total: z.number(),
  valid: z.number(),
  invalid: z.number(),
  written: z.number(),
  contactsWritten: z.number(),
  /** Membership years written with the contribution from the file. */
  contributionsWritten: z.number(),
  summary: z.string(),
  /** The rows with problems, at most IMPORT_REPORT_ROWS; `invalid` is the full count. */
  rows: z.array(z.object({ rowNumber: z.number(), messages: z.array(z.string()) })),
  /** Rows with problems that the report leaves out (beyond the first IMPORT_REPORT_ROWS). */
  rowsOmitted: z.number(),
  /**
   * Where a background import's time went, in milliseconds: reading the file, checking the rows (the rules and the KvK
   * look-ups) and writing (the staging COPY plus the final inserts). Checking and the staging COPY overlap (one chunk is
   * copied while the next is checked), so the parts can add up to more than the job took.
   */
  timings: z
    .object({
      parseMs: z.number(),
      checkMs: z.number(),
      writeMs: z.number(),
      stageMs: z.number(),
      insertMs: z.number(),
    })
    .optional(),
});

/** The answer to starting an import as a background job (202): the id to poll. */
export const importJobStarted = z.object({ id: z.uuid() });
export const importJobParams = z.object({ networkId: z.uuid(), id: z.uuid() });
/** An import running as a background job: its status, progress and, once done, the same report as the direct import. */
export const importJob = z.object({
  id: z.string(),
  fileName: z.string(),
  mode: z.enum(['dry_run', 'all_or_nothing', 'valid_only']),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** Data rows in the file; null until the job has read it. */
  rowsTotal: z.number().nullable(),
  rowsChecked: z.number(),
  /** Rows written inside the import's transaction so far (they become visible together, when it commits). */
  rowsWritten: z.number(),
  report: importReport.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** The network's imports, newest first, a page at a time. */
export const importJobsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(10),
});
/** One past (or running) import in the list: who started it, when, and what came of it. */
export const importJobSummary = importJob
  .pick({
    id: true,
    fileName: true,
    mode: true,
    status: true,
    rowsTotal: true,
    rowsChecked: true,
    rowsWritten: true,
    createdAt: true,
    finishedAt: true,
  })
  .extend({
    /** The name of the account that started it; null once that account is gone. */
    startedBy: z.string().nullable(),
    /** Rows refused for errors (the report's `invalid`); null until the import is done. */
    rowsRefused: z.number().nullable(),
  });
export const importJobsPage = z.object({
  items: z.array(importJobSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const contactsQuery = z.object({
  search: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export const contactRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  jobTitle: z.string().nullable(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
});

// Replies that have no record shape of their own.
export const ok = z.object({ ok: z.literal(true) });
export const okWithVersion = ok.extend({ version: z.number() });
export const duplicates = z.object({ items: z.array(duplicateRow) });
export const contactRemoved = z.object({ outcome: z.enum(['deleted', 'anonymised']) });
export const contactsPage = z.object({
  items: z.array(contactRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const memberships = z.object({ items: z.array(membershipRow) });
