import { Field, InputType } from '@nestjs/graphql';
import { OrganisationType } from '@cg/shared/domain';
import { Required } from '@cg/api/core/graphql';
import { ArrayMaxSize, IsOptional, IsString } from 'class-validator';
import { OrganisationFields } from './organisation-fields.input';

@InputType()
export class CreateOrganisationInput extends OrganisationFields {
  @Required()
  declare name: string;

  @Required(() => OrganisationType)
  declare type: OrganisationType;

  @Field(() => [String], {
    nullable: true,
    description: 'org-id identifiers, e.g. GB-CHC-1234567; the first is primary.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  identifiers?: string[];
}
