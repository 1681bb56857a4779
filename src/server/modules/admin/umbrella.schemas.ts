// Shapes of the umbrella overview (platform admin): one row per network.
import { z } from 'zod';
import { SIGNAL_CODES } from '../../../core/steering/signals.js';
import { EXPORT_FORMATS } from '../../platform/export.js';

export const UMBRELLA_SORTS = [
  'name',
  'phase',
  'members',
  'activeMembers',
  'activitiesLast12Months',
  'signalCount',
] as const;

export const umbrellaQuery = z.object({
  search: z.string().trim().max(200).optional(),
  sort: z.enum(UMBRELLA_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type UmbrellaQuery = z.infer<typeof umbrellaQuery>;

export const umbrellaRow = z.object({
  id: z.string(),
  name: z.string(),
  phase: z.string(),
  members: z.number(),
  activeMembers: z.number(),
  activitiesLast12Months: z.number(),
  signalCount: z.number(),
  signals: z.array(z.enum(SIGNAL_CODES)),
});
