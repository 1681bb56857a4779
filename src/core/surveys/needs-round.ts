// The needs round (behoeftepeiling, issue 21 item 3): one questionnaire to every member contact, offering the network's need
// themes, each with a choice and an optional short description. Every chosen theme becomes a need in the backlog (or joins
// an open need of that theme), and every member organisation that chose it counts as a supporter, once, however many of its
// contacts chose it. Pure; the server applies it inside the answer's transaction.
import { NEED_THEMES, type NeedStatus, type NeedTheme } from '../agenda/agenda-rules.js';

export const MAX_ROUND_TITLE = 120;
export const MAX_CHOICE_DESCRIPTION = 300;

export interface NeedsRoundInput {
  title: string;
  themes: readonly string[];
}

export type NeedsRoundProblem = 'empty_title' | 'no_themes' | 'unknown_theme' | 'duplicate_theme';

export function validateNeedsRound(input: NeedsRoundInput): NeedsRoundProblem | null {
  if (input.title.trim() === '') return 'empty_title';
  if (input.themes.length === 0) return 'no_themes';
  if (input.themes.some((t) => !(NEED_THEMES as readonly string[]).includes(t))) return 'unknown_theme';
  if (new Set(input.themes).size !== input.themes.length) return 'duplicate_theme';
  return null;
}

export interface NeedsChoice {
  theme: string;
  description?: string | null;
}

export type NeedsAnswerProblem = 'nothing_chosen' | 'theme_not_offered' | 'duplicate_theme';

/** An answer chooses at least one of the offered themes, each once. */
export function validateNeedsAnswer(
  choices: readonly NeedsChoice[],
  offered: readonly string[],
): NeedsAnswerProblem | null {
  if (choices.length === 0) return 'nothing_chosen';
  if (choices.some((c) => !offered.includes(c.theme))) return 'theme_not_offered';
  if (new Set(choices.map((c) => c.theme)).size !== choices.length) return 'duplicate_theme';
  return null;
}

/** Needs a round's theme may join instead of opening a new one: not yet picked up or finished. */
export const JOINABLE_NEED_STATUSES: readonly NeedStatus[] = ['new', 'prioritised'];

export interface OpenNeed {
  id: string;
  theme: string;
  status: NeedStatus;
  supporters: number;
  createdAt: string;
}

/** The open need a chosen theme joins: the one of that theme with the most supporters, the oldest on a tie; or none. */
export function needToJoin(theme: NeedTheme, needs: readonly OpenNeed[]): string | null {
  const fitting = needs
    .filter((n) => n.theme === theme && JOINABLE_NEED_STATUSES.includes(n.status))
    .sort((a, b) => b.supporters - a.supporters || a.createdAt.localeCompare(b.createdAt));
  return fitting[0]?.id ?? null;
}
