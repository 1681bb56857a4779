// The setup contract (decision 018): the first-run setup of an installation. Read by the server's setup routes and by
// the web's shell and setup feature.
import { z } from 'zod';

export const setupInput = z.object({
  admin: z.object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254),
    password: z.string().max(1024),
  }),
  network: z.object({
    name: z.string().trim().min(2).max(120),
    region: z.string().trim().max(120).optional(),
  }),
  loadDemo: z.boolean().default(false),
});
export type SetupInput = z.infer<typeof setupInput>;

/** Whether the installation still needs its first-run setup. */
export const setupStatus = z.object({ needsSetup: z.boolean() });

/** The installation set up: the first network, and the demo network when it was loaded too (the app opens that one first). */
export const setupDone = z.object({ networkId: z.string(), demoNetworkId: z.string().nullable() });
