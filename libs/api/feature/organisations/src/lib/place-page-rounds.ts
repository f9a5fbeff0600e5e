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
  CandidateRange,
  joinPlaceCandidates,
  lastOfFullRound,
  themesAsked,
} from './place-ordered-page';

/**
 * How many candidates one round reads: a page of 51 for a reader who sees one in four (a charity
 * CEO sees most of a region). Tests lower it so that pages take several rounds.
 */
export const placeRounds = { budget: 200 };

/**
 * One page of the directory inside the places `ids`, read in rounds: each reads at most a budget of
 * candidates after the cursor (an index range in name order), row-level security judges them, and
 * when it left fewer than the page needs, the next round starts after the round's last candidate.
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
  const round = (range: CandidateRange, args = request.args) => {
    const qb = records();
    return pageOfList(qb, joinPlaceCandidates(qb, ids, shape, themes, range), { ...request, args });
  };
  const window = await pageWindow(request.args);
  if (window.backward || window.before !== undefined) return round({ after: [null, null], budget: null });

  const fingerprint = sortFingerprint(withTiebreaker(CANDIDATE_ORDER, CANDIDATE_ID));
  const budget = placeRounds.budget;
  let after = (window.after === undefined ? [null, null] : decodeCursor(window.after, fingerprint, 2, 'after')) as [
    string | null,
    string | null,
  ];
  const edges: EdgeOf<E>[] = [];
  let page = await round({ after, budget });
  edges.push(...page.edges);
  let hasNextPage = page.pageInfo.hasNextPage;
  for (;;) {
    if (hasNextPage) break;
    const last = await lastOfFullRound(records(), ids, themes, { after, budget });
    if (!last) break;
    after = last;
    // A full page still needs to know whether another follows: one row answers.
    const room = window.limit - edges.length;
    page = await round({ after, budget }, { first: Math.max(room, 1), after: encodeCursor(fingerprint, last) });
    if (room === 0) hasNextPage = page.edges.length > 0;
    else {
      edges.push(...page.edges);
      hasNextPage = page.pageInfo.hasNextPage;
    }
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
