import { Injectable, computed, inject, signal } from '@angular/core';
import { Subscription, firstValueFrom } from 'rxjs';
import type { Result } from '@cg/shared/domain';
import {
  ActivityEntryFragment,
  ActivityFilter,
  ActivityKind,
  CreateActivityInput,
  LogActivityGQL,
  ProjectActivitiesGQL,
  ProjectActivitiesQueryVariables,
} from '../../generated/graphql';

export type ActivityEntry = ActivityEntryFragment;

/** Entries per page of the log ("Show older" loads the next). */
export const ACTIVITY_PAGE_SIZE = 20;

/** The log's filters: a kind and a date range (YYYY-MM-DD, both ends included). */
export interface ActivityLogFilters {
  readonly kind: ActivityKind | null;
  readonly from: string | null;
  readonly to: string | null;
}

export const NO_ACTIVITY_FILTERS: ActivityLogFilters = { kind: null, from: null, to: null };

export interface ActivityLogState {
  readonly status: 'idle' | 'loading' | 'error' | 'ready';
  /** Newest first. */
  readonly entries: readonly ActivityEntry[];
  readonly totalCount: number;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  /** Set when "Show older" failed; the entries already shown stay. */
  readonly moreFailed: boolean;
}

const INITIAL: ActivityLogState = {
  status: 'idle',
  entries: [],
  totalCount: 0,
  hasMore: false,
  loadingMore: false,
  moreFailed: false,
};

/** The API's filter for one project's log with these filters. */
export function toActivityFilter(projectId: string, filters: ActivityLogFilters): ActivityFilter {
  const conditions: ActivityFilter[] = [{ project: { eq: projectId } }];
  if (filters.kind) conditions.push({ kind: { eq: filters.kind } });
  if (filters.from || filters.to) {
    conditions.push({ date: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) } });
  }
  return conditions.length === 1 ? conditions[0] : { and: conditions };
}

/** Whether an entry belongs in the log under these filters. */
export function matchesFilters(entry: ActivityEntry, filters: ActivityLogFilters): boolean {
  const date = String(entry.date);
  if (filters.kind && entry.kind !== filters.kind) return false;
  if (filters.from && date < filters.from) return false;
  if (filters.to && date > filters.to) return false;
  return true;
}

/**
 * Puts a newly logged entry into a newest-first log: above everything on or before its date,
 * so today's entry lands on top, and a back-dated one in its place.
 */
export function insertNewest(entries: readonly ActivityEntry[], entry: ActivityEntry): ActivityEntry[] {
  const date = String(entry.date);
  const at = entries.findIndex((e) => String(e.date) <= date);
  const rest = entries.filter((e) => e.id !== entry.id);
  const index = at === -1 ? rest.length : Math.min(at, rest.length);
  return [...rest.slice(0, index), entry, ...rest.slice(index)];
}

/**
 * A project's activity log: filtered, newest first, paged by "Show older", and quick entries
 * that appear at once without reloading. Provide it on the project page.
 */
@Injectable()
export class ActivityLogStore {
  private readonly activitiesGql = inject(ProjectActivitiesGQL);
  private readonly logGql = inject(LogActivityGQL);
  private readonly current = signal<ActivityLogState>(INITIAL);
  private projectId: string | null = null;
  private endCursor: string | null = null;
  private inFlight: Subscription | null = null;

  readonly state = this.current.asReadonly();
  readonly filters = signal<ActivityLogFilters>(NO_ACTIVITY_FILTERS);
  readonly filtered = computed(() => {
    const f = this.filters();
    return !!(f.kind || f.from || f.to);
  });
  /** The id of the entry just logged, so the page can point it out. */
  readonly justLogged = signal<string | null>(null);

