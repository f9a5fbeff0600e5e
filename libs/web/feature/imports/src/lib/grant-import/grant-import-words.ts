import { ImportJobStatus, type GrantImportJobView } from '@cg/web/data-access';

const count = (value: number) => value.toLocaleString('en-GB');

/** The progress bar for a background import (grants, or rows of a CSV): rows of rows, and the rate, while it runs. */
export function grantProgress(
  job: GrantImportJobView,
  noun = 'grants',
): {
  mode: 'determinate' | 'indeterminate';
  value: number;
  label: string;
} {
  if (job.status === ImportJobStatus.QUEUED)
    return { mode: 'indeterminate', value: 0, label: 'Waiting for the import before it to finish…' };
  if (job.status !== ImportJobStatus.RUNNING) {
    const rate = job.report?.rowsPerSecond;
    return {
      mode: 'determinate',
      value: 100,
      label: `${count(job.rowsRead)} ${noun} read${rate ? ` (${count(rate)} a second)` : ''}.`,
    };
  }
  // From the start to the last progress the server recorded: the rate so far.
  const seconds = Math.max(
    (new Date(job.updatedAt as string).getTime() - new Date(job.createdAt as string).getTime()) / 1000,
    0.001,
  );
  const rate = `${count(Math.round(job.rowsRead / seconds))} ${noun} a second`;
  if (job.rowsTotal) {
    const value = Math.min(100, Math.floor((job.rowsRead / job.rowsTotal) * 100));
    return {
      mode: 'determinate',
      value,
      label: `${count(job.rowsRead)} of ${count(job.rowsTotal)} ${noun} read (${value}%), ${rate}.`,
    };
  }
  return { mode: 'indeterminate', value: 0, label: `${count(job.rowsRead)} ${noun} read so far, ${rate}.` };
}

/** What a finished grants import did, in sentences. */
export function grantOutcome(job: GrantImportJobView): { headline: string; tallies: string[] } {
  const report = job.report;
  if (job.status === ImportJobStatus.SUCCEEDED && report?.dryRun)
    return {
      headline: `Check only, nothing was imported: ${count(report.inserted)} grants would be added, ${count(report.updated)} changed, ${count(report.unchanged)} left as they are${report.unmatchedCount ? `, and ${count(report.unmatchedCount)} refused` : ''}.`,
      tallies: report.tallies
        .filter((t) => t.count > 0)
        .map(
          (t) =>
            `${count(t.count)} ${t.label.replace(/^organisations (created|matched)/, 'organisations would be $1')}.`,
        ),
    };
  if (job.status === ImportJobStatus.SUCCEEDED && report)
    return {
      headline: `${count(report.inserted)} grants added, ${count(report.updated)} changed, ${count(report.unchanged)} unchanged.`,
      tallies: report.tallies.filter((t) => t.count > 0).map((t) => `${count(t.count)} ${t.label}.`),
    };
  // Refused rows: the server's sentence already says nothing was kept and what to do.
  if (report?.unmatchedCount && job.error) return { headline: job.error, tallies: [] };
  if (job.status === ImportJobStatus.INTERRUPTED)
    return { headline: job.error ?? 'The import was interrupted; nothing of it was kept.', tallies: [] };
  return {
    headline: `Nothing was imported: ${(job.error ?? 'the server gave no reason').replace(/\.$/, '')}.`,
    tallies: [],
  };
}
