import { InputType } from '@nestjs/graphql';
import { Required } from '@cg/api/core/graphql';
import { ActivityKind } from '@cg/shared/domain';
import { ActivityFields } from './activity-fields.input';

@InputType({ description: 'Only kind and title are required, plus a project or a partnership whose log it belongs to.' })
export class CreateActivityInput extends ActivityFields {
  @Required(() => ActivityKind)
  declare kind: ActivityKind;

  @Required()
  declare title: string;
}