  /** Loads the first page for this project and these filters, dropping any load in flight. */
  load(projectId: string, filters: ActivityLogFilters = this.filters()): void {
    this.projectId = projectId;
    this.filters.set(filters);
    this.current.update((s) => ({ ...s, status: 'loading', loadingMore: false, moreFailed: false }));
    this.fetch(null, (page) => ({
      ...INITIAL,
      status: 'ready',
      entries: page.nodes,
      totalCount: page.totalCount,
      hasMore: page.pageInfo.hasNextPage,
    }));
  }

  setFilters(filters: ActivityLogFilters): void {
    if (this.projectId) this.load(this.projectId, filters);
  }

  retry(): void {
    if (this.projectId) this.load(this.projectId);
  }

  loadMore(): void {
    const state = this.current();
    if (!this.projectId || !state.hasMore || state.loadingMore) return;
    this.current.set({ ...state, loadingMore: true, moreFailed: false });
    this.fetch(
      this.endCursor,
      (page, before) => ({
        ...before,
        entries: [...before.entries, ...page.nodes.filter((n) => !before.entries.some((e) => e.id === n.id))],
        totalCount: page.totalCount,
        hasMore: page.pageInfo.hasNextPage,
        loadingMore: false,
      }),
      true,
    );
  }

  /** Logs an activity; on success it joins the log at once (when the filters let it). */
  async log(input: CreateActivityInput): Promise<Result<ActivityEntry>> {
    try {
      const result = await firstValueFrom(this.logGql.mutate({ variables: { input } }));
      const entry = result.data?.createActivity;
      if (!entry) return { ok: false, error: new Error('The server sent no activity back.') };
      if (input.projectId === this.projectId && matchesFilters(entry, this.filters())) {
        this.current.update((s) => ({
          ...s,
          status: s.status === 'idle' ? 'ready' : s.status,
          entries: insertNewest(s.entries, entry),
          totalCount: s.totalCount + 1,
        }));
      }
      this.justLogged.set(entry.id);
      return { ok: true, value: entry };
    } catch (error) {
      return { ok: false, error };
    }
  }

  /**
   * Puts a changed entry (edited, or restored after archiving) where its date now belongs, or
   * takes it out when the filters no longer let it in.
   */
  replace(entry: ActivityEntry): void {
    if (entry.projectId !== this.projectId) return;
    this.current.update((s) => {
      const had = s.entries.some((e) => e.id === entry.id);
      const rest = s.entries.filter((e) => e.id !== entry.id);
      if (!matchesFilters(entry, this.filters())) return { ...s, entries: rest, totalCount: s.totalCount - (had ? 1 : 0) };
      return { ...s, entries: insertNewest(rest, entry), totalCount: s.totalCount + (had ? 0 : 1) };
    });
  }

  /** Takes an archived entry out of the log. */
  remove(id: string): void {
    this.current.update((s) =>
      s.entries.some((e) => e.id === id) ? { ...s, entries: s.entries.filter((e) => e.id !== id), totalCount: s.totalCount - 1 } : s,
    );
    if (this.justLogged() === id) this.justLogged.set(null);
  }

  private fetch(
    after: string | null,
    next: (
      page: { nodes: ActivityEntry[]; totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean } },
      before: ActivityLogState,
    ) => ActivityLogState,
    more = false,
  ): void {
    if (!this.projectId) return;
    this.inFlight?.unsubscribe();
    const variables: ProjectActivitiesQueryVariables = {
      first: ACTIVITY_PAGE_SIZE,
      filter: toActivityFilter(this.projectId, this.filters()),
      ...(after ? { after } : {}),
    };
    this.inFlight = this.activitiesGql.fetch({ variables, fetchPolicy: 'network-only' }).subscribe({
      next: (result) => {
        const page = result.data?.activities;
        if (!page) {
          this.fail(more);
          return;
        }
        this.endCursor = page.pageInfo.endCursor ?? null;
        this.current.update((before) => next(page, before));
      },
      error: () => this.fail(more),
    });
  }

  private fail(more: boolean): void {
    this.current.update((s) => (more ? { ...s, loadingMore: false, moreFailed: true } : { ...s, status: 'error' }));
  }
}
