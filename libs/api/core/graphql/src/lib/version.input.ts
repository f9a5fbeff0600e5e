import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names a record and the version the user last read: for archive and restore. */
@InputType()
export class RecordVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a record id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version!: number;
}
