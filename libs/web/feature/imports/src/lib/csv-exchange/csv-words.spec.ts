import { actionWords, countsSentence, recordLink, timingSentence } from './csv-words';

const counts = { rows: 9, created: 2, updated: 1, matched: 4, rejected: 1, needsConfirmation: 1 };

describe('CSV import words', () => {
  it('says what a dry run would do, and what the import did', () => {
    expect(countsSentence({ counts, dryRun: true })).toBe(
      '9 rows: 2 to create, 1 to update, 4 already there, 1 with errors, 1 with a name to confirm.',
    );
    expect(countsSentence({ counts: { ...counts, rejected: 0, needsConfirmation: 0 }, dryRun: false })).toBe(
      '9 rows: 2 created, 1 updated, 4 already there.',
    );
    expect(actionWords('CREATED', true)).toBe('Would be created');
    expect(actionWords('REJECTED', false)).toBe('Not imported');
  });

  it('gives the time and speed, and links the records that have a page', () => {
    expect(timingSentence({ elapsedMs: 1250, rowsPerSecond: 1200, dryRun: false })).toBe(
      'Imported in 1.3 s (1,200 rows a second).',
    );
    expect(recordLink('organisations', 'o-1')).toBe('/organisations/o-1');
    expect(recordLink('activities', 'a-1')).toBeNull();
    expect(recordLink('people', null)).toBeNull();
  });
});
