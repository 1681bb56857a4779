// The klankbordgroep's advice: whether a request is still open, what a decision did with a piece of advice, and the lists as
// exported. Pure.
import { defineList, type CodeLabels } from '../export-list.js';

export const ADVICE_OUTCOMES = ['adopted', 'partly', 'not_adopted'] as const;
export type AdviceOutcome = (typeof ADVICE_OUTCOMES)[number];

export const adviceOutcomeLabels = {
  adopted: { nl: 'overgenomen', en: 'adopted' },
  partly: { nl: 'deels overgenomen', en: 'partly adopted' },
  not_adopted: { nl: 'niet overgenomen', en: 'not adopted' },
} satisfies CodeLabels;

/**
 * The orders of the advice requests and of the advice given (the contract's `sort` enums), as the web's sort controls
 * offer them. They live here rather than in the contract because the contract reads this file's outcomes.
 */
export const ADVICE_REQUEST_SORTS = ['createdAt', 'deadline', 'question', 'answers'] as const;
export type AdviceRequestSort = (typeof ADVICE_REQUEST_SORTS)[number];
export const ADVICE_SORTS = ['createdAt', 'authorName', 'question', 'outcome'] as const;
export type AdviceSort = (typeof ADVICE_SORTS)[number];

export const adviceRequestsList = defineList<
  {
    question: string;
    askedByName: string | null;
    createdAt: Date;
    deadline: string;
    answers: number;
  },
  AdviceRequestSort
>({
  fileName: { nl: 'adviesvragen', en: 'advice-requests' },
  sheetName: { nl: 'Adviesvragen', en: 'Advice requests' },
  columns: [
    { label: { nl: 'Vraag', en: 'Question' }, kind: 'text', sortKey: 'question', value: (r) => r.question },
    { label: { nl: 'Gevraagd door', en: 'Asked by' }, kind: 'text', value: (r) => r.askedByName },
    { label: { nl: 'Gevraagd op', en: 'Asked on' }, kind: 'datetime', sortKey: 'createdAt', value: (r) => r.createdAt },
    { label: { nl: 'Uiterlijk', en: 'Deadline' }, kind: 'date', sortKey: 'deadline', value: (r) => r.deadline },
    { label: { nl: 'Adviezen', en: 'Advice given' }, kind: 'integer', sortKey: 'answers', value: (r) => r.answers },
  ],
});

export const adviceList = defineList<
  {
    question: string | null;
    authorName: string | null;
    text: string;
    createdAt: Date;
    decisionText: string | null;
    outcome: string | null;
    outcomeReason: string;
  },
  AdviceSort
>({
  fileName: { nl: 'advies', en: 'advice' },
  sheetName: { nl: 'Advies', en: 'Advice' },
  columns: [
    {
      label: { nl: 'Adviesvraag', en: 'Advice request' },
      kind: 'text',
      sortKey: 'question',
      value: (a) => a.question,
    },
    { label: { nl: 'Van', en: 'From' }, kind: 'text', sortKey: 'authorName', value: (a) => a.authorName },
    { label: { nl: 'Advies', en: 'Advice' }, kind: 'text', value: (a) => a.text },
    { label: { nl: 'Gegeven op', en: 'Given on' }, kind: 'datetime', sortKey: 'createdAt', value: (a) => a.createdAt },
    { label: { nl: 'Besluit', en: 'Decision' }, kind: 'text', value: (a) => a.decisionText },
    {
      label: { nl: 'Wat ermee gedaan is', en: 'What was done with it' },
      kind: 'code',
      labels: adviceOutcomeLabels,
      sortKey: 'outcome',
      value: (a) => a.outcome,
    },
    { label: { nl: 'Reden', en: 'Reason' }, kind: 'text', value: (a) => a.outcomeReason },
  ],
});
