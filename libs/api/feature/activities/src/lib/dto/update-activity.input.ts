import { InputType } from '@nestjs/graphql';
import { UpdateInputOf } from '@cg/api/core/graphql';
import { ActivityFields } from './activity-fields.input';

@InputType()
export class UpdateActivityInput extends UpdateInputOf(ActivityFields, 'activity') {}
