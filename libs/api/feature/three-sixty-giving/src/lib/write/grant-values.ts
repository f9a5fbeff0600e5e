import { OrganisationType, parseOrgId } from '@cg/shared/domain';

/** An organisation as a grant names it: its org-ids (the stated one first), name and likely type. */
export interface OrganisationRef {
  ids: string[];
  name: string;
  type: OrganisationType;
}

/** What one 360Giving grant becomes: a funding record, its two organisations and its places. */
export interface GrantValues {
  grantId: string;
  title: string;
  description: string;
  amount: number;
  awardDate: string;
  periodStart: string | null;
  periodEnd: string | null;
  programme: string | null;
  funder: OrganisationRef;
  recipient: OrganisationRef;
  geoCodes: string[];
}

const TYPE_OF_SCHEME: Record<string, OrganisationType> = {
  'GB-CHC': OrganisationType.CHARITY,
  'GB-SC': OrganisationType.CHARITY,
  'GB-NIC': OrganisationType.CHARITY,
  'GB-LAE': OrganisationType.LOCAL_AUTHORITY,
  'GB-LAS': OrganisationType.LOCAL_AUTHORITY,
  'GB-PLA': OrganisationType.LOCAL_AUTHORITY,
  'GB-LANI': OrganisationType.LOCAL_AUTHORITY,
  'GB-GOR': OrganisationType.PUBLIC_BODY,
  'GB-NHS': OrganisationType.PUBLIC_BODY,
  'GB-EDU': OrganisationType.UNIVERSITY_OR_COLLEGE,
  'GB-UKPRN': OrganisationType.UNIVERSITY_OR_COLLEGE,
  'GB-MPR': OrganisationType.SOCIAL_ENTERPRISE,
  'GB-SHPE': OrganisationType.HOUSING_ASSOCIATION,
};

/** An org-id in its canonical form where the scheme is known (GB-COH numbers to eight digits), else as given. */
export function canonicalOrgId(raw: string): string {
  const trimmed = raw.trim();
  const coh = /^GB-COH-(\d{1,7})$/i.exec(trimmed);
  if (coh) return `GB-COH-${coh[1].padStart(8, '0')}`;
  const parsed = parseOrgId(trimmed);
  return 'error' in parsed ? trimmed : parsed.identifier;
}

/** The scheme part of an org-id: "GB-CHC" of "GB-CHC-1234567", the first two parts of one we do not know. */
export function schemeOf(identifier: string): string {
  const parsed = parseOrgId(identifier);
  if (!('error' in parsed)) return parsed.scheme;
  const parts = identifier.split('-');
  return parts.length > 2 ? `${parts[0]}-${parts[1]}` : parts[0];
}

function organisationRef(org: Record<string, unknown>, role: 'funder' | 'recipient'): OrganisationRef {
  const ids = [canonicalOrgId(String(org['id']))];
  const charity = typeof org['charityNumber'] === 'string' ? org['charityNumber'].trim().toUpperCase() : '';
  if (charity) ids.push(canonicalOrgId(charity.startsWith('SC') ? `GB-SC-${charity}` : `GB-CHC-${charity}`));
  const company = typeof org['companyNumber'] === 'string' ? org['companyNumber'].trim().toUpperCase() : '';
  if (company) ids.push(canonicalOrgId(`GB-COH-${company}`));
  const scheme = schemeOf(ids[0]);
  const type =
    TYPE_OF_SCHEME[scheme] ??
    (role === 'funder'
      ? OrganisationType.FUNDER
      : scheme === 'GB-COH'
        ? OrganisationType.OTHER
        : OrganisationType.COMMUNITY_GROUP);
  return { ids: [...new Set(ids)], name: String(org['name']).trim(), type };
}

/** The date part of a 360Giving date or date-time; a year or year-month means its first day. */
function dateOf(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const date = value.slice(0, 10);
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** The last day of a period `months` long starting on `start`. */
export function periodEndAfter(start: string, months: number): string {
  const [year, month, day] = start.split('-').map(Number);
  const end = new Date(Date.UTC(year, month - 1 + Math.round(months), day));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/**
 * The funding a schema-valid grant becomes, or why it cannot: money in pounds only, an
 * organisation as recipient, a period that ends after it starts. A period given as a duration
 * alone starts on the award date.
 */
export function grantValues(grant: Record<string, unknown>): GrantValues | { problem: string } {
  const recipients = grant['recipientOrganization'] as Record<string, unknown>[] | undefined;
  if (!recipients?.length) return { problem: 'a grant to individuals: only grants to organisations are imported' };
  if (grant['currency'] !== 'GBP')
    return { problem: `an amount in ${String(grant['currency'])}: only grants in pounds (GBP) are imported` };
  const amount = Number(grant['amountAwarded']);
  if (amount < 0) return { problem: `a negative amount awarded (${amount})` };
  const awardDate = dateOf(grant['awardDate']) as string;
  const planned = ((grant['plannedDates'] as Record<string, unknown>[] | undefined) ?? [])[0] ?? {};
  let periodStart = dateOf(planned['startDate']);
  let periodEnd = dateOf(planned['endDate']);
  // The schema checks the shape (2013-02-31 passes it); the calendar is checked here.
  for (const [label, date] of [
    ['award date', awardDate],
    ['planned start date', periodStart],
    ['planned end date', periodEnd],
  ])
    if (date && !isRealDate(date)) return { problem: `not a real date: the ${label} ${date} is not in the calendar` };
  const duration = typeof planned['duration'] === 'number' ? planned['duration'] : null;
  if (duration !== null && duration > 0 && !periodEnd) {
    periodStart = periodStart ?? awardDate;
    periodEnd = periodEndAfter(periodStart, duration);
  }
  if (periodStart && periodEnd && periodEnd < periodStart)
    return { problem: `planned dates end (${periodEnd}) before they start (${periodStart})` };
  const programme = ((grant['grantProgramme'] as Record<string, unknown>[] | undefined) ?? [])[0];
  const locations = (grant['beneficiaryLocation'] as Record<string, unknown>[] | undefined) ?? [];
  return {
    grantId: String(grant['id']).trim(),
    title: String(grant['title']).trim(),
    description: String(grant['description']).trim(),
    amount,
    awardDate,
    periodStart,
    periodEnd,
    programme: programme ? String(programme['title'] ?? programme['code'] ?? '').trim() || null : null,
    funder: organisationRef((grant['fundingOrganization'] as Record<string, unknown>[])[0], 'funder'),
    recipient: organisationRef(recipients[0], 'recipient'),
    geoCodes: [
      ...new Set(
        locations
          .map((location) => (typeof location['geoCode'] === 'string' ? location['geoCode'].trim().toUpperCase() : ''))
          .filter((code) => code !== ''),
      ),
    ],
  };
}
