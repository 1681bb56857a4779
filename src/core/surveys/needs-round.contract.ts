// The needs-round contract (decision 018): the behoeftepeiling — rounds for the coordinator and the public page behind a
// personal link. Read by the server's needs-round routes and by the web's agenda feature.
import { z } from 'zod';
import { NEED_THEMES } from '../agenda/agenda-rules.js';
import { MAX_CHOICE_DESCRIPTION, MAX_ROUND_TITLE } from './needs-round.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const needsRoundInput = z.object({
  title: z.string().max(MAX_ROUND_TITLE),
  themes: z.array(z.enum(NEED_THEMES)).max(NEED_THEMES.length),
  opensOn: isoDate.optional(),
  closesOn: isoDate,
});
export type NeedsRoundInput = z.infer<typeof needsRoundInput>;

export const needsAnswerInput = z.object({
  choices: z
    .array(z.object({ theme: z.enum(NEED_THEMES), description: z.string().max(MAX_CHOICE_DESCRIPTION).nullish() }))
    .max(NEED_THEMES.length),
});
export type NeedsAnswerInput = z.infer<typeof needsAnswerInput>;

export const publicNeedsRound = z.object({
  networkName: z.string(),
  title: z.string(),
  themes: z.array(z.string()),
  closesOn: z.string(),
});

/** One theme of a round: how many chose it, what they wrote, and the need it became (if any). */
export const needsRoundTheme = z.object({
  theme: z.string(),
  contacts: z.number(),
  organisations: z.number(),
  descriptions: z.array(z.string()),
  need: z
    .object({
      id: z.string(),
      title: z.string(),
      status: z.string(),
      supporters: z.number(),
      joinedExisting: z.boolean(),
    })
    .nullable(),
});

export const needsRoundRow = z.object({
  id: z.string(),
  title: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  sentAt: z.string().nullable(),
  invited: z.number(),
  answers: z.number(),
  answerRate: z.number().nullable(),
  themes: z.array(needsRoundTheme),
});

export const needsRoundsReply = z.object({ items: z.array(needsRoundRow) });

/** A round started: its id and how many contacts got the personal link. */
export const needsRoundStarted = z.object({ id: z.string(), invited: z.number() });
export const needsRoundAnswered = z.object({ answered: z.boolean() });
