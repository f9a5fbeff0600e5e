import { TestBed } from '@angular/core/testing';
import type { ObservableQuery } from '@apollo/client';
import { Subject } from 'rxjs';
import { connectionListStore, joinFilters, pagingVariables } from './connection-list';

describe('connection list helpers', () => {
  it('pages forwards from a cursor, backwards before one, and from the start without', () => {
    expect(pagingVariables({ after: null, before: null }, 20)).toEqual({ first: 20 });
    expect(pagingVariables({ after: 'c2', before: null }, 20)).toEqual({ first: 20, after: 'c2' });
    expect(pagingVariables({ after: null, before: 'c1' }, 20)).toEqual({ last: 20, before: 'c1' });
  });

  it('sends no filter, one condition as it is, or several joined with and', () => {
    expect(joinFilters([])).toEqual({});
    expect(joinFilters([{ status: 'ACTIVE' }])).toEqual({ filter: { status: 'ACTIVE' } });
    expect(joinFilters([{ status: 'ACTIVE' }, { name: 'River' }])).toEqual({ filter: { and: [{ status: 'ACTIVE' }, { name: 'River' }] } });
  });

  it('a list store shows the page a complete answer holds, and an error as an error', () => {
    const answers = new Subject<ObservableQuery.Result<{ items: string }>>();
    const store = TestBed.runInInjectionContext(() =>
      connectionListStore(
        (_query: { search: string }) => answers,
        (data: { items: string }) => data.items,
      ),
    );
    store.load({ search: 'river' });
    TestBed.tick();
    expect(store.state()).toEqual({ status: 'loading' });
    answers.next({ data: { items: 'page 1' }, dataState: 'complete' } as ObservableQuery.Result<{ items: string }>);
    expect(store.state()).toEqual({ status: 'ready', page: 'page 1' });
    answers.next({ error: new Error('down'), dataState: 'empty' } as unknown as ObservableQuery.Result<{ items: string }>);
    expect(store.state()).toEqual({ status: 'error' });
  });
});
