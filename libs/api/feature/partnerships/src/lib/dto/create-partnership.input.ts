import { Field, InputType } from '@nestjs/graphql';
import { GovernanceModel } from '@cg/shared/domain';
import { IsDefined } from 'class-validator';
import { PartnershipFields } from './partnership-fields.input';

@InputType()
export class CreatePartnershipInput extends PartnershipFields {
  @Field()
  @IsDefined({ message: 'name is required' })
  declare name: string;

  @Field(() => GovernanceModel)
  @IsDefined({ message: 'governanceModel is required' })
  declare governanceModel: GovernanceModel;
}
