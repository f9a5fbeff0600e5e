import {
  applyFilter,
  ConnectionOf,
  countRows,
  decodeCursor,
  EdgeOf,
  encodeCursor,
  lazily,
  ListRequest,
  ListShape,
  pageOfList,
  pageWindow,
  sortFingerprint,
  withTiebreaker,
} from '@cg/api/core/graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { OrganisationFilter } from './organisation-list.types';
import {
  CANDIDATE_ID,
  CANDIDATE_ORDER,
  joinPlaceCandidates,
  themesAsked,
} from './place-ordered-page';
import { readPlaceRound } from './place-round';

/**
 * How many candidates one round reads: a page of 51 for a reader who sees one in four (a charity
 * CEO sees most of a region). Tests lower it so that pages take several rounds.
 */
export const placeRounds = { budget: 200 };

/**
 * One page of the directory inside the places `ids`, read in rounds: each reads at most a budget of
 * candidates after the cursor (an index range in name order), row-level security judges them, and
 * when it left fewer than the page needs, the next round starts after the round's last candidate.
 * Each round is one statement that also says how many candidates it read and the last of them
 * (`readPlaceRound`), so a short or empty page costs one statement and no probe.
 * So a page reads what it shows and not the whole place (27,862 candidates for the largest region).
 * Backward pages (last, before) read every candidate after their cursor in one round, as before.
 * `filter` is the filter beside the candidates (`filterBesideCandidates`); `themes` the ones they carry.
 */
export async function pageInsidePlaces<E extends ObjectLiteral, S extends string>(
  records: () => SelectQueryBuilder<E>,
  ids: string[],
  themes: ReturnType<typeof themesAsked>,
  shape: ListShape<OrganisationFilter, S>,
  request: ListRequest<OrganisationFilter, S>,
): Promise<ConnectionOf<E>> {
  const window = await pageWindow(request.args);
  if (window.backward || window.before !== undefined) {
    const qb = records();
    return pageOfList(qb, joinPlaceCandidates(qb, ids, shape, themes), request);
  }

  const fingerprint = sortFingerprint(withTiebreaker(CANDIDATE_ORDER, CANDIDATE_ID));
  let after = (window.after === undefined ? [null, null] : decodeCursor(window.after, fingerprint, 2, 'after')) as [
    string | null,
    string | null,
  ];
  const edges: EdgeOf<E>[] = [];
  let hasNextPage = false;
  for (;;) {
    // One row more than the page still needs tells whether another page follows.
    const room = window.limit - edges.length;
    const { rows, size, last } = await readPlaceRound(records(), ids, themes, shape, {
      filter: request.filter,
      columns: request.columns,
      after,
      budget: placeRounds.budget,
      rows: room + 1,
      cursor: window.after,
    });
    for (const { node, key } of rows.slice(0, room)) edges.push({ node, cursor: encodeCursor(fingerprint, key) });
    if (rows.length > room) hasNextPage = true;
    // A round with fewer candidates than its budget was the place's last: no more to ask for.
    if (hasNextPage || !last || size < placeRounds.budget) break;
    after = last;
  }

  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: window.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    // Every candidate of the places, judged: the count has no budget.
    totalCount: lazily(() => {
      const qb = records();
      const joined = joinPlaceCandidates(qb, ids, shape, themes);
      if (request.filter) applyFilter(qb, request.filter, joined.filters);
      return countRows(qb);
    }),
  };
}
