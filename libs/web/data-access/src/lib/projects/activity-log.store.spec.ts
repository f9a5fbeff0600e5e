import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { ActivityKind, LogActivityDocument, ProjectActivitiesDocument } from '../../generated/graphql';
import {
  ActivityEntry,
  ActivityLogStore,
  NO_ACTIVITY_FILTERS,
  insertNewest,
  matchesFilters,
  toActivityFilter,
} from './activity-log.store';

function entry(id: string, date: string, kind = ActivityKind.MEETING): ActivityEntry {
  return {
    __typename: 'Activity',
    id,
    version: 1,
    date,
    kind,
    title: `Entry ${id}`,
    notes: null,
    attendance: null,
    projectId: 'p1',
    partnershipId: null,
    place: null,
    organisations: [],
    people: [],
  } as ActivityEntry;
}

function page(nodes: ActivityEntry[], hasNextPage = false) {
  return { activities: { __typename: 'ActivityConnection', totalCount: nodes.length + (hasNextPage ? 5 : 0), pageInfo: { __typename: 'PageInfo', endCursor: 'end', hasNextPage }, nodes } };
}

describe('activity log helpers', () => {
  it('filters one project, and adds kind and date range only when chosen', () => {
    expect(toActivityFilter('p1', NO_ACTIVITY_FILTERS)).toEqual({ project: { eq: 'p1' } });
    expect(toActivityFilter('p1', { kind: ActivityKind.EVENT, from: '2026-01-01', to: null })).toEqual({
      and: [{ project: { eq: 'p1' } }, { kind: { eq: ActivityKind.EVENT } }, { date: { gte: '2026-01-01' } }],
    });
  });

  it('knows whether an entry passes the filters, both ends of the range included', () => {
    const e = entry('a', '2026-03-10', ActivityKind.EVENT);
    expect(matchesFilters(e, { kind: null, from: '2026-03-10', to: '2026-03-10' })).toBe(true);
    expect(matchesFilters(e, { kind: ActivityKind.MEETING, from: null, to: null })).toBe(false);
    expect(matchesFilters(e, { kind: null, from: '2026-03-11', to: null })).toBe(false);
  });

  it('puts a new entry above those on or before its date', () => {
    const log = [entry('a', '2026-05-01'), entry('b', '2026-04-01'), entry('c', '2026-03-01')];
    expect(insertNewest(log, entry('n', '2026-06-01')).map((e) => e.id)).toEqual(['n', 'a', 'b', 'c']);
    expect(insertNewest(log, entry('n', '2026-04-01')).map((e) => e.id)).toEqual(['a', 'n', 'b', 'c']);
    expect(insertNewest(log, entry('n', '2020-01-01')).map((e) => e.id)).toEqual(['a', 'b', 'c', 'n']);
  });
});

