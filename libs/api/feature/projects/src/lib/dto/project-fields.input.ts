import { InputType } from '@nestjs/graphql';
import {
  IdList,
  OptionalBoolean,
  OptionalDate,
  OptionalEnum,
  OptionalEnumList,
  OptionalId,
  OptionalPounds,
  OptionalText,
  OwnerOrganisationField,
  ThemesField,
  VisibilityField,
} from '@cg/api/core/graphql';
import { LevellingUpMission, ProjectStatus, Visibility } from '@cg/shared/domain';

/** Fields a person can set on a project; every one optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class ProjectFields {
  @OptionalText({ min: 2, max: 200 })
  name?: string;

  @OptionalText({ max: 5000 })
  summary?: string | null;

  @OptionalEnum(ProjectStatus, 'a project status')
  status?: ProjectStatus;

  @OptionalDate()
  startDate?: string | null;

  @OptionalDate()
  endDate?: string | null;

  @OptionalId('partnership', 'The partnership the project belongs to, if any.')
  partnershipId?: string | null;

  @OptionalPounds()
  budget?: number | null;

  @OptionalBoolean()
  sharedLeadership?: boolean;

  @ThemesField()
  themes?: string[];

  @OptionalEnumList(LevellingUpMission, 'Levelling Up missions')
  missions?: LevellingUpMission[];

  @IdList('place', 200, 'The places the project works in; on update, replaces the set.')
  placeIds?: string[];

  @IdList('outcome', 100, 'Shared outcomes the project targets; on update, replaces the set.')
  targetedOutcomeIds?: string[];

  @VisibilityField()
  visibility?: Visibility;

  @OwnerOrganisationField()
  ownerOrganisationId?: string | null;
}
