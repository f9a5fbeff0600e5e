import { CreateFundingInput, FundingRecipient, FundingRow, FundingStatus, FundingType, UpdateFundingInput, Visibility } from '@cg/web/data-access';
import { fromIsoDate, toIsoDate } from '@cg/web/ui';
import { InstalmentValue } from './schedule';

export interface FundingFormValue {
  funderOrganisationId: string | null;
  amount: number | null;
  type: FundingType;
  status: FundingStatus;
  programme: string | null;
  awardDate: Date | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  threeSixtyGivingId: string | null;
  visibility: Visibility;
  schedule: InstalmentValue[];
}

const iso = (date: Date | null) => (date ? toIsoDate(date) : null);

/** The form's answers as the API takes them (without recipient or id). */
export function toFundingFields(value: FundingFormValue) {
  return {
    funderOrganisationId: value.funderOrganisationId as string,
    amount: value.amount ?? 0,
    type: value.type,
    status: value.status,
    programme: value.programme?.trim() || null,
    awardDate: iso(value.awardDate),
    periodStart: iso(value.periodStart),
    periodEnd: iso(value.periodEnd),
    threeSixtyGivingId: value.threeSixtyGivingId?.trim() || null,
    visibility: value.visibility,
    schedule: [...value.schedule]
      .filter((row) => row.dueDate)
      .sort((a, b) => (a.dueDate as Date).getTime() - (b.dueDate as Date).getTime())
      .map((row) => ({ dueDate: toIsoDate(row.dueDate as Date), amount: row.amount ?? 0, paid: row.paid })),
  };
}

export function toCreateFundingInput(value: FundingFormValue, recipient: FundingRecipient): CreateFundingInput {
  return {
    ...toFundingFields(value),
    ...(recipient.kind === 'partnership' ? { recipientPartnershipId: recipient.id } : { recipientProjectId: recipient.id }),
  };
}

export function toUpdateFundingInput(value: FundingFormValue, id: string, version: number): UpdateFundingInput {
  return { id, version, ...toFundingFields(value) };
}

/** A saved funding row as the form shows it. */
export function toFundingFormValue(row: FundingRow): FundingFormValue {
  return {
    funderOrganisationId: row.funderOrganisationId,
    amount: row.amount,
    type: row.type,
    status: row.status,
    programme: row.programme ?? null,
    awardDate: fromIsoDate(row.awardDate as string | null),
    periodStart: fromIsoDate(row.periodStart as string | null),
    periodEnd: fromIsoDate(row.periodEnd as string | null),
    threeSixtyGivingId: row.threeSixtyGivingId ?? null,
    visibility: row.visibility,
    schedule: row.schedule.map((line) => ({ dueDate: fromIsoDate(line.dueDate as string), amount: line.amount, paid: line.paid })),
  };
}
