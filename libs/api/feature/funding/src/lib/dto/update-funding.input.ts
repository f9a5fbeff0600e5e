import { InputType } from '@nestjs/graphql';
import { UpdateInputOf } from '@cg/api/core/graphql';
import { FundingFields } from './funding-fields.input';

@InputType()
export class UpdateFundingInput extends UpdateInputOf(FundingFields, 'funding') {}
