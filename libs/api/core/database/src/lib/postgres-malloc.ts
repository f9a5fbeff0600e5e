/**
 * glibc's malloc gives the free memory at the top of a process's heap back to the kernel once it
 * passes 128 KB. A PostgreSQL backend whose heap top is where each statement's executor memory
 * lives (after it has prepared many statement texts, as a pooled API connection does) then gives
 * that memory back after every statement and takes it again, page fault by page fault, on the
 * next: the organisation profile's statement went from 0.4 to 2.0 ms of the backend's CPU after
 * 250 other texts were prepared on its connection (perf: 29% of the time in page faults from
 * `_int_malloc`). Keeping up to 8 MB of it stops that, at the cost of at most 8 MB more resident
 * per backend (issue #13, docs/performance.md "The backends' heap").
 */
export const TRIM_THRESHOLD_TUNABLE = 'glibc.malloc.trim_threshold';
const TRIM_THRESHOLD_BYTES = 8 * 1024 * 1024;

/** GLIBC_TUNABLES for PostgreSQL: the operator's own tunables kept, and their trim threshold if they set one. */
export function postgresMallocTunables(current: string | undefined): string {
  const tunables = (current ?? '').split(':').filter(Boolean);
  if (tunables.some((tunable) => tunable.startsWith(`${TRIM_THRESHOLD_TUNABLE}=`))) return tunables.join(':');
  return [...tunables, `${TRIM_THRESHOLD_TUNABLE}=${TRIM_THRESHOLD_BYTES}`].join(':');
}

/**
 * Runs `start` (which spawns PostgreSQL, copying this process's environment) with GLIBC_TUNABLES
 * set for the child, then puts this process's value back. glibc reads it only when a process
 * starts, so this process's own malloc is unchanged.
 */
export async function withPostgresMallocTunables<T>(start: () => Promise<T>): Promise<T> {
  const before = process.env['GLIBC_TUNABLES'];
  process.env['GLIBC_TUNABLES'] = postgresMallocTunables(before);
  try {
    return await start();
  } finally {
    if (before === undefined) delete process.env['GLIBC_TUNABLES'];
    else process.env['GLIBC_TUNABLES'] = before;
  }
}
