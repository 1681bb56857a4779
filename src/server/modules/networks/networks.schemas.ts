// Shapes for networks.
import { z } from 'zod';

export const NETWORK_PHASES = ['initiatie', 'opstart', 'volwassen', 'teruggang'] as const;

export const createNetworkInput = z.object({
  name: z.string().trim().min(2).max(120),
  region: z.string().trim().max(120).optional(),
});
export type CreateNetworkInput = z.infer<typeof createNetworkInput>;

export const networkSummary = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  phase: z.string(),
  createdAt: z.date(),
});

export const networkDetail = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  phase: z.string(),
  /** A generated demo network (made-up data to explore the app), not a real one. */
  isDemo: z.boolean(),
  counts: z.object({ people: z.number(), organisations: z.number(), activities: z.number(), candidates: z.number() }),
});
