// The networks contract (decision 018): one network's overview, and the installation's networks as the platform admin
// lists and creates them. Read by the server's networks and admin routes and by the web's networks and admin features.
import { z } from 'zod';
import { createdReply, itemsOf, timestamp } from '../common.contract.js';

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
  createdAt: timestamp,
});
export const networkSummaries = itemsOf(networkSummary);
/** A network created: its id. */
export const networkCreated = createdReply;

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
