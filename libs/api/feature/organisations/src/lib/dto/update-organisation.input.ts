import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { OrganisationFields } from './organisation-fields.input';

@InputType()
export class UpdateOrganisationInput extends OrganisationFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an organisation id' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; if someone changed it since, you get CONFLICT.' })
  @IsInt()
  @Min(1)
  version!: number;
}
