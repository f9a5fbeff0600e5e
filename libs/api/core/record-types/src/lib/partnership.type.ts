import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar, RecordType } from '@cg/api/core/graphql';
import { GovernanceModel, LevellingUpMission, PartnerRole, PartnershipStatus } from '@cg/shared/domain';

@ObjectType({
  implements: () => [RecordType],
  description: 'A coalition of organisations working together in a place.',
})
export class Partnership extends RecordType {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  purpose!: string | null;

  @Field(() => PartnershipStatus)
  status!: PartnershipStatus;

  @Field(() => DateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate!: string | null;

  @Field(() => GovernanceModel)
  governanceModel!: GovernanceModel;

  @Field(() => [String])
  themes!: string[];

  @Field(() => [LevellingUpMission], { description: 'Levelling Up missions the partnership works towards.' })
  missions!: LevellingUpMission[];
}

@ObjectType({
  implements: () => [RecordType],
  description: "An organisation's membership of a partnership: its role, seat and contribution.",
})
export class Membership extends RecordType {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => PartnerRole)
  role!: PartnerRole;

  @Field(() => DateScalar, { nullable: true, description: 'When the organisation joined.' })
  fromDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the membership ended; empty while it lasts.' })
  toDate!: string | null;

  @Field({ description: 'Whether the member holds a decision-making seat.' })
  decisionSeat!: boolean;

  @Field(() => Float, { description: 'Cash contribution in pounds (GBP).' })
  cashContribution!: number;

  @Field(() => Float, { description: 'Value of in-kind contribution in pounds (GBP).' })
  inKindContribution!: number;

  @Field(() => String, { nullable: true })
  inKindDescription!: string | null;
}
