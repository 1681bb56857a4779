// Search over folded text (lower case, no accents; `nr_fold`, migration 0002) with pg_trgm, and the relevance order of its
// results, both as SQL so that a list's page and total stay one statement (decision 012).
//
// Relevance, best first:
//   0  exact: a name column equals the search (case and accents ignored);
//   1  whole words: every word of the search is a whole word of the searched text;
//   2  prefix: every word of the search starts a word of the text (so also: the name starts with the search);
//   3+ the rest (a fragment inside a word, or a typo): 3 + (1 − word similarity), so the closer match comes first.
// Rows of equal rank are ordered by the caller (alphabetically by name).
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

export function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The search's words as the user typed them (letters and digits); folded and regex-escaped in SQL. */
export function searchWords(search: string): string[] {
  return search.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Matches folded text against what the user typed: a substring, or similar enough to a word in it (typos). */
export function searchCondition(text: SQLWrapper, search: string): SQL {
  const pattern = `%${escapeLike(search)}%`;
  return sql`(${text} like nr_fold(${pattern}::text) or nr_fold(${search}::text) <% ${text})`;
}

/** A folded word as an ARE fragment: every character that is not a letter or digit escaped (unaccent may yield some). */
function wordPattern(word: string): SQL {
  return sql`regexp_replace(nr_fold(${word}::text), '([^[:alnum:]])', '\\\\\\1', 'g')`;
}

/**
 * The relevance rank of a matching row (lower is better; see the top of this file). `names` are the columns an exact match
 * is compared with (raw, folded here), `text` the folded text the search ran over. Only evaluated for the matching rows.
 */
export function relevanceRank(names: SQLWrapper[], text: SQLWrapper, search: string): SQL<number> {
  const folded = sql`nr_fold(${search}::text)`;
  // The length test first: it rules out most rows without folding their name (unaccent is the costly part), and folding
  // never makes a name more than twice as long.
  const exact = sql.join(
    names.map((n) => sql`(char_length(${n}) <= 2 * char_length(${folded}) and nr_fold(${n}) = ${folded})`),
    sql` or `,
  );
  const words = searchWords(search);
  const everyWord = (anchor: (w: string) => SQL) =>
    words.length === 0
      ? sql`false`
      : sql.join(
          words.map((w) => sql`${text} ~ ${anchor(w)}`),
          sql` and `,
        );
  const wholeWords = everyWord((w) => sql`('\\m' || ${wordPattern(w)} || '\\M')`);
  // A name that starts with the search has every word of it at the start of a word of the text, so this covers it too.
  const wordStarts = everyWord((w) => sql`('\\m' || ${wordPattern(w)})`);
  return sql<number>`(case
    when ${exact} then 0
    when ${wholeWords} then 1
    when ${wordStarts} then 2
    else 4 - word_similarity(${folded}, ${text})
  end)`;
}
