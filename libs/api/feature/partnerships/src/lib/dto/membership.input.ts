import { InputType } from '@nestjs/graphql';
import {
  OptionalBoolean,
  OptionalDate,
  OptionalEnum,
  OptionalPounds,
  OptionalText,
  RecordId,
  Required,
  UpdateInputOf,
  VersionField,
} from '@cg/api/core/graphql';
import { PartnerRole } from '@cg/shared/domain';

/** Fields of a membership a person can set; all optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class MembershipFields {
  @OptionalEnum(PartnerRole, 'a partner role')
  role?: PartnerRole;

  @OptionalDate()
  fromDate?: string | null;

  @OptionalDate()
  toDate?: string | null;

  @OptionalBoolean()
  decisionSeat?: boolean;

  @OptionalPounds()
  cashContribution?: number;

  @OptionalPounds()
  inKindContribution?: number;

  @OptionalText({ max: 2000 })
  inKindDescription?: string | null;
}

@InputType()
export class AddMembershipInput extends MembershipFields {
  @RecordId('partnership')
  partnershipId!: string;

  @RecordId('organisation')
  organisationId!: string;

  @Required(() => PartnerRole)
  declare role: PartnerRole;
}

@InputType()
export class UpdateMembershipInput extends UpdateInputOf(MembershipFields, 'membership') {}

@InputType()
export class EndMembershipInput {
  @RecordId('membership')
  id!: string;

  @VersionField()
  version!: number;

  @OptionalDate('The last day of the membership; today if not given.')
  toDate?: string;
}
