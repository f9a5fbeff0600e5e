import { Injectable, Signal, inject } from '@angular/core';
import type { ObservableQuery } from '@apollo/client';
import { Observable, firstValueFrom, map } from 'rxjs';
import { PLACE_LEVEL_LABELS, type Result } from '@cg/shared/domain';
import { ArchiveNeedGQL, CreateNeedGQL, CreateNeedInput, NeedAnswerChoicesGQL, NeedFilter, NeedForEditGQL, NeedForEditQuery, NeedListDocument, NeedListGQL, NeedListQuery, NeedListQueryVariables, NeedSortField, NeedSource, OrganisationSearchGQL, PlaceLevel, PlaceNameGQL, PlaceSearchGQL, Priority, SortDirection, UpdateNeedGQL, UpdateNeedInput } from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';
import { administeredOrganisationIdSet, administeredOrganisationIds } from '../admin/admin-roles';
import type { SessionUser } from '../session/session.store';

/** Needs per page of the board. */
export const NEED_PAGE_SIZE = 20;

/** Whether anything answers a need yet. */
export type NeedAnswered = 'answered' | 'unanswered';

/** What the needs board is asked to show; the page keeps this in the URL. */
export interface NeedBoardQuery {
  readonly search: string;
  /** A place id: needs in it or anywhere inside it. */
  readonly place: string | null;
  readonly priority: Priority | null;
  readonly source: NeedSource | null;
  readonly answered: NeedAnswered | null;
  /** The board has one order: most urgent, then most recent, first. */
  readonly sort: 'urgent';
  /** 1-based, for "Showing 21–40 of 40" (cursors do the paging). */
  readonly page: number;
  readonly after: string | null;
  readonly before: string | null;
}

export const EMPTY_NEED_BOARD_QUERY: NeedBoardQuery = {
  search: '',
  place: null,
  priority: null,
  source: null,
  answered: null,
  sort: 'urgent',
  page: 1,
  after: null,
  before: null,
};

export type NeedListPage = NeedListQuery['needs'];
export type NeedRow = NeedListPage['nodes'][number];
export type NeedForEdit = NeedForEditQuery['need'];

export type NeedBoardState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly page: NeedListPage };

export type NeedForEditState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly need: NeedForEdit };

/** A place, organisation, project or outcome offered by a picker. */
export interface PickerOption {
  readonly id: string;
  readonly name: string;
  /** A word or two to tell options apart ("Ward", "Local authority"). */
  readonly detail?: string;
}

/** The board's query as the API's variables: urgent and recent first. */
export function toNeedListVariables(query: NeedBoardQuery): NeedListQueryVariables {
  const conditions: NeedFilter[] = [];
  const search = query.search.trim();
  if (search) conditions.push({ title: { contains: search } });
  if (query.place) conditions.push({ withinPlace: { eq: query.place } });
  if (query.priority) conditions.push({ priority: { eq: query.priority } });
  if (query.source) conditions.push({ raisedBy: { eq: query.source } });
  if (query.answered) conditions.push({ answered: { eq: query.answered === 'answered' } });
  const paging = query.before
    ? { last: NEED_PAGE_SIZE, before: query.before }
    : { first: NEED_PAGE_SIZE, ...(query.after ? { after: query.after } : {}) };
  return {
    ...paging,
    ...(conditions.length === 0 ? {} : { filter: conditions.length === 1 ? conditions[0] : { and: conditions } }),
    sort: [
      { field: NeedSortField.PRIORITY, direction: SortDirection.DESC },
      { field: NeedSortField.RAISED_ON, direction: SortDirection.DESC },
    ],
  };
}

/**
 * Whether the user may raise needs: an instance admin or an organisation administrator. A need
 * is governed by the organisation that owns the record and the organisation that raised it.
 */
export function mayRaiseNeeds(user: SessionUser | null | undefined): boolean {
  return !!user && (user.isInstanceAdmin || administeredOrganisationIds(user).length > 0);
}

/** Whether the user may change this need (see `mayRaiseNeeds`); the API has the last word. */
export function mayEditNeed(
  user: SessionUser | null | undefined,
  need: { readonly ownerOrganisationId?: string | null; readonly raisedByOrganisationId?: string | null },
): boolean {
  if (!user) return false;
  if (user.isInstanceAdmin) return true;
  const mine = administeredOrganisationIdSet(user);
  return [need.ownerOrganisationId, need.raisedByOrganisationId].some((id) => !!id && mine.has(id));
}

