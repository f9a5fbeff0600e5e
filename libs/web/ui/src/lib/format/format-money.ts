// Pounds for headline figures: whole pounds under £10,000, then compact ("£1.2m") so cards stay short.
const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const COMPACT_POUNDS = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  notation: 'compact',
  maximumFractionDigits: 1,
});

/** Formats an amount in pounds for a headline, e.g. 549100.27 → "£549.1k", 950 → "£950". */
export function formatMoneyHeadline(pounds: number): string {
  return Math.abs(pounds) < 10_000 ? WHOLE_POUNDS.format(pounds) : COMPACT_POUNDS.format(pounds);
}
