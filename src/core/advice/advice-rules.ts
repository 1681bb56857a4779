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

export const adviceRequestsList = defineList<{
  question: string;
  askedByName: string | null;
  createdAt: Date;
  deadline: string;
  answers: number;
}>({
  fileName: { nl: 'adviesvragen', en: 'advice-requests' },
  sheetName: { nl: 'Adviesvragen', en: 'Advice requests' },
  columns: [
    { label: { nl: 'Vraag', en: 'Question' }, kind: 'text', value: (r) => r.question },
    { label: { nl: 'Gevraagd door', en: 'Asked by' }, kind: 'text', value: (r) => r.askedByName },
    { label: { nl: 'Gevraagd op', en: 'Asked on' }, kind: 'datetime', value: (r) => r.createdAt },
    { label: { nl: 'Uiterlijk', en: 'Deadline' }, kind: 'date', value: (r) => r.deadline },
    { label: { nl: 'Adviezen', en: 'Advice given' }, kind: 'integer', value: (r) => r.answers },
  ],
});

export const adviceList = defineList<{
  question: string | null;
  authorName: string | null;
  text: string;
  createdAt: Date;
  decisionText: string | null;
  outcome: string | null;
  outcomeReason: string;
}>({
  fileName: { nl: 'advies', en: 'advice' },
  sheetName: { nl: 'Advies', en: 'Advice' },
  columns: [
    {
      label: { nl: 'Adviesvraag', en: 'Advice request' },
      kind: 'text',
      value: (a) => a.question,
    },
    { label: { nl: 'Van', en: 'From' }, kind: 'text', value: (a) => a.authorName },
    { label: { nl: 'Advies', en: 'Advice' }, kind: 'text', value: (a) => a.text },
    { label: { nl: 'Gegeven op', en: 'Given on' }, kind: 'datetime', value: (a) => a.createdAt },
    { label: { nl: 'Besluit', en: 'Decision' }, kind: 'text', value: (a) => a.decisionText },
    {
      label: { nl: 'Wat ermee gedaan is', en: 'What was done with it' },
      kind: 'code',
      labels: adviceOutcomeLabels,
      value: (a) => a.outcome,
    },
    { label: { nl: 'Reden', en: 'Reason' }, kind: 'text', value: (a) => a.outcomeReason },
  ],
});
