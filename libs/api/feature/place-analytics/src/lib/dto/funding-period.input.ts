import { Field, InputType } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { badInput } from '@cg/shared/domain';
import { FUNDING_PERIOD_WORDS } from '@cg/shared/domain';
import { IsOptional, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A period of days for the funding figures. A period (not an as-at date) because funding is a
 * flow: "funding per head in 2024–25" adds up grants over time. Who is active, and who belongs
 * where, is read as it stands today, since statuses are not kept over time.
 */
@InputType({ description: `Only funding awarded in this period counts. ${FUNDING_PERIOD_WORDS}` })
export class FundingPeriodInput {
  @Field(() => DateScalar, { nullable: true, description: 'First day of the period; open-ended when absent.' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day such as 2024-04-01' })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day of the period (included); open-ended when absent.',
  })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day such as 2025-03-31' })
  to?: string | null;
}

/** The period in the shape the SQL takes: both ends, null when open. */
export interface FundingPeriod {
  from: string | null;
  to: string | null;
}

/** The period asked for, or BAD_USER_INPUT when it ends before it starts. */
export function fundingPeriod(input?: FundingPeriodInput | null): FundingPeriod {
  const from = input?.from ?? null;
  const to = input?.to ?? null;
  if (from && to && from > to) throw badInput('period', `The period ends (${to}) before it starts (${from}).`);
  return { from, to };
}

export const WHOLE_TIME: FundingPeriod = { from: null, to: null };

/** A key for caches and batches: one per distinct period. */
export const periodKey = (period: FundingPeriod) => `${period.from ?? ''}..${period.to ?? ''}`;
