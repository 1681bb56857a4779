// The session contract (decision 018): signing in and out, password reset, e-mail login links, the user's language and
// the session view (who am I, in which networks, with which rights). Read by the server's session and people routes and
// by the web's shell and auth feature.
import { z } from 'zod';

export const loginInput = z.object({ email: z.email().max(254), password: z.string().min(1).max(1024) });
export type LoginInput = z.infer<typeof loginInput>;

export const emailInput = z.object({ email: z.email().max(254) });
export const tokenInput = z.object({ token: z.string().min(10).max(512) });
export const passwordResetConfirmInput = z.object({
  token: z.string().min(10).max(512),
  password: z.string().max(1024),
});
export const localeInput = z.object({ locale: z.enum(['nl', 'en']) });

export const sessionView = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), locale: z.string() }).nullable(),
  platformAdmin: z.boolean(),
  networks: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      roles: z.array(z.string()),
      permissions: z.array(z.string()),
    }),
  ),
});
export type SessionView = z.infer<typeof sessionView>;
