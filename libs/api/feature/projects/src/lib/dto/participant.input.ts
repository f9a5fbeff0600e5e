import { InputType } from '@nestjs/graphql';
import { OptionalEnum, OptionalPounds, OptionalText, RecordId, Required, UpdateInputOf } from '@cg/api/core/graphql';
import { PartnerRole } from '@cg/shared/domain';

/** Fields of a project participant a person can set; all optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class ParticipantFields {
  @OptionalEnum(PartnerRole, 'a partner role')
  role?: PartnerRole;

  @OptionalPounds()
  cashContribution?: number;

  @OptionalPounds()
  inKindContribution?: number;

  @OptionalText({ max: 2000 })
  contributionNotes?: string | null;
}

@InputType()
export class AddParticipantInput extends ParticipantFields {
  @RecordId('project')
  projectId!: string;

  @RecordId('organisation')
  organisationId!: string;

  @Required(() => PartnerRole)
  declare role: PartnerRole;
}

@InputType()
export class UpdateParticipantInput extends UpdateInputOf(ParticipantFields, 'participant') {}
