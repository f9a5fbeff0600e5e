import type { ParamMap, Params } from '@angular/router';
import { ALL_TIE_KINDS, EMPTY_NETWORK_MAP_FILTER, NetworkMapFilter, TieKind } from '@cg/web/data-access';
import { Centrality } from './centrality';

export type MapView = 'map' | 'table';

/** Everything the coalition map shows, kept in the URL so links and back and forward work. */
export interface MapQuery {
  readonly filter: NetworkMapFilter;
  readonly size: Centrality;
  readonly view: MapView;
}

export const DEFAULT_MAP_QUERY: MapQuery = { filter: EMPTY_NETWORK_MAP_FILTER, size: 'degree', view: 'map' };

const KINDS = new Set<string>(ALL_TIE_KINDS);
const SIZES = new Set<string>(['degree', 'betweenness', 'eigenvector']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Reads the map's state from the query string
 * (`?place=…&theme=Food,Youth&partnership=…&funder=…&kinds=FUNDING,RELATIONSHIP&from=2024-01-01&to=…&asAt=2023-03-31&size=betweenness&view=table`);
 * unknown values are ignored.
 */
export function parseMapQuery(params: ParamMap): MapQuery {
  const size = params.get('size') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const asAt = params.get('asAt') ?? '';
  return {
    filter: {
      place: params.get('place') || null,
      themes: list(params.get('theme')),
      partnership: params.get('partnership') || null,
      funder: params.get('funder') || null,
      kinds: ALL_TIE_KINDS.filter((kind) => list(params.get('kinds')).includes(kind)),
      from: DAY.test(from) ? from : null,
      to: DAY.test(to) ? to : null,
      asAt: DAY.test(asAt) ? asAt : null,
    },
    size: SIZES.has(size) ? (size as Centrality) : DEFAULT_MAP_QUERY.size,
    view: params.get('view') === 'table' ? 'table' : 'map',
  };
}

/** The query string for a map state, leaving defaults out so URLs stay short. */
export function toMapQueryParams(query: MapQuery): Params {
  const { filter } = query;
  const kinds = ALL_TIE_KINDS.filter((kind) => filter.kinds.includes(kind) && KINDS.has(kind));
  return {
    place: filter.place,
    theme: filter.themes.length ? filter.themes.join(',') : null,
    partnership: filter.partnership,
    funder: filter.funder,
    // All kinds ticked is the same as no kind filter.
    kinds: kinds.length && kinds.length < ALL_TIE_KINDS.length ? kinds.join(',') : null,
    from: filter.from,
    to: filter.to,
    asAt: filter.asAt,
    size: query.size === DEFAULT_MAP_QUERY.size ? null : query.size,
    view: query.view === 'map' ? null : query.view,
  };
}

/** Whether any filter narrows the network. */
export function hasFilters(filter: NetworkMapFilter): boolean {
  return !!(
    filter.place ||
    filter.themes.length ||
    filter.partnership ||
    filter.funder ||
    (filter.kinds.length && filter.kinds.length < ALL_TIE_KINDS.length) ||
    filter.from ||
    filter.to ||
    filter.asAt
  );
}

/** The tie kinds ticked in the filter: every kind when none is chosen. */
export function tickedKinds(filter: NetworkMapFilter): readonly TieKind[] {
  return filter.kinds.length ? filter.kinds : ALL_TIE_KINDS;
}

/** Ticks or unticks one kind; the last ticked kind stays ticked (a map without ties helps nobody). */
export function toggleKind(filter: NetworkMapFilter, kind: TieKind, on: boolean): readonly TieKind[] {
  const ticked = new Set(tickedKinds(filter));
  if (on) ticked.add(kind);
  else ticked.delete(kind);
  const kinds = ALL_TIE_KINDS.filter((k) => ticked.has(k));
  if (kinds.length === 0) return filter.kinds;
  return kinds.length === ALL_TIE_KINDS.length ? [] : kinds;
}
