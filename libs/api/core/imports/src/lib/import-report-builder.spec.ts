import { formatImportReport, ImportReportBuilder, PROBLEMS_LISTED } from './import-report-builder';

describe('ImportReportBuilder', () => {
  it('counts every problem by reason but lists only the first hundred', () => {
    const report = new ImportReportBuilder();
    for (let line = 2; line < 2 + PROBLEMS_LISTED + 5; line++)
      report.problem(line, `G${line}`, 'bad date', `line ${line} date`);
    report.problem(500, 'G500', 'duplicate grant identifier');
    report.rowsRead = 200;
    report.tally('organisations created', 3);
    const built = report.report();
    expect(built.unmatchedCount).toBe(PROBLEMS_LISTED + 6);
    expect(built.unmatched).toHaveLength(PROBLEMS_LISTED);
    expect(built.unmatchedReasons).toEqual({ 'bad date': PROBLEMS_LISTED + 5, 'duplicate grant identifier': 1 });
    expect(built.tallies).toEqual({ 'organisations created': 3 });
  });

  it('reads as lines for the command line', () => {
    const report = new ImportReportBuilder();
    report.rowsRead = 1234;
    report.inserted = 1200;
    report.problem(7, 'G7', 'bad amount', 'amountAwarded must be number');
    const text = formatImportReport('360giving from grants.csv', report.report());
    expect(text).toContain('360giving from grants.csv: 1,234 rows read');
    expect(text).toContain('1,200 added, 0 changed, 0 unchanged.');
    expect(text).toContain('line 7: G7: amountAwarded must be number');
  });
});
