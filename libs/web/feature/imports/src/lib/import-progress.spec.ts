import { ImportJobStatus, ImportJobView } from '@cg/web/data-access';
import { failureSentence, formatUkDateTime, importProgress, summariseReport } from './import-progress';

type Report = NonNullable<ImportJobView['report']>;

function report(overrides: Partial<Report> = {}): Report {
  return {
    rowsRead: 470,
    inserted: 12,
    updated: 3,
    unchanged: 400,
    aliases: 0,
    unmatchedCount: 0,
    unmatched: [],
    unmatchedReasons: [],
    notes: [],
    elapsedMs: 1250,
    rowsPerSecond: 376,
    ...overrides,
  };
}

describe('importProgress', () => {
  it('is determinate, in per cent, when the rows were counted first', () => {
    expect(importProgress({ status: ImportJobStatus.RUNNING, rowsRead: 2500, rowsTotal: 7455 })).toEqual({
      mode: 'determinate',
      value: 33,
      label: '2,500 of 7,455 rows read (33%).',
    });
  });

  it('is indeterminate with the count when the total is not known (TopoJSON)', () => {
    expect(importProgress({ status: ImportJobStatus.RUNNING, rowsRead: 1200, rowsTotal: null })).toEqual({
      mode: 'indeterminate',
      value: 0,
      label: '1,200 rows read so far.',
    });
  });

  it('waits while queued and is full when done', () => {
    expect(importProgress({ status: ImportJobStatus.QUEUED, rowsRead: 0, rowsTotal: null }).label).toMatch(/^Waiting/);
    expect(importProgress({ status: ImportJobStatus.SUCCEEDED, rowsRead: 7455, rowsTotal: 7455 })).toMatchObject({
      value: 100,
      label: 'Done: 7,455 rows read.',
    });
  });
});

describe('summariseReport', () => {
  it('counts what changed, and leaves out the unmatched when every row was used', () => {
    const summary = summariseReport(report());
    expect(summary.changes).toBe('12 added, 3 changed, 400 unchanged.');
    expect(summary.timing).toBe('470 rows read in 1.3 s (376 rows a second).');
    expect(summary.unmatchedHeading).toBeNull();
    expect(summary.rest).toBeNull();
  });

  it('names aliases when codes were linked', () => {
    expect(summariseReport(report({ aliases: 1 })).changes).toBe(
      '12 added, 3 changed, 400 unchanged, 1 former or register code now lead to a place.',
    );
  });

  it('lists the first unmatched rows with their reasons, most frequent reason first, and counts the rest', () => {
    const unmatched = Array.from({ length: 100 }, (_, i) => ({
      line: i + 2,
      code: `S1200${i}`,
      reason: 'no such council',
    }));
    const summary = summariseReport(
      report({
        unmatchedCount: 140,
        unmatched,
        unmatchedReasons: [
          { reason: 'row without an LSOA or council', count: 2 },
          { reason: 'no such council', count: 138 },
        ],
      }),
      10,
    );
    expect(summary.unmatchedHeading).toBe('140 rows could not be used:');
    expect(summary.reasons).toEqual(['138 × no such council', '2 × row without an LSOA or council']);
    expect(summary.rows).toHaveLength(10);
    expect(summary.rows[0]).toEqual({ line: 2, code: 'S12000', reason: 'no such council' });
    expect(summary.rest).toBe('… and 130 more rows.');
  });
});

describe('failureSentence', () => {
  it('says which file failed, why, and that nothing was kept', () => {
    expect(failureSentence({ fileName: 'topo.json', error: 'Unexpected end of JSON input.' })).toBe(
      'The import of topo.json failed: Unexpected end of JSON input. Nothing from it was kept; correct the file and upload it again.',
    );
  });
});

describe('formatUkDateTime', () => {
  it('writes UK time as dd/mm/yyyy hh:mm, in summer time too', () => {
    expect(formatUkDateTime('2026-01-15T09:05:00.000Z')).toBe('15/01/2026 09:05');
    expect(formatUkDateTime('2026-07-01T23:30:00.000Z')).toBe('02/07/2026 00:30');
    expect(formatUkDateTime(null)).toBe('');
  });
});
