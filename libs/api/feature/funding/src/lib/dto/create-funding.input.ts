import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsDefined } from 'class-validator';
import { FundingFields } from './funding-fields.input';

@InputType()
export class CreateFundingInput extends FundingFields {
  @Field(() => ID)
  @IsDefined({ message: 'funderOrganisationId is required' })
  declare funderOrganisationId: string;

  @Field(() => Float)
  @IsDefined({ message: 'amount is required' })
  declare amount: number;
}
