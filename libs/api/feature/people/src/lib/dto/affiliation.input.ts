import { InputType } from '@nestjs/graphql';
import {
  DateScalar,
  OptionalBoolean,
  OptionalDate,
  OptionalText,
  RecordId,
  Required,
  UpdateInputOf,
  VersionField,
} from '@cg/api/core/graphql';

@InputType({ isAbstract: true })
export class AffiliationFields {
  @OptionalText({ max: 200, description: 'Job title or role, e.g. "Chief Executive".' })
  title?: string | null;

  @OptionalDate()
  fromDate?: string | null;

  @OptionalDate()
  toDate?: string | null;

  @OptionalBoolean("Make this the person's primary affiliation (others stop being primary).")
  isPrimary?: boolean;
}

@InputType()
export class AddAffiliationInput extends AffiliationFields {
  @RecordId('person')
  personId!: string;

  @RecordId('organisation')
  organisationId!: string;
}

@InputType()
export class UpdateAffiliationInput extends UpdateInputOf(AffiliationFields, 'affiliation') {}

@InputType()
export class EndAffiliationInput {
  @RecordId('affiliation')
  id!: string;

  @VersionField()
  version!: number;

  @Required(() => DateScalar, 'The last day of the affiliation.')
  toDate!: string;
}
