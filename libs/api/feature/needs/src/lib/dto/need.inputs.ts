import { InputType } from '@nestjs/graphql';
import {
  IdList,
  OptionalDate,
  OptionalEnum,
  OptionalId,
  OptionalText,
  OwnerOrganisationField,
  Required,
  ThemesField,
  UpdateInputOf,
  VisibilityField,
} from '@cg/api/core/graphql';
import { NeedSource, Priority, Visibility } from '@cg/shared/domain';

@InputType({ isAbstract: true })
export class NeedFields {
  @OptionalText({ min: 2, max: 200 })
  title?: string;

  @OptionalText({ max: 10000 })
  description?: string | null;

  @OptionalId('place')
  placeId?: string | null;

  @OptionalEnum(NeedSource, 'COMMUNITY, ORGANISATION or DATA')
  raisedBy?: NeedSource;

  @OptionalId('organisation', 'Required when raisedBy is ORGANISATION, and only then.')
  raisedByOrganisationId?: string | null;

  @OptionalDate('Today (UK time) when left out on create.')
  raisedOn?: string;

  @ThemesField()
  themes?: string[];

  @OptionalEnum(Priority, 'LOW, MEDIUM, HIGH or URGENT', 'MEDIUM when left out on create.')
  priority?: Priority;

  @IdList('project', 200, 'Projects answering the need; on update, replaces the list when given.')
  projectIds?: string[];

  @IdList('outcome', 200, 'Outcomes answering the need; on update, replaces the list when given.')
  outcomeIds?: string[];

  @VisibilityField()
  visibility?: Visibility;

  @OwnerOrganisationField()
  ownerOrganisationId?: string | null;
}

@InputType()
export class CreateNeedInput extends NeedFields {
  @Required()
  declare title: string;

  @Required(() => NeedSource)
  declare raisedBy: NeedSource;
}

@InputType()
export class UpdateNeedInput extends UpdateInputOf(NeedFields, 'need') {}
