import { InputType } from '@nestjs/graphql';
import { UpdateInputOf } from '@cg/api/core/graphql';
import { ProjectFields } from './project-fields.input';

@InputType()
export class UpdateProjectInput extends UpdateInputOf(ProjectFields, 'project') {}
