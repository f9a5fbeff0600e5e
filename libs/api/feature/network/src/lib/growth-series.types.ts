import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { MAX_SERIES_MONTHS } from '@cg/shared/domain';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { CollaborationIndex } from './network.types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How a day "as at" reads the records; shared by every as-at field so they say the same. */
export const AS_AT_RULES =
  'As at a day: memberships that had started (no start date counts as started) and had not ended before it, relationships likewise by their from and to dates, grants by their period (or award date), partnerships and projects by their start and end dates. Archived records are left out on every day, past ones too. Organisations are judged by what they took part in, not by when their record was entered.';

@ArgsType()
export class PartnershipHealthSeriesArgs {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The first month measured (its month end). By default the partnership's start date or its earliest membership, whichever is earlier; else a year before `to`.",
  })
  @IsOptional()
  @Matches(DATE)
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The last day measured. By default today, or the day a closed partnership closed.',
  })
  @IsOptional()
  @Matches(DATE)
  to?: string | null;
}

@ObjectType({ description: `A partnership as its records stood on one day. ${AS_AT_RULES}` })
export class PartnershipHealthPoint {
  @Field(() => DateScalar, { description: 'The day measured: a month end, or the series’ last day.' })
  day!: string;

  @Field(() => Int, { description: 'Members on the day.' })
  memberCount!: number;

  @Field(() => Int, { description: 'Distinct sectors among the members on the day.' })
  sectorCount!: number;

  @Field(() => Int, {
    description:
      'Distinct pairs of members tied on the day by something other than this partnership: a typed relationship, another partnership both belonged to, a joint project running, or a grant active.',
  })
  tieCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Network density of the members’ ties: tieCount over the pairs possible, n(n − 1) / 2. Empty with fewer than two members.',
  })
  density!: number | null;

  @Field(() => [CollaborationIndex], {
    description: 'The "ego, silo, logo" indices on the day, worked out as the partnership’s `collaboration` field is, from the records as they stood.',
  })
  indices!: CollaborationIndex[];
}

@ObjectType({ description: 'A partnership measured at each month end, so a coalition can watch itself grow.' })
export class PartnershipHealthSeries {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => [PartnershipHealthPoint], {
    description: `One point per month end from \`from\` to \`to\`, the last on \`to\` itself; at most the latest ${MAX_SERIES_MONTHS}.`,
  })
  points!: PartnershipHealthPoint[];
}
