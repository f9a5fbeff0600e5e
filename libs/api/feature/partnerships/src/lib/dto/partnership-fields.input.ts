import { InputType } from '@nestjs/graphql';
import {
  IdList,
  OptionalDate,
  OptionalEnum,
  OptionalEnumList,
  OptionalText,
  OwnerOrganisationField,
  ThemesField,
  VisibilityField,
} from '@cg/api/core/graphql';
import { GovernanceModel, LevellingUpMission, PartnershipStatus, Visibility } from '@cg/shared/domain';

/** Fields a person can set on a partnership; every one optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class PartnershipFields {
  @OptionalText({ min: 2, max: 200 })
  name?: string;

  @OptionalText({ max: 5000 })
  purpose?: string | null;

  @OptionalEnum(PartnershipStatus, 'a partnership status')
  status?: PartnershipStatus;

  @OptionalDate()
  startDate?: string | null;

  @OptionalDate()
  endDate?: string | null;

  @OptionalEnum(GovernanceModel, 'a governance model')
  governanceModel?: GovernanceModel;

  @ThemesField()
  themes?: string[];

  @OptionalEnumList(LevellingUpMission, 'Levelling Up missions')
  missions?: LevellingUpMission[];

  @IdList('place', 200, 'The places the partnership covers; on update, replaces the set.')
  placeIds?: string[];

  @VisibilityField()
  visibility?: Visibility;

  @OwnerOrganisationField()
  ownerOrganisationId?: string | null;
}
