import { Field, InputType } from '@nestjs/graphql';
import { ActivityKind } from '@cg/shared/domain';
import { IsDefined } from 'class-validator';
import { ActivityFields } from './activity-fields.input';

@InputType({ description: 'Only kind and title are required, plus a project or a partnership whose log it belongs to.' })
export class CreateActivityInput extends ActivityFields {
  @Field(() => ActivityKind)
  @IsDefined({ message: 'kind is required' })
  declare kind: ActivityKind;

  @Field()
  @IsDefined({ message: 'title is required' })
  declare title: string;
}
