import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { FundingFields } from './funding-fields.input';

@InputType()
export class UpdateFundingInput extends FundingFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a funding id' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; if someone changed it since, you get CONFLICT.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  version!: number;
}
