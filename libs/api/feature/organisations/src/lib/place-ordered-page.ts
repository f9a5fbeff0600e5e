import { idsOf, ListShape, normaliseSearch, SortDirection, SortInputValue } from '@cg/api/core/graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { OrganisationFilter, OrganisationSortField } from './organisation-list.types';

/**
 * The directory inside a place, in name order: the place's candidates come from place_organisation
 * in that order (cg_place_organisations, migration PlaceOrganisation) and are judged one at a time
 * by the organisation and place policies, so a page stops once it has its rows. The general plan
 * judged every organisation inside the place and then sorted them (7,451 for a county).
 *
 * Used for the default order of live organisations, without a search or a name filter (its trigram
 * index may find far fewer candidates than a walk of the place). A top-level theme filter is served
 * here too, from the table's own index on (place, themes): see `themesAsked`.
 */
export function placeOrderedIds(
  filter: OrganisationFilter | null | undefined,
  sort: readonly SortInputValue<OrganisationSortField>[] | null | undefined,
  search: string | null | undefined,
): string[] | null {
  if (!filter?.withinPlace || filter.includeArchived || filter.name) return null;
  if (sort?.length || normaliseSearch(search) !== undefined) return null;
  return idsOf(filter.withinPlace);
}

/** The theme lists a place page asks its candidates for (null: not asked), or null without a theme filter. */
export function themesAsked(filter: OrganisationFilter): { any: string[] | null; all: string[] | null } | null {
  const themes = filter.themes;
  if (!themes || ((themes.any ?? null) === null && (themes.all ?? null) === null)) return null;
  return { any: themes.any ?? null, all: themes.all ?? null };
}

/** The filter the page still applies itself: the place (and the themes, when asked) are the candidates'. */
export function filterBesideCandidates(filter: OrganisationFilter): OrganisationFilter {
  return { ...filter, withinPlace: undefined, themes: undefined };
}

/** Where a round of candidates starts (after this name key and id; nulls: from the start) and how many it reads (null: all). */
export interface CandidateRange {
  after: readonly [string | null, string | null];
  budget: number | null;
}

export type Themes = { any: string[] | null; all: string[] | null } | null;

/** The definer function's call for `ids` (the places, read through the place policy) from `range`. */
export function candidatesFrom(ids: string[], themes: Themes, range: CandidateRange): { sql: string; params: ObjectLiteral } {
  const asked = 'ARRAY(SELECT w.id FROM place w WHERE w.id = ANY(:placeCandidateIds::uuid[]))';
  const from = ':placeAfterKey::text, :placeAfterId::uuid, :placeBudget::integer';
  // With a theme, only the place's organisations with it come out (migration PlaceOrganisationThemes):
  // none for a theme nobody has, where judging each candidate in name order walked the whole region.
  const sql = themes
    ? `cg_place_organisations_themed(${asked}, :placeThemesAny::text[], :placeThemesAll::text[], ${from})`
    : `cg_place_organisations(${asked}, ${from})`;
  const [placeAfterKey, placeAfterId] = range.after;
  return {
    sql,
    params: {
      placeCandidateIds: ids,
      placeThemesAny: themes?.any ?? null,
      placeThemesAll: themes?.all ?? null,
      placeAfterKey,
      placeAfterId,
      placeBudget: range.budget,
    },
  };
}

/**
 * Joins `qb` (alias `o`) to the candidates inside the places `ids` in `range`, and gives the list
 * shape that pages in their order (the caller applies `filterBesideCandidates`). The places asked for
 * are read through the place policy; each candidate's own places (its home and served places there)
 * must be readable too, as the general filter asks. The subquery keeps its order (the join is then a
 * nested loop in it, the LIMIT stops it); OFFSET 0 keeps the place test out of it, so only the rows
 * the page reaches are tested.
 */
export function joinPlaceCandidates<E extends ObjectLiteral, S extends string>(
  qb: SelectQueryBuilder<E>,
  ids: string[],
  shape: ListShape<OrganisationFilter, S>,
  themes: Themes = null,
  range: CandidateRange = { after: [null, null], budget: null },
): ListShape<OrganisationFilter, S> {
  const { sql, params } = candidatesFrom(ids, themes, range);
  qb.innerJoin(
    `(SELECT c.name_key, c.organisation_id, c.via_places FROM ${sql} c
       ORDER BY c.name_key, c.organisation_id OFFSET 0)`,
    'c',
    // Not `o.id = c.organisation_id`: the planner cannot estimate the row policy (it guesses a few
    // hundred readable organisations of 200,000), so with a plain equality it hashed every organisation
    // and sorted the join; `= ANY(ARRAY[…])` cannot be hashed, so each candidate is looked up in turn.
    'o.id = ANY(ARRAY[c.organisation_id])',
    params,
  ).andWhere('EXISTS (SELECT 1 FROM place q WHERE q.id = ANY(c.via_places))');
  return { ...shape, defaultOrder: CANDIDATE_ORDER, idColumn: CANDIDATE_ID };
}

/** The order a place page lists its candidates in (the table's key), and their id. */
export const CANDIDATE_ORDER = [{ sql: 'c.name_key', direction: SortDirection.ASC }];
export const CANDIDATE_ID = 'c.organisation_id';
