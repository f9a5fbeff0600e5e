import { Float, ID, InputType } from '@nestjs/graphql';
import { Required } from '@cg/api/core/graphql';
import { FundingFields } from './funding-fields.input';

@InputType()
export class CreateFundingInput extends FundingFields {
  @Required(() => ID)
  declare funderOrganisationId: string;

  @Required(() => Float)
  declare amount: number;
}
