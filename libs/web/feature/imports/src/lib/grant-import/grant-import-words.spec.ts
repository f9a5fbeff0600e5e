import { ImportJobStatus, type GrantImportJobView } from '@cg/web/data-access';
import { grantOutcome, grantProgress } from './grant-import-words';

const job = (over: Partial<GrantImportJobView>): GrantImportJobView =>
  ({
    id: 'j',
    kind: '360giving',
    fileName: 'grants.csv',
    status: ImportJobStatus.RUNNING,
    rowsRead: 0,
    rowsTotal: null,
    error: null,
    createdAt: '2026-12-07T10:00:00Z',
    updatedAt: '2026-12-07T10:00:10Z',
    finishedAt: null,
    report: null,
    ...over,
  }) as GrantImportJobView;

describe('grantProgress', () => {
  it('shows how far a counted file is, and the grants a second', () => {
    expect(grantProgress(job({ rowsRead: 1_500, rowsTotal: 6_000 }))).toEqual({
      mode: 'determinate',
      value: 25,
      label: '1,500 of 6,000 grants read (25%), 150 grants a second.',
    });
  });

  it('runs without a total for JSON, and waits politely when queued', () => {
    expect(grantProgress(job({ rowsRead: 2_000 })).label).toBe('2,000 grants read so far, 200 grants a second.');
    expect(grantProgress(job({ status: ImportJobStatus.QUEUED })).mode).toBe('indeterminate');
  });
});

describe('grantOutcome', () => {
  it('sums up what a finished import did, leaving out counts of nothing', () => {
    const done = job({
      status: ImportJobStatus.SUCCEEDED,
      report: {
        rowsRead: 366,
        inserted: 366,
        updated: 0,
        unchanged: 0,
        unmatchedCount: 0,
        unmatched: [],
        unmatchedReasons: [],
        tallies: [
          { label: 'organisations created', count: 244 },
          { label: 'organisations matched by org-id', count: 0 },
        ],
        notes: [],
        elapsedMs: 2000,
        rowsPerSecond: 183,
      },
    });
    expect(grantOutcome(done)).toEqual({
      headline: '366 grants added, 0 changed, 0 unchanged.',
      tallies: ['244 organisations created.'],
    });
  });

  it('says nothing was imported when it failed', () => {
    expect(
      grantOutcome(job({ status: ImportJobStatus.FAILED, error: 'The file is empty: there are no grants in it.' }))
        .headline,
    ).toBe('Nothing was imported: The file is empty: there are no grants in it.');
  });
});

describe('grantOutcome of a dry run', () => {
  it('says what the import would do, and that nothing was kept', () => {
    const report = {
      rowsRead: 366,
      inserted: 360,
      updated: 4,
      unchanged: 2,
      unmatchedCount: 0,
      unmatched: [],
      unmatchedReasons: [],
      tallies: [{ label: 'organisations created', count: 12 }],
      notes: [],
      elapsedMs: 1000,
      rowsPerSecond: 366,
      dryRun: true,
    };
    const outcome = grantOutcome(job({ status: ImportJobStatus.SUCCEEDED, report } as never));
    expect(outcome.headline).toBe(
      'Check only, nothing was imported: 360 grants would be added, 4 changed, 2 left as they are.',
    );
    expect(outcome.tallies).toEqual(['12 organisations would be created.']);
  });
});
