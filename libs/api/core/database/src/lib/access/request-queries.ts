import { currentContext, runWithContext } from './request-context';

/** A pooled pg connection, as far as cancelling its statement needs it. */
interface Backend {
  processID?: number;
}

/**
 * The connections one HTTP request holds, so that when its client goes away (a closed tab, a
 * fetch aborted, a proxy's timeout) the statements still running for it are cancelled instead
 * of running on to their statement timeout for nobody.
 */
export class RequestQueries {
  private readonly held = new Set<Backend>();
  private abandoned = false;

  get isAbandoned(): boolean {
    return this.abandoned;
  }

  /** Called by enforceRowLevelAccess at checkout; the returned function is called at release. */
  hold(connection: Backend): () => void {
    this.held.add(connection);
    return () => this.held.delete(connection);
  }

  /**
   * Marks the request abandoned and cancels what its connections are running. Its connections
   * are then destroyed at release rather than pooled (see enforceRowLevelAccess), so a cancel that
   * arrives late can never hit another request's statement on a reused connection.
   */
  abandon(cancelBackend: (processId: number) => Promise<unknown>): Promise<unknown> {
    this.abandoned = true;
    const ids = [...this.held].map((connection) => connection.processID).filter((id): id is number => typeof id === 'number');
    return Promise.allSettled(ids.map((id) => cancelBackend(id)));
  }
}

/** Runs `work` (a request, to its end) with its connections tracked in `queries`. */
export function runWithRequestQueries<T>(queries: RequestQueries, work: () => T): T {
  return runWithContext({ queries }, work);
}

/** The current request's connections, or undefined outside a request (or in detached work). */
export function currentRequestQueries(): RequestQueries | undefined {
  return currentContext<unknown, RequestQueries>().queries;
}

/**
 * Runs `work` so that it outlives the request that started it: its statements are not cancelled
 * when that request's client goes away (a network recomputed in the background for everyone).
 * The access scope is kept.
 */
export function runDetached<T>(work: () => T): T {
  return runWithContext({ queries: undefined }, work);
}

/** The error a statement of an abandoned request fails with before it reaches the database. */
export class RequestAbandonedError extends Error {
  constructor() {
    super('The request was abandoned by its client.');
    this.name = 'RequestAbandonedError';
  }
}
