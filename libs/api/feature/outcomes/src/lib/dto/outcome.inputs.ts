import { InputType } from '@nestjs/graphql';
import {
  IdList,
  OptionalBoolean,
  OptionalEnum,
  OptionalEnumList,
  OptionalId,
  OptionalText,
  OwnerOrganisationField,
  Required,
  UpdateInputOf,
  VisibilityField,
} from '@cg/api/core/graphql';
import { LevellingUpMission, OutcomeDefiner, Visibility } from '@cg/shared/domain';

/** Fields of a shared outcome; all optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class OutcomeFields {
  @OptionalText({ min: 2, max: 300 })
  title?: string;

  @OptionalText({ max: 10000 })
  description?: string | null;

  @OptionalId('partnership', 'Owner: give this or ownerProjectId, not both.')
  ownerPartnershipId?: string | null;

  @OptionalId('project', 'Owner: give this or ownerPartnershipId, not both.')
  ownerProjectId?: string | null;

  @OptionalEnum(OutcomeDefiner, 'COMMUNITY, PARTNERSHIP, FUNDER or GOVERNMENT')
  definedBy?: OutcomeDefiner;

  @OptionalBoolean()
  coProduced?: boolean;

  @OptionalEnumList(LevellingUpMission, 'Levelling Up missions')
  missions?: LevellingUpMission[];

  @IdList('organisation', 200, 'Contributing organisations; on update, replaces the list when given.')
  contributorIds?: string[];

  @VisibilityField()
  visibility?: Visibility;

  @OwnerOrganisationField()
  ownerOrganisationId?: string | null;
}

@InputType()
export class CreateOutcomeInput extends OutcomeFields {
  @Required()
  declare title: string;

  @Required(() => OutcomeDefiner)
  declare definedBy: OutcomeDefiner;
}

@InputType()
export class UpdateOutcomeInput extends UpdateInputOf(OutcomeFields, 'outcome') {}
