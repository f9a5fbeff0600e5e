import { InputType } from '@nestjs/graphql';
import { Required } from '@cg/api/core/graphql';
import { ProjectFields } from './project-fields.input';

@InputType()
export class CreateProjectInput extends ProjectFields {
  @Required()
  declare name: string;
}
