import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar, RecordType } from '@cg/api/core/graphql';
import { LevellingUpMission, PartnerRole, ProjectStatus } from '@cg/shared/domain';

@ObjectType({ implements: () => [RecordType], description: 'A joint project, on its own or within a partnership.' })
export class Project extends RecordType {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Field(() => DateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate!: string | null;

  @Field(() => ID, { nullable: true })
  partnershipId!: string | null;

  @Field(() => Float, { nullable: true, description: 'Budget in pounds (GBP).' })
  budget!: number | null;

  @Field({ description: 'Leadership explicitly shared between participants.' })
  sharedLeadership!: boolean;

  @Field(() => [String])
  themes!: string[];

  @Field(() => [LevellingUpMission])
  missions!: LevellingUpMission[];
}

@ObjectType({
  implements: () => [RecordType],
  description: 'An organisation taking part in a joint project, with its role and contribution.',
})
export class ProjectParticipant extends RecordType {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => PartnerRole)
  role!: PartnerRole;

  @Field(() => Float, { description: 'Cash contribution in pounds (GBP).' })
  cashContribution!: number;

  @Field(() => Float, { description: 'Value of in-kind contribution in pounds (GBP).' })
  inKindContribution!: number;

  @Field(() => String, { nullable: true })
  contributionNotes!: string | null;
}
