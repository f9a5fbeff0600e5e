import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar, RecordType } from '@cg/api/core/graphql';
import { FundingStatus, FundingType } from '@cg/shared/domain';

@ObjectType({
  implements: () => [RecordType],
  description: "A funder's commitment to an organisation, a partnership or a project.",
})
export class Funding extends RecordType {
  @Field(() => ID)
  funderOrganisationId!: string;

  @Field(() => ID, { nullable: true })
  recipientOrganisationId!: string | null;

  @Field(() => ID, { nullable: true })
  recipientPartnershipId!: string | null;

  @Field(() => ID, { nullable: true })
  recipientProjectId!: string | null;

  @Field(() => Float, { description: 'Total amount in pounds (GBP).' })
  amount!: number;

  @Field(() => FundingType)
  type!: FundingType;

  @Field(() => String, { nullable: true })
  programme!: string | null;

  @Field(() => DateScalar, { nullable: true })
  awardDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  periodStart!: string | null;

  @Field(() => DateScalar, { nullable: true })
  periodEnd!: string | null;

  @Field(() => FundingStatus)
  status!: FundingStatus;

  @Field(() => String, { nullable: true, description: 'The 360Giving grant identifier, when imported.' })
  threeSixtyGivingId!: string | null;
}

@ObjectType({ description: 'One instalment of a multi-year funding schedule.' })
export class FundingInstalment {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar)
  dueDate!: string;

  @Field(() => Float, { description: 'Pounds (GBP).' })
  amount!: number;

  @Field()
  paid!: boolean;
}
