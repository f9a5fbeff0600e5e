import { InputType } from '@nestjs/graphql';
import {
  OptionalBoolean,
  OptionalDate,
  OptionalEmail,
  OptionalEnum,
  OptionalId,
  OptionalText,
  Required,
  UpdateInputOf,
  VisibilityField,
} from '@cg/api/core/graphql';
import { LawfulBasis, Visibility } from '@cg/shared/domain';

/** Fields of a person; all optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class PersonFields {
  @OptionalId('organisation', 'The organisation that holds this contact; it decides who may see and erase it.')
  ownerOrganisationId?: string | null;

  @OptionalText({ min: 1, max: 200 })
  fullName?: string;

  @OptionalEmail()
  email?: string | null;

  @OptionalText({ max: 40 })
  phone?: string | null;

  @OptionalBoolean()
  livedExperience?: boolean;

  @OptionalBoolean()
  communityRepresentative?: boolean;

  @OptionalEnum(LawfulBasis, 'a UK GDPR lawful basis such as CONSENT')
  lawfulBasis?: LawfulBasis | null;

  @OptionalDate()
  consentDate?: string | null;

  @OptionalText({ max: 1000 })
  consentPurpose?: string | null;

  @OptionalText({ max: 5000 })
  privateNotes?: string | null;

  @VisibilityField()
  visibility?: Visibility;
}

@InputType()
export class CreatePersonInput extends PersonFields {
  @Required()
  declare fullName: string;
}

@InputType()
export class UpdatePersonInput extends UpdateInputOf(PersonFields, 'person') {}
