import { InputType } from '@nestjs/graphql';
import { UpdateInputOf } from '@cg/api/core/graphql';
import { OrganisationFields } from './organisation-fields.input';

@InputType()
export class UpdateOrganisationInput extends UpdateInputOf(OrganisationFields, 'organisation') {}
