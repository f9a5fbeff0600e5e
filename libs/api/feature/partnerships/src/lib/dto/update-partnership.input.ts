import { InputType } from '@nestjs/graphql';
import { UpdateInputOf } from '@cg/api/core/graphql';
import { PartnershipFields } from './partnership-fields.input';

@InputType()
export class UpdatePartnershipInput extends UpdateInputOf(PartnershipFields, 'partnership') {}
