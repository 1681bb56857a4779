// Shapes for the network's design: advising, saving versions, comparing them and applying one. The contract of the design
// domain (decision 018): read by the routes and by the web feature.
import { z } from 'zod';
import { itemsOf, timestamp } from '../common.contract.js';
import { EXPORT_FORMATS } from '../export-list.js';
import { BODY_KINDS } from './design-apply.js';
import { designInput } from './design-input.js';
import { MATRIX_CELL_VALUES } from './matrix-edit.js';
import { networkDesign, TENSION_CODES } from './network-design.js';
import { ROLE_CODES, TASK_CODES } from './task-catalogue.js';

export const saveDesignInput = z.object({
  input: designInput,
  reason: z.string().trim().min(1).max(2000),
});
export type SaveDesignInput = z.infer<typeof saveDesignInput>;

export const versionParams = z.object({ networkId: z.uuid(), versionId: z.uuid() });

export const listVersionsQuery = z.object({
  sort: z.enum(['versionNumber', 'createdAt']).default('versionNumber'),
  order: z.enum(['asc', 'desc']).default('desc'),
  format: z.enum(EXPORT_FORMATS).optional(),
});

export const versionRow = z.object({
  id: z.string(),
  versionNumber: z.number(),
  reason: z.string(),
  createdByName: z.string().nullable(),
  createdAt: timestamp,
  appliedAt: timestamp.nullable(),
});
export type VersionRow = z.infer<typeof versionRow>;

export const versions = itemsOf(versionRow);
/** The reply to saving a version: the new version. */
export const versionSaved = z.object({ id: z.string(), versionNumber: z.number() });

export const versionDetail = versionRow.extend({
  input: designInput,
  output: networkDesign,
  appliedByName: z.string().nullable(),
});
export type VersionDetail = z.infer<typeof versionDetail>;

export const compareQuery = z.object({ from: z.uuid(), to: z.uuid() });

const change = z.enum(['added', 'removed', 'changed']);
const roleCode = z.enum(ROLE_CODES);
const taskCode = z.enum(TASK_CODES);
const roleShape = z.object({ needed: z.boolean(), min: z.number().nullable(), max: z.number().nullable() }).nullable();
const raciShape = z.object({ responsible: roleCode, accountable: roleCode }).nullable();
export const designDiff = z.object({
  inputs: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
  roles: z.array(z.object({ code: roleCode, change, before: roleShape, after: roleShape })),
  tasks: z.array(z.object({ code: taskCode, change, before: raciShape, after: raciShape })),
  governance: z.array(
    z.object({
      field: z.enum(['formalBoard', 'funderMandate', 'soundingBoard']),
      before: z.string(),
      after: z.string(),
    }),
  ),
  tensions: z.object({ added: z.array(z.enum(TENSION_CODES)), removed: z.array(z.enum(TENSION_CODES)) }),
  same: z.boolean(),
});

export const compareReply = z.object({ from: versionDetail, to: versionDetail, diff: designDiff });

export const applyInput = z.object({ confirm: z.boolean().default(false) });

export const applicationPlan = z.object({
  roles: z.array(
    z.object({
      code: roleCode,
      advisedMin: z.number().nullable(),
      advisedMax: z.number().nullable(),
      holders: z.number(),
      status: z.enum(['vacant', 'short', 'filled', 'later']),
    }),
  ),
  tasks: z.object({
    create: z.array(z.object({ code: taskCode, responsibleRole: roleCode })),
    update: z.array(z.object({ code: taskCode, from: z.string().nullable(), to: roleCode, assigneeKept: z.boolean() })),
    unchanged: z.array(taskCode),
    kept: z.array(z.string()),
  }),
  bodies: z.object({ create: z.array(z.enum(BODY_KINDS)), existing: z.array(z.enum(BODY_KINDS)) }),
  funderAccess: z.object({ from: z.string().nullable(), to: z.string() }).nullable(),
  hasChanges: z.boolean(),
});

const roleAction = z.object({ role: z.string(), action: z.string() });
export const applyReply = z.object({
  applied: z.boolean(),
  plan: applicationPlan,
  /** Tasks whose R falls to a role nobody holds in the network today. */
  withoutDoer: z.array(z.object({ task: z.string(), role: z.string() })),
  /** What the rights of each role gain and lose when this version becomes the applied one (decision 016). */
  rights: z.object({ granted: z.array(roleAction), revoked: z.array(roleAction) }),
});

export const documentQuery = z.object({ format: z.enum(['pdf', 'md']).default('pdf') });

export const currentDesignReply = z.object({ version: versionDetail.nullable() });

/** An edit of the applied design's responsibility matrix: per task, the cells that change (null = blank). */
export const editMatrixInput = z.object({
  versionId: z.uuid(),
  reason: z.string().trim().min(1, 'Geef aan waarom de matrix verandert.').max(2000),
  rows: z
    .array(
      z.object({
        task: z.enum(TASK_CODES),
        cells: z.partialRecord(z.enum(ROLE_CODES), z.enum(MATRIX_CELL_VALUES).nullable()),
      }),
    )
    .min(1)
    .max(200),
});
export type EditMatrixInput = z.infer<typeof editMatrixInput>;

export const editMatrixReply = z.object({ id: z.string(), versionNumber: z.number(), changed: z.array(z.string()) });

export const rightsOverviewReply = z.object({
  design: z.object({ versionId: z.string(), versionNumber: z.number(), appliedAt: timestamp }).nullable(),
  roles: z.array(
    z.object({
      role: z.string(),
      holders: z.number(),
      actions: z.array(
        z.object({
          action: z.string(),
          base: z.boolean(),
          fromDesign: z.array(z.object({ task: z.string(), via: z.enum(['R', 'A']) })),
        }),
      ),
    }),
  ),
  floor: z.object({
    personalData: z.array(z.string()),
    networkKeys: z.array(z.string()),
    rolesWithoutDesignRights: z.array(z.string()),
  }),
});

/** The network's phase as the design wizard reads it from the network record (where the wizard starts). */
export const networkPhase = z.object({ phase: z.string() });
