import { Injectable, Signal, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { catchError, combineLatest, filter, map, of, switchMap } from 'rxjs';
import {
  AuditAction,
  AuditEntryFilter,
  AuditLogGQL,
  AuditLogQuery,
  AuditLogQueryVariables,
  OrganisationAccessGQL,
} from '../../generated/graphql';
import { RequestStore } from '../graphql/request-store';

/** Rows per page of the audit log. */
export const AUDIT_PAGE_SIZE = 25;

/** What the audit log is asked to show; the page keeps this in the URL. */
export interface AuditQuery {
  /** A table name such as `organisation` or `partnership_membership`. */
  readonly recordType: string | null;
  readonly action: AuditAction | null;
  /** First and last day to show, as YYYY-MM-DD UK calendar dates, both included. */
  readonly from: string | null;
  readonly to: string | null;
  /** 1-based page number, only for "Showing 26–50 of 80 changes" (cursors do the paging). */
  readonly page: number;
  readonly after: string | null;
  readonly before: string | null;
}

export const EMPTY_AUDIT_QUERY: AuditQuery = {
  recordType: null,
  action: null,
  from: null,
  to: null,
  page: 1,
  after: null,
  before: null,
};

export type AuditPage = AuditLogQuery['auditLog'];
export type AuditEntryRow = AuditPage['nodes'][number];

export type AuditLogState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly page: AuditPage };

/**
 * The start of a UK calendar day as an instant. The day is read in the browser's zone, which
 * for the people using this is the UK's; a date the calendar does not have gives null.
 */
export function startOfDay(isoDate: string, dayOffset = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  date.setDate(date.getDate() + dayOffset);
  return date.toISOString();
}

/** Turns the page's query into the API's variables: filters joined with `and`, cursor paging. */
export function toAuditVariables(query: AuditQuery): AuditLogQueryVariables {
  const conditions: AuditEntryFilter[] = [];
  if (query.recordType) conditions.push({ recordType: { eq: query.recordType } });
  if (query.action) conditions.push({ action: { eq: query.action } });
  const from = query.from ? startOfDay(query.from) : null;
  // "To 12/03/2026" includes the whole of that day.
  const to = query.to ? startOfDay(query.to, 1) : null;
  if (from || to) conditions.push({ at: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } });
  const paging = query.before
    ? { last: AUDIT_PAGE_SIZE, before: query.before }
    : { first: AUDIT_PAGE_SIZE, ...(query.after ? { after: query.after } : {}) };
  return {
    ...paging,
    ...(conditions.length === 0 ? {} : { filter: conditions.length === 1 ? conditions[0] : { and: conditions } }),
  };
}

/**
 * One page of the audit log as a signal (newest first). Instance admins get every entry,
 * organisation admins the entries about their organisations' records: the API decides.
 * Provide it on the audit log page and call `load` whenever the URL's query changes.
 */
@Injectable()
export class AuditLogStore {
  private readonly auditGql = inject(AuditLogGQL);
  private readonly byQuery = new RequestStore<AuditQuery, AuditLogState>({
    // The log grows with every change anyone makes: the first look still asks the server.
    fetch: (query, fetchPolicy) =>
      this.auditGql.watch({ variables: toAuditVariables(query), fetchPolicy }).valueChanges.pipe(
        map(toAuditState),
        filter((state): state is AuditLogState => state !== null),
      ),
    loading: { status: 'loading' },
    failed: (error) => ({ status: 'error', error }),
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  readonly state: Signal<AuditLogState> = this.byQuery.state;

  load(query: AuditQuery): void {
    this.byQuery.load(query);
  }

  retry(): void {
    this.byQuery.retry();
  }
}

function toAuditState(result: ObservableQuery.Result<AuditLogQuery>): AuditLogState | null {
  if (result.error) return { status: 'error', error: result.error };
  if (result.dataState === 'complete') return { status: 'ready', page: result.data.auditLog };
  return null;
}

/**
 * Names of the people behind audit entries. The log carries only the actor's id and the API
 * has no user directory, so names come from the users of the organisations the viewer
 * administers; anyone else stays unnamed. Provide it on the audit log page.
 */
@Injectable()
export class AuditActorNamesStore {
  private readonly accessGql = inject(OrganisationAccessGQL);
  private readonly organisationIds = signal<readonly string[]>([], { equal: (a, b) => a.join(',') === b.join(',') });

  readonly names: Signal<Readonly<Record<string, string>>> = toSignal(
    toObservable(this.organisationIds).pipe(
      switchMap((ids) =>
        ids.length === 0
          ? of({})
          : combineLatest(
              ids.map((organisationId) =>
                this.accessGql.fetch({ variables: { organisationId } }).pipe(
                  map((result) => result.data?.organisationUsers ?? []),
                  catchError(() => of([])),
                ),
              ),
            ).pipe(map((lists) => Object.fromEntries(lists.flat().map((user) => [user.userId, user.name])))),
      ),
    ),
    { initialValue: {} },
  );

  /** Learns the users of these organisations. */
  load(organisationIds: readonly string[]): void {
    this.organisationIds.set(organisationIds);
  }
}