/** One page of the needs board as a signal; provide it on the board and `load` the URL's query. */
@Injectable()
export class NeedBoardStore {
  private readonly listGql = inject(NeedListGQL);
  private readonly byQuery = new RequestStore<NeedBoardQuery, NeedBoardState>({
    fetch: (query, fetchPolicy) =>
      this.listGql.watch({ variables: toNeedListVariables(query), fetchPolicy }).valueChanges.pipe(map(toBoardState)),
    loading: { status: 'loading' },
    failed: () => ({ status: 'error' }),
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  readonly state: Signal<NeedBoardState> = this.byQuery.state;

  load(query: NeedBoardQuery): void {
    this.byQuery.load(query);
  }

  retry(): void {
    this.byQuery.retry();
  }
}

function toBoardState(result: ObservableQuery.Result<NeedListQuery>): NeedBoardState {
  if (result.error) return { status: 'error' };
  if (result.dataState === 'complete') return { status: 'ready', page: result.data.needs };
  return { status: 'loading' };
}

/** Loads, creates, changes and archives needs, and searches the pickers' options. */
@Injectable({ providedIn: 'root' })
export class NeedEditor {
  private readonly needGql = inject(NeedForEditGQL);
  private readonly createGql = inject(CreateNeedGQL);
  private readonly updateGql = inject(UpdateNeedGQL);
  private readonly archiveGql = inject(ArchiveNeedGQL);
  private readonly placesGql = inject(PlaceSearchGQL);
  private readonly placeNameGql = inject(PlaceNameGQL);
  private readonly organisationsGql = inject(OrganisationSearchGQL);
  private readonly answersGql = inject(NeedAnswerChoicesGQL);

  /** One need for its edit form. */
  async load(id: string): Promise<NeedForEditState> {
    try {
      const result = await firstValueFrom(this.needGql.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
      if (result.error) return isNotFound(result.error) ? { status: 'not-found' } : { status: 'error' };
      return result.data ? { status: 'ready', need: result.data.need } : { status: 'error' };
    } catch (error) {
      return isNotFound(error) ? { status: 'not-found' } : { status: 'error' };
    }
  }

  create(input: CreateNeedInput): Promise<Result<{ id: string; title: string }>> {
    return write(this.createGql.mutate({ variables: { input }, refetchQueries: [{ query: NeedListDocument }] }), (d) => d.createNeed);
  }

  update(input: UpdateNeedInput): Promise<Result<{ id: string; version: number }>> {
    return write(this.updateGql.mutate({ variables: { input } }), (d) => d.updateNeed);
  }

  archive(id: string, version: number): Promise<Result<{ id: string }>> {
    return write(this.archiveGql.mutate({ variables: { input: { id, version } } }), (d) => d.archiveNeed);
  }

  /** Places whose name contains the text (at least two letters). */
  async searchPlaces(text: string): Promise<PickerOption[]> {
    if (text.trim().length < 2) return [];
    const result = await firstValueFrom(this.placesGql.fetch({ variables: { text: text.trim() } }));
    return (result.data?.places.nodes ?? []).map((p) => ({ id: p.id, name: p.name, detail: levelLabel(p.level) }));
  }

  async placeName(id: string): Promise<PickerOption | null> {
    try {
      const result = await firstValueFrom(this.placeNameGql.fetch({ variables: { id } }));
      const place = result.data?.place;
      return place ? { id: place.id, name: place.name, detail: levelLabel(place.level) } : null;
    } catch {
      return null;
    }
  }

  /** Organisations whose name contains the text (at least two letters). */
  async searchOrganisations(text: string): Promise<PickerOption[]> {
    if (text.trim().length < 2) return [];
    const result = await firstValueFrom(this.organisationsGql.fetch({ variables: { text: text.trim() } }));
    return (result.data?.organisations.nodes ?? []).map((o) => ({ id: o.id, name: o.name }));
  }

  /** Projects and outcomes that may answer a need. */
  async answerChoices(): Promise<{ projects: PickerOption[]; outcomes: PickerOption[] }> {
    try {
      const result = await firstValueFrom(this.answersGql.fetch());
      return {
        projects: (result.data?.projects.nodes ?? []).map((p) => ({ id: p.id, name: p.name })),
        outcomes: (result.data?.outcomes.nodes ?? []).map((o) => ({ id: o.id, name: o.title })),
      };
    } catch {
      return { projects: [], outcomes: [] };
    }
  }
}


function levelLabel(level: PlaceLevel): string {
  return PLACE_LEVEL_LABELS[level] ?? level;
}

async function write<D, T>(mutation: Observable<{ error?: unknown; data?: D | null }>, pick: (data: D) => T): Promise<Result<T>> {
  try {
    const result = await firstValueFrom(mutation);
    if (result.error || !result.data) return { ok: false, error: result.error };
    return { ok: true, value: pick(result.data) };
  } catch (error) {
    return { ok: false, error };
  }
}

function isNotFound(error: unknown): boolean {
  const errors = (error as { errors?: ReadonlyArray<{ extensions?: { code?: unknown } }> } | null)?.errors ?? [];
  return errors.some((e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'BAD_USER_INPUT');
}
