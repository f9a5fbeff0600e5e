import { PersonAffiliation } from '@cg/web/data-access';
import { formatUkDate, toIsoDate } from '@cg/web/ui';

/** The affiliation form's answers. */
export interface AffiliationFormValue {
  title: string | null;
  fromDate: Date | null;
  toDate: Date | null;
  isPrimary: boolean;
}

/** The affiliation form's answers as the API takes them; clearing a field sends null. */
export function toAffiliationFields(value: AffiliationFormValue) {
  return {
    title: value.title?.trim() || null,
    fromDate: value.fromDate ? toIsoDate(value.fromDate) : null,
    toDate: value.toDate ? toIsoDate(value.toDate) : null,
    isPrimary: value.isPrimary,
  };
}

/** "Since 01/04/2024", "01/04/2024 to 31/03/2025", "Until 31/03/2025", or "Dates not recorded". */
export function affiliationPeriod(affiliation: Pick<PersonAffiliation, 'fromDate' | 'toDate'>): string {
  const from = formatUkDate(affiliation.fromDate);
  const to = formatUkDate(affiliation.toDate);
  if (from && to) return `${from} to ${to}`;
  if (from) return `Since ${from}`;
  if (to) return `Until ${to}`;
  return 'Dates not recorded';
}

/** Whether the affiliation has ended by `today` (YYYY-MM-DD): its last day is before today. */
export function hasEnded(affiliation: Pick<PersonAffiliation, 'toDate'>, today: string): boolean {
  const to = typeof affiliation.toDate === 'string' ? affiliation.toDate.slice(0, 10) : null;
  return !!to && to < today;
}

/** Current affiliations first (primary first), then ended ones, most recently ended first. */
export function sortAffiliations<T extends Pick<PersonAffiliation, 'toDate' | 'isPrimary' | 'organisation'>>(
  affiliations: readonly T[],
  today: string,
): T[] {
  return [...affiliations].sort(
    (a, b) =>
      Number(hasEnded(a, today)) - Number(hasEnded(b, today)) ||
      Number(b.isPrimary) - Number(a.isPrimary) ||
      String(b.toDate ?? '').localeCompare(String(a.toDate ?? '')) ||
      a.organisation.name.localeCompare(b.organisation.name, 'en-GB'),
  );
}
