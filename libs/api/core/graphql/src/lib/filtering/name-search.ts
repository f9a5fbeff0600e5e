import { SortDirection } from '../sorting/sort-direction';
import { SortSpec } from '../sorting/sort-spec';
import { containsPattern } from './like-pattern';
import { createHash } from 'node:crypto';

/** Longest search text taken; longer ones are cut (trigrams of a long text find nothing better). */
export const MAX_SEARCH_LENGTH = 200;

/** Most words of a search matched one by one. */
export const MAX_SEARCH_WORDS = 8;

/** The search text to use, or undefined when there is nothing to search for. */
export function normaliseSearch(search: string | null | undefined): string | undefined {
  const text = (search ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_LENGTH);
  return text.length > 0 ? text : undefined;
}

/**
 * A parameter name that carries a digest of the search text. The relevance sort key names it,
 * so the cursor's order fingerprint differs from one search to another and a cursor from one
 * search is refused (BAD_USER_INPUT) rather than silently misplaced in another.
 */
export function searchParam(prefix: string, term: string): string {
  return `${prefix}_${createHash('sha256').update(term).digest('hex').slice(0, 12)}`;
}

/** The words of a search worth matching on their own: two characters or more, at most MAX_SEARCH_WORDS. */
export function searchWords(term: string): string[] {
  return term
    .split(' ')
    .filter((word) => word.length >= 2)
    .slice(0, MAX_SEARCH_WORDS);
}

/**
 * Fuzzy name search on the GIN trigram index (pg_trgm, word similarity at its default 0.6).
 * A name matches when the whole search is similar to some run of its words, or when every
 * word of the search is similar to a word of the name (so abbreviations and typos still
 * match: "Leics Cares" finds "Leicestershire Cares", "harowby food" finds "Harrowby Food
 * Network"), or when it simply contains the search. Relevance is the word similarity of the
 * whole search, best first; it goes first in the order so keyset paging stays exact.
 * `param` names the bound parameters on the query.
 *
 * The matching runs in `matchedBy.fn` (a function of migration IndexedReadsUnderRls), which
 * finds candidate ids on the index as the table owner; the row policy then judges each
 * candidate on the protected table. Written as `name <% :search` on the table itself, the
 * operator (not leakproof) would wait for the policy on every row, and the index would go unused.
 */
export function searchCondition(
  column: string,
  term: string,
  param: string,
  matchedBy: { fn: string; id: string },
): { where: string; params: Record<string, string>; relevance: SortSpec } {
  const params: Record<string, string> = { [param]: term, [`${param}_pattern`]: containsPattern(term) };
  const match = (op: 'similar' | 'similar_all' | 'ilike', name: string) => `SELECT ${matchedBy.fn}('${op}', :${name}::text)`;
  const alternatives = [match('similar', param), match('ilike', `${param}_pattern`)];
  const words = searchWords(term);
  if (words.length > 1) {
    // Each word similar to a word of the name: one index scan with every word's condition.
    params[`${param}_words`] = words.join(' ');
    alternatives.push(match('similar_all', `${param}_words`));
  }
  return {
    // One array of candidate ids, computed once: the table is then read by primary key.
    where: `${matchedBy.id} = ANY(ARRAY(${alternatives.join(' UNION ')}))`,
    params,
    relevance: { sql: `word_similarity(:${param}, ${column})`, direction: SortDirection.DESC },
  };
}
