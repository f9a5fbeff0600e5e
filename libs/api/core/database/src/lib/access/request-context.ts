import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What a request's asynchronous work carries: its access scope (row-access.ts) and the
 * connections it holds (request-queries.ts). One AsyncLocalStorage holds both, because Node 20
 * runs every storage's propagation hook on every promise made: a second storage cost each
 * request's every await again (about 0.3 µs a promise, some 240 promises for a directory page;
 * issue #13, docs/performance.md "Seventh round").
 */
export interface RequestContext<Scope, Queries> {
  readonly scope?: Scope;
  readonly queries?: Queries;
}

const storage = new AsyncLocalStorage<RequestContext<unknown, unknown>>();

/** The context of the work now running, or an empty one outside any request. */
export function currentContext<Scope, Queries>(): RequestContext<Scope, Queries> {
  return (storage.getStore() ?? {}) as RequestContext<Scope, Queries>;
}

/** Runs `work` with one part of the context changed and the other kept. */
export function runWithContext<T>(change: RequestContext<unknown, unknown>, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...change }, work);
}
