// The pulse contract (decision 018): the pulse of felt ownership — default texts, sending a round, the results for
// steering and per organisation, and the public page behind a personal link. Read by the server's survey routes (the
// needs round shares its token parameter) and by the web's steering feature.
import { z } from 'zod';
import { MAX_STATEMENTS, MIN_STATEMENTS, SCALE_MAX, SCALE_MIN } from './pulse.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const roundInput = z.object({
  statements: z.array(z.string().max(300)).min(MIN_STATEMENTS).max(MAX_STATEMENTS),
  openQuestion: z.string().max(300),
  opensOn: isoDate.optional(),
  closesOn: isoDate,
});
export type RoundInput = z.infer<typeof roundInput>;

export const answerInput = z.object({
  scores: z.array(z.number().int().min(SCALE_MIN).max(SCALE_MAX).nullable()).max(MAX_STATEMENTS),
  openAnswer: z.string().max(2000).nullish(),
});
export type AnswerInput = z.infer<typeof answerInput>;

export const tokenParams = z.object({ token: z.string().max(200) });
export const roundParams = z.object({ networkId: z.uuid(), roundId: z.uuid() });

const ratio = z.object({ numerator: z.number(), denominator: z.number(), value: z.number().nullable() });
const aggregate = {
  answers: z.number(),
  invited: z.number(),
  answerRate: ratio,
  feltOwnership: z.number().nullable(),
  spread: z.number().nullable(),
  perStatement: z
    .array(z.object({ mean: z.number().nullable(), spread: z.number().nullable(), answers: z.number().nullable() }))
    .nullable(),
  suppressed: z.literal('< 5').nullable(),
};

export const pulseTexts = z.object({ statements: z.array(z.string()), openQuestion: z.string() });

export const publicPulse = z.object({
  networkName: z.string(),
  statements: z.array(z.string()),
  openQuestion: z.string(),
  closesOn: z.string(),
});

export const resultsReply = z.object({
  rounds: z.array(
    z.object({
      id: z.string(),
      statements: z.array(z.string()),
      openQuestion: z.string(),
      opensOn: z.string(),
      closesOn: z.string(),
      sentAt: z.string().nullable(),
      ...aggregate,
      openAnswers: z.array(z.string()),
    }),
  ),
  trend: z.object({
    points: z.array(
      z.object({
        roundId: z.string(),
        opensOn: z.string(),
        feltOwnership: z.number().nullable(),
        answerRate: z.number().nullable(),
      }),
    ),
    direction: z.enum(['up', 'down', 'flat']).nullable(),
  }),
  signal: z
    .object({
      code: z.literal('felt_ownership_falling_behaviour_high'),
      values: z.object({
        previous: z.number(),
        now: z.number(),
        activeShare: z.number(),
        employerLed: z.number().nullable(),
      }),
    })
    .nullable(),
});

export const byOrganisationReply = z.object({
  items: z.array(z.object({ organisationId: z.string(), name: z.string(), ...aggregate })),
});

/** A round created and sent: its id and how many contacts got the personal link. */
export const pulseRoundSent = z.object({ id: z.string(), invited: z.number() });
/** The answer stored (once per link). */
export const pulseAnswered = z.object({ answered: z.boolean() });
