/** The record types the API writes to the audit log (its table names), in words. */
export const RECORD_TYPE_LABELS: Readonly<Record<string, string>> = {
  organisation: 'Organisation',
  person: 'Person',
  affiliation: 'Affiliation',
  place: 'Place',
  partnership: 'Partnership',
  partnership_membership: 'Partnership member',
  relationship: 'Relationship',
  project: 'Project',
  project_participant: 'Project participant',
  activity: 'Activity',
  need: 'Need',
  outcome: 'Outcome',
  indicator: 'Indicator',
  measurement: 'Measurement',
  story: 'Story',
  funding: 'Funding',
  organisation_member: 'User’s role',
  invitation: 'Invitation',
};

/** Record types for the filter, A to Z by label. */
export const RECORD_TYPE_OPTIONS: ReadonlyArray<readonly [string, string]> = Object.entries(RECORD_TYPE_LABELS).sort(
  ([, a], [, b]) => a.localeCompare(b, 'en-GB'),
);

/** A record type the log does not know yet, e.g. `funding_instalment` → "Funding instalment". */
export function recordTypeLabel(recordType: string): string {
  return RECORD_TYPE_LABELS[recordType] ?? sentenceCase(recordType);
}

/** The pages that show one record of a type, for linking from the log. */
const RECORD_PAGES: Readonly<Record<string, string>> = {
  organisation: '/organisations',
  partnership: '/partnerships',
  project: '/projects',
  outcome: '/outcomes',
};

export function recordLink(recordType: string, recordId: string): string[] | null {
  const base = RECORD_PAGES[recordType];
  return base ? [base, recordId] : null;
}

/** "homePlaceId" or "home_place_id" → "Home place"; ids are shown as references, so "id" goes. */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > 1 && words[words.length - 1] === 'id') words.pop();
  if (words.length > 1 && words[words.length - 1] === 'ids') words[words.length - 1] = '(list)';
  return sentenceCase(words.join(' '));
}

/**
 * A before or after value (JSON from the API) in words: text as it is, dates as dd/mm/yyyy,
 * times as dd/mm/yyyy hh:mm, yes/no for booleans, lists joined; "(none)" for no value.
 */
export function describeValue(json: string | null): string {
  if (json === null || json === undefined) return '(none)';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  return describeParsed(value);
}

function describeParsed(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatUkDateTime(value);
    return value;
  }
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(describeParsed).join(', ');
  return JSON.stringify(value);
}

const UK_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as UK local time, "23/11/2026 14:05" (24-hour); '' for nothing or nonsense. */
export function formatUkDateTime(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return UK_DATE_TIME.format(date).replace(',', '');
}

/** A short, stable reference for a record or user the page cannot name, e.g. "3f2a9c1b". */
export function shortId(id: string): string {
  return id.replace(/-/g, '').slice(0, 8);
}

function sentenceCase(text: string): string {
  const spaced = text.replace(/_/g, ' ').trim();
  return spaced ? spaced[0].toUpperCase() + spaced.slice(1) : spaced;
}
