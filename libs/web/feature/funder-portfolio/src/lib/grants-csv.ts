import type { FunderGrant } from '@cg/web/data-access';

/** One CSV field, quoted when it must be, and defused when a spreadsheet would run it as a formula. */
function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A calendar day as the API sends it (yyyy-mm-dd), or empty. */
const day = (value: unknown): string | null => (value == null ? null : String(value));

const HEADER = [
  'grant_id',
  'programme',
  'recipient_kind',
  'recipient_id',
  'recipient_name',
  'amount_gbp',
  'status',
  'type',
  'award_date',
  'period_start',
  'period_end',
  'instalments',
  'unpaid_after_today_gbp',
];

/**
 * One row per grant, dates as ISO days (yyyy-mm-dd, which spreadsheets read everywhere), the
 * schedule as "date amount" pairs, and what is still to pay after `today` (an ISO day).
 */
export function grantsCsv(grants: readonly FunderGrant[], today: string): string {
  const rows = grants.map((grant): (string | number | null)[] => {
    const [kind, recipient] = grant.recipientOrganisation
      ? ['organisation', grant.recipientOrganisation]
      : grant.recipientPartnership
        ? ['partnership', grant.recipientPartnership]
        : grant.recipientProject
          ? ['project', grant.recipientProject]
          : ['hidden', null];
    const ahead = grant.schedule
      .filter((instalment) => !instalment.paid && String(instalment.dueDate) > today)
      .reduce((sum, instalment) => sum + instalment.amount, 0);
    return [
      grant.id,
      grant.programme,
      kind,
      recipient?.id ?? null,
      recipient?.name ?? null,
      grant.amount,
      grant.status,
      grant.type,
      day(grant.awardDate),
      day(grant.periodStart),
      day(grant.periodEnd),
      grant.schedule.map((instalment) => `${String(instalment.dueDate)} ${instalment.amount}`).join('; ') || null,
      ahead,
    ];
  });
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The grants awarded in `year` (all of them for null), as the portfolio's figures count a year:
 * by award date, else the start of the grant's period. A grant with neither has no year.
 */
export function grantsAwardedIn(grants: readonly FunderGrant[], year: number | null): FunderGrant[] {
  if (year === null) return [...grants];
  return grants.filter((grant) => day(grant.awardDate ?? grant.periodStart)?.startsWith(`${year}-`) ?? false);
}
