import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { NetworkMapGQL } from '../../generated/graphql';
import { EMPTY_NETWORK_MAP_FILTER, NetworkMapStore } from './network-map.store';

describe('NetworkMapStore', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('shows the last network while the server marks it updating, asking again until the fresh one arrives', () => {
    const updating = [true, true, false];
    const fetch = jest.fn(() => of({ data: { network: { updating: updating.shift() } } }));
    TestBed.configureTestingModule({ providers: [NetworkMapStore, { provide: NetworkMapGQL, useValue: { fetch } }] });
    const store = TestBed.inject(NetworkMapStore);

    store.load(EMPTY_NETWORK_MAP_FILTER);
    TestBed.tick();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(store.state()).toMatchObject({ status: 'ready', network: { updating: true } });

    jest.advanceTimersByTime(NetworkMapStore.UPDATING_POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(2);
    jest.advanceTimersByTime(NetworkMapStore.UPDATING_POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(store.state()).toMatchObject({ status: 'ready', network: { updating: false } });

    // Fresh: no more asking.
    jest.advanceTimersByTime(10 * NetworkMapStore.UPDATING_POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