/** Apollo hands results over asynchronously. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('ActivityLogStore', () => {
  let store: ActivityLogStore;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [ActivityLogStore] });
    store = TestBed.inject(ActivityLogStore);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('loads the newest entries, then older ones on request', async () => {
    store.load('p1');
    expect(store.state().status).toBe('loading');
    const first = controller.expectOne(ProjectActivitiesDocument);
    expect(first.operation.variables['filter']).toEqual({ project: { eq: 'p1' } });
    first.flush({ data: page([entry('a', '2026-05-01')], true) });
    await settle();
    expect(store.state()).toMatchObject({ status: 'ready', hasMore: true, totalCount: 6 });

    store.loadMore();
    const more = controller.expectOne(ProjectActivitiesDocument);
    expect(more.operation.variables['after']).toBe('end');
    more.flush({ data: page([entry('b', '2026-04-01')]) });
    await settle();
    expect(store.state().entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(store.state().hasMore).toBe(false);
  });

  it('shows a failed load as an error, and a failed "older" without losing what is shown', async () => {
    store.load('p1');
    controller.expectOne(ProjectActivitiesDocument).networkError(new Error('offline'));
    await settle();
    expect(store.state().status).toBe('error');

    store.retry();
    controller.expectOne(ProjectActivitiesDocument).flush({ data: page([entry('a', '2026-05-01')], true) });
    await settle();
    store.loadMore();
    controller.expectOne(ProjectActivitiesDocument).networkError(new Error('offline'));
    await settle();
    expect(store.state()).toMatchObject({ status: 'ready', moreFailed: true, loadingMore: false });
    expect(store.state().entries).toHaveLength(1);
  });

  it('puts a logged activity on top at once, without loading the log again', async () => {
    store.load('p1');
    controller.expectOne(ProjectActivitiesDocument).flush({ data: page([entry('a', '2026-05-01')]) });

    const saving = store.log({ projectId: 'p1', kind: ActivityKind.MEETING, title: 'New', date: '2026-06-01' });
    controller.expectOne(LogActivityDocument).flush({ data: { createActivity: { ...entry('n', '2026-06-01'), title: 'New' } } });
    const result = await saving;

    expect(result.ok).toBe(true);
    expect(store.state().entries.map((e) => e.id)).toEqual(['n', 'a']);
    expect(store.state().totalCount).toBe(2);
    expect(store.justLogged()).toBe('n');
    controller.expectNone(ProjectActivitiesDocument);
  });

  it('keeps a logged activity out of a log filtered to another kind', async () => {
    store.load('p1', { kind: ActivityKind.EVENT, from: null, to: null });
    controller.expectOne(ProjectActivitiesDocument).flush({ data: page([]) });
    const saving = store.log({ projectId: 'p1', kind: ActivityKind.MEETING, title: 'New' });
    controller.expectOne(LogActivityDocument).flush({ data: { createActivity: entry('n', '2026-06-01') } });
    await saving;
    expect(store.state().entries).toEqual([]);
  });

  it('hands back the API’s error when logging is refused', async () => {
    store.load('p1');
    controller.expectOne(ProjectActivitiesDocument).flush({ data: page([]) });
    const saving = store.log({ projectId: 'p1', kind: ActivityKind.MEETING, title: 'New' });
    controller
      .expectOne(LogActivityDocument)
      .graphqlErrors([{ message: 'Not allowed.', extensions: { code: 'FORBIDDEN' } } as never]);
    const result = await saving;
    expect(result.ok).toBe(false);
    expect(store.state().entries).toEqual([]);
  });

  it('moves an edited entry to where its new date belongs, and drops it when the filters no longer let it in', async () => {
    store.load('p1', { kind: ActivityKind.MEETING, from: null, to: null });
    controller.expectOne(ProjectActivitiesDocument).flush({ data: page([entry('a', '2026-05-01'), entry('b', '2026-04-01')]) });
    await settle();

    store.replace({ ...entry('b', '2026-06-01'), version: 2, title: 'Moved' });
    expect(store.state().entries.map((e) => [e.id, e.title])).toEqual([['b', 'Moved'], ['a', 'Entry a']]);
    expect(store.state().totalCount).toBe(2);

    store.replace({ ...entry('a', '2026-05-01', ActivityKind.EVENT), version: 2 });
    expect(store.state().entries.map((e) => e.id)).toEqual(['b']);
    expect(store.state().totalCount).toBe(1);
  });

  it('takes an archived entry out, and puts it back when restored', async () => {
    store.load('p1');
    controller.expectOne(ProjectActivitiesDocument).flush({ data: page([entry('a', '2026-05-01'), entry('b', '2026-04-01')]) });
    await settle();

    store.remove('a');
    expect(store.state().entries.map((e) => e.id)).toEqual(['b']);
    expect(store.state().totalCount).toBe(1);
    store.remove('a');
    expect(store.state().totalCount).toBe(1);

    store.replace({ ...entry('a', '2026-05-01'), version: 3 });
    expect(store.state().entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(store.state().totalCount).toBe(2);
  });

  it('leaves entries of another project alone', async () => {
    store.load('p1');
    controller.expectOne(ProjectActivitiesDocument).flush({ data: page([entry('a', '2026-05-01')]) });
    await settle();
    store.replace({ ...entry('x', '2026-06-01'), projectId: 'p2' });
    expect(store.state().entries.map((e) => e.id)).toEqual(['a']);
  });
});
