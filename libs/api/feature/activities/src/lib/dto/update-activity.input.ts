import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { ActivityFields } from './activity-fields.input';

@InputType()
export class UpdateActivityInput extends ActivityFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an activity id' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; if someone changed it since, you get CONFLICT.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  version!: number;
}
