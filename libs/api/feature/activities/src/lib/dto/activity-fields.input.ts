import { InputType } from '@nestjs/graphql';
import {
  IdList,
  OptionalDate,
  OptionalEnum,
  OptionalId,
  OptionalText,
  OptionalWholeNumber,
  OwnerOrganisationField,
  VisibilityField,
} from '@cg/api/core/graphql';
import { ActivityKind, Visibility } from '@cg/shared/domain';

/** Fields a coordinator can set on an activity; all optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class ActivityFields {
  @OptionalDate('The day it happened; today (UK time) when left out on create.')
  date?: string;

  @OptionalEnum(ActivityKind, 'one of MEETING, EVENT, WORKSHOP, CONSULTATION, DELIVERY, MILESTONE, NOTE')
  kind?: ActivityKind;

  @OptionalText({ min: 2, max: 200 })
  title?: string;

  @OptionalText({ max: 20000 })
  notes?: string | null;

  @OptionalWholeNumber({ min: 0 })
  attendance?: number | null;

  @OptionalId('place')
  placeId?: string | null;

  @OptionalId('project')
  projectId?: string | null;

  @OptionalId('partnership')
  partnershipId?: string | null;

  @IdList('organisation', 200, 'Organisations involved; on update, replaces the list when given.')
  organisationIds?: string[];

  @IdList('person', 500, 'People who took part; on update, replaces the list when given.')
  personIds?: string[];

  @VisibilityField()
  visibility?: Visibility;

  @OwnerOrganisationField()
  ownerOrganisationId?: string | null;
}
