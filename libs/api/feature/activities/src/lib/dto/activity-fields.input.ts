import { Field, InputType, Int } from '@nestjs/graphql';
import {
  IdList,
  OptionalDate,
  OptionalEnum,
  OptionalId,
  OptionalText,
  OwnerOrganisationField,
  VisibilityField,
} from '@cg/api/core/graphql';
import { ActivityKind, Visibility } from '@cg/shared/domain';
import { IsInt, IsOptional, Min } from 'class-validator';

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

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'attendance must be a whole number' })
  @Min(0, { message: 'attendance must be 0 or more' })
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
