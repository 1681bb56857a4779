// Shapes for the first-run setup.
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
