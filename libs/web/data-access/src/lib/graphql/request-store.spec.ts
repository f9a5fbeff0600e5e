import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, throwError } from 'rxjs';
import { RequestFetchPolicy, RequestStore } from './request-store';

type State = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: string };

/** A store over a fetch whose answers the test sends by hand, recording each request and policy. */
function setUp(options: { initial?: State; firstLook?: 'cache-first'; follow?: () => { id: string } } = {}) {
  const asked: Array<{ request: { id: string }; fetchPolicy: RequestFetchPolicy }> = [];
  let answers = new Subject<State>();
  const store = TestBed.runInInjectionContext(
    () =>
      new RequestStore<{ id: string }, State>({
        fetch: (request, fetchPolicy) => {
          asked.push({ request, fetchPolicy });
          answers = new Subject<State>();
          return request.id === 'broken' ? throwError(() => new Error('down')) : answers;
        },
        loading: { status: 'loading' },
        failed: (error) => ({ status: 'error', message: (error as Error).message }),
        same: (a, b) => a.id === b.id,
        ...options,
      }),
  );
  return { store, asked, answer: (state: State) => answers.next(state) };
}

describe('RequestStore', () => {
  it('shows loading, then what the fetch answers, asking once per distinct request', () => {
    const { store, asked, answer } = setUp();
    expect(store.state()).toEqual({ status: 'loading' });
    store.load({ id: 'a' });
    TestBed.tick();
    answer({ status: 'ready', value: 'A' });
    expect(store.state()).toEqual({ status: 'ready', value: 'A' });
    store.load({ id: 'a' });
    TestBed.tick();
    expect(asked).toEqual([{ request: { id: 'a' }, fetchPolicy: 'cache-and-network' }]);
    expect(store.current()).toEqual({ id: 'a' });
  });

  it('asks the server again on retry, and a new request replaces the one in flight', () => {
    const { store, asked, answer } = setUp({ firstLook: 'cache-first' });
    store.load({ id: 'a' });
    TestBed.tick();
    store.retry();
    TestBed.tick();
    expect(store.state()).toEqual({ status: 'loading' });
    store.load({ id: 'b' });
    TestBed.tick();
    answer({ status: 'ready', value: 'B' });
    expect(store.state()).toEqual({ status: 'ready', value: 'B' });
    expect(asked.map((a) => [a.request.id, a.fetchPolicy])).toEqual([
      ['a', 'cache-first'],
      ['a', 'network-only'],
      ['b', 'cache-first'],
    ]);
  });

  it('turns a failed fetch into the failed state, and starts from `initial` when given', () => {
    const { store } = setUp({ initial: { status: 'idle' } });
    expect(store.state()).toEqual({ status: 'idle' });
    store.retry();
    TestBed.tick();
    expect(store.state()).toEqual({ status: 'idle' });
    store.load({ id: 'broken' });
    TestBed.tick();
    expect(store.state()).toEqual({ status: 'error', message: 'down' });
  });

  it('follows a request derived from other state, asking again only when it changes', () => {
    const organisation = signal('a');
    const { store, asked, answer } = setUp({ follow: () => ({ id: organisation() }) });
    TestBed.tick();
    expect(store.current()).toEqual({ id: 'a' });
    answer({ status: 'ready', value: 'A' });
    expect(store.state()).toEqual({ status: 'ready', value: 'A' });
    store.retry();
    TestBed.tick();
    // The same organisation again (a new object, the same request) keeps the attempt.
    organisation.set('a');
    TestBed.tick();
    organisation.set('b');
    TestBed.tick();
    expect(store.state()).toEqual({ status: 'loading' });
    answer({ status: 'ready', value: 'B' });
    expect(store.state()).toEqual({ status: 'ready', value: 'B' });
    expect(asked.map((a) => [a.request.id, a.fetchPolicy])).toEqual([
      ['a', 'cache-and-network'],
      ['a', 'network-only'],
      ['b', 'cache-and-network'],
    ]);
  });
});
