import { Signal, WritableSignal, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Observable, catchError, filter, of, startWith, switchMap } from 'rxjs';

/** The first look may answer from the cache while it asks; "Try again" always asks the server. */
export type RequestFetchPolicy = 'cache-and-network' | 'cache-first' | 'network-only';

export interface RequestStoreOptions<R, S> {
  /** The state for a request, as it changes (a watched query's results, mapped). */
  readonly fetch: (request: R, fetchPolicy: RequestFetchPolicy) => Observable<S>;
  /** Shown while each request is under way, and from the start unless `initial` says otherwise. */
  readonly loading: S;
  /** Shown before the first request (a panel with nothing chosen yet); default `loading`. */
  readonly initial?: S;
  /** What an error thrown by `fetch` becomes (not found, or a failure to show). */
  readonly failed: (error: unknown) => S;
  /** Whether two requests ask the same thing, so `load` with it again does nothing (default `===`). */
  readonly same?: (a: R, b: R) => boolean;
  /** How the first look at a request may use the cache (default: answer from it while asking). */
  readonly firstLook?: 'cache-and-network' | 'cache-first';
  /**
   * The request, when it follows other state (the session's organisation) rather than what a page
   * asks for: the store asks again whenever it changes to a different request. `load` still works.
   */
  readonly follow?: () => R;
}

type Asked<R> = { readonly request: R; readonly attempt: number } | null;

/**
 * The state a page reads for whatever it last asked for, as a signal: `load(request)` asks (once
 * per distinct request), `retry()` asks the server again. Every query store is built on it, so
 * the request, the attempt count and the switch to the newest request are written once.
 * Create it in an injection context (a store's field).
 */
export class RequestStore<R, S> {
  private readonly request: WritableSignal<Asked<R>>;
  readonly state: Signal<S>;

  constructor(private readonly options: RequestStoreOptions<R, S>) {
    const { follow } = options;
    this.request = follow
      ? linkedSignal<R, Asked<R>>({
          source: follow,
          computation: (request, previous) =>
            previous?.value && this.same(previous.value.request, request) ? previous.value : { request, attempt: 0 },
        })
      : signal<Asked<R>>(null);
    this.state = toSignal(
      toObservable(this.request).pipe(
        filter((current) => current !== null),
        switchMap(({ request, attempt }) =>
          options.fetch(request, attempt > 0 ? 'network-only' : (options.firstLook ?? 'cache-and-network')).pipe(
            startWith(options.loading),
            catchError((error: unknown) => of(options.failed(error))),
          ),
        ),
      ),
      { initialValue: options.initial ?? options.loading },
    );
  }

  /** The request asked last, or null before the first. */
  readonly current = (): R | null => this.request()?.request ?? null;

  load(request: R): void {
    this.request.update((current) => (current && this.same(current.request, request) ? current : { request, attempt: 0 }));
  }

  private same(a: R, b: R): boolean {
    return this.options.same ? this.options.same(a, b) : a === b;
  }

  /** Asks the server again (after "Try again", or "Reload" on a conflict). */
  retry(): void {
    this.request.update((current) => (current ? { ...current, attempt: current.attempt + 1 } : current));
  }
}
