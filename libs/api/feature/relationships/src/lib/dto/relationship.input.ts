import { InputType } from '@nestjs/graphql';
import {
  OptionalBoolean,
  OptionalDate,
  OptionalEnum,
  OptionalText,
  OptionalWholeNumber,
  RecordId,
  Required,
  UpdateInputOf,
  VisibilityField,
} from '@cg/api/core/graphql';
import { RelationshipType, Visibility } from '@cg/shared/domain';

/** Fields of a relationship a person can set; all optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class RelationshipFields {
  @OptionalEnum(RelationshipType, 'a relationship type such as FUNDS or REFERS_TO')
  type?: RelationshipType;

  @OptionalBoolean('False for mutual ties; true (the default) when it runs from one to the other.')
  directed?: boolean;

  @OptionalDate()
  fromDate?: string | null;

  @OptionalDate()
  toDate?: string | null;

  @OptionalWholeNumber({ min: 1, max: 5, description: '1 (weak) to 5 (strong); 3 when not given.' })
  strength?: number;

  @OptionalWholeNumber({ min: 1, max: 4 })
  trust?: number | null;

  @OptionalWholeNumber({ min: 1, max: 4 })
  value?: number | null;

  @OptionalText({ max: 5000 })
  notes?: string | null;

  @VisibilityField()
  visibility?: Visibility;
}

@InputType()
export class CreateRelationshipInput extends RelationshipFields {
  @RecordId('organisation')
  fromOrganisationId!: string;

  @RecordId('organisation')
  toOrganisationId!: string;

  @Required(() => RelationshipType)
  declare type: RelationshipType;
}

@InputType({ description: 'The two organisations of a relationship cannot change; record a new one instead.' })
export class UpdateRelationshipInput extends UpdateInputOf(RelationshipFields, 'relationship') {}
