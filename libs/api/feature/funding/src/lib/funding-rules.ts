import { badInput } from '@cg/shared/domain';

/** Where funding goes: exactly one of these is set. */
export interface Recipient {
  recipientOrganisationId: string | null;
  recipientPartnershipId: string | null;
  recipientProjectId: string | null;
}
export const RECIPIENT_KEYS = ['recipientOrganisationId', 'recipientPartnershipId', 'recipientProjectId'] as const;

/** Pounds to whole pence, so sums compare exactly. */
export const pence = (pounds: number) => Math.round(pounds * 100);

/** Refuses, on `recipient`, funding that does not name exactly one recipient. */
export function checkOneRecipient(funding: Partial<Recipient>): void {
  const given = RECIPIENT_KEYS.filter((key) => funding[key] != null);
  if (given.length !== 1) {
    throw badInput(
      'recipient',
      `Funding goes to exactly one recipient: give one of recipientOrganisationId, recipientPartnershipId or recipientProjectId${
        given.length ? ` (you gave ${given.join(' and ')})` : ''
      }.`,
    );
  }
}

/** Refuses, on `schedule`, instalments that do not add up to the amount to the penny, or share a due date. */
export function checkSchedule(schedule: readonly { dueDate: string; amount: number }[], amount: number): void {
  if (schedule.length === 0) return;
  const total = schedule.reduce((sum, line) => sum + pence(line.amount), 0);
  if (total !== pence(amount)) {
    throw badInput(
      'schedule',
      `The schedule's instalments add up to £${(total / 100).toFixed(2)}, but the amount is £${(pence(amount) / 100).toFixed(2)}: they must match exactly.`,
    );
  }
  const dates = new Set(schedule.map((line) => line.dueDate));
  if (dates.size !== schedule.length)
    throw badInput('schedule', 'Each instalment of the schedule needs its own due date.');
}
