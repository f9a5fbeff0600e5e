import { InputType } from '@nestjs/graphql';
import { Required } from '@cg/api/core/graphql';
import { GovernanceModel } from '@cg/shared/domain';
import { PartnershipFields } from './partnership-fields.input';

@InputType()
export class CreatePartnershipInput extends PartnershipFields {
  @Required()
  declare name: string;

  @Required(() => GovernanceModel)
  declare governanceModel: GovernanceModel;
}
