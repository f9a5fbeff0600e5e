// Exact amounts in pounds for tables and lists (headline cards use formatMoneyHeadline).
const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const POUNDS_AND_PENCE = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * An amount in pounds, British style: whole pounds when there are no pence
 * (69500 → "£69,500"), pounds and pence otherwise (799.28 → "£799.28").
 */
export function formatPounds(pounds: number): string {
  return Number.isInteger(Math.round(pounds * 100) / 100) ? WHOLE_POUNDS.format(pounds) : POUNDS_AND_PENCE.format(pounds);
}

/**
 * Funding per head: like formatPounds, except that a share too small to show in pence reads
 * "under 1p" rather than a "£0" that says no funding reached the place.
 */
export function formatPoundsPerHead(pounds: number): string {
  return pounds > 0 && pounds < 0.005 ? 'under 1p' : formatPounds(pounds);
}
