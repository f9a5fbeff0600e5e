import { Field, InputType } from '@nestjs/graphql';
import { IsDefined } from 'class-validator';
import { ProjectFields } from './project-fields.input';

@InputType()
export class CreateProjectInput extends ProjectFields {
  @Field()
  @IsDefined({ message: 'name is required' })
  declare name: string;
}
