// One formatter for every count shown: British grouping (12,345), whole numbers.
const COUNT_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Formats a count for display, e.g. 12345 → "12,345". */
export function formatCount(value: number): string {
  return COUNT_FORMAT.format(value);
}
