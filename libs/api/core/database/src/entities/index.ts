import { ActivityEntity } from './activity.entity';
import { AffiliationEntity } from './affiliation.entity';
import { AuditLogEntity } from './audit-log.entity';
import { FundingInstalmentEntity } from './funding-instalment.entity';
import { FundingEntity } from './funding.entity';
import { IndicatorEntity } from './indicator.entity';
import { InvitationEntity } from './invitation.entity';
import {
  ActivityOrganisationEntity,
  ActivityPersonEntity,
  NeedOutcomeEntity,
  NeedProjectEntity,
  OutcomeContributorEntity,
  PartnershipPlaceEntity,
  ProjectOutcomeEntity,
  ProjectPlaceEntity,
} from './link-tables.entity';
import { MeasurementEntity } from './measurement.entity';
import { NeedEntity } from './need.entity';
import { OrganisationIdentifierEntity } from './organisation-identifier.entity';
import { OrganisationMemberEntity } from './organisation-member.entity';
import { OrganisationPlaceEntity } from './organisation-place.entity';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationTieView } from './organisation-tie.view';
import { OutcomeEntity } from './outcome.entity';
import { PartnershipMembershipEntity } from './partnership-membership.entity';
import { PartnershipEntity } from './partnership.entity';
import { PasswordResetEntity } from './password-reset.entity';
import { PersonEntity } from './person.entity';
import { PlaceEntity } from './place.entity';
import { ProjectParticipantEntity } from './project-participant.entity';
import { ProjectEntity } from './project.entity';
import { RelationshipEntity } from './relationship.entity';
import { StoryEntity } from './story.entity';
import { UserAccountEntity } from './user-account.entity';
import { UserSessionEntity } from './user-session.entity';

export {
  ActivityEntity,
  ActivityOrganisationEntity,
  ActivityPersonEntity,
  AffiliationEntity,
  AuditLogEntity,
  FundingEntity,
  FundingInstalmentEntity,
  IndicatorEntity,
  InvitationEntity,
  MeasurementEntity,
  NeedEntity,
  NeedOutcomeEntity,
  NeedProjectEntity,
  OrganisationEntity,
  OrganisationIdentifierEntity,
  OrganisationMemberEntity,
  OrganisationPlaceEntity,
  OrganisationTieView,
  OutcomeContributorEntity,
  OutcomeEntity,
  PartnershipEntity,
  PartnershipMembershipEntity,
  PartnershipPlaceEntity,
  PasswordResetEntity,
  PersonEntity,
  PlaceEntity,
  ProjectEntity,
  ProjectOutcomeEntity,
  ProjectParticipantEntity,
  ProjectPlaceEntity,
  RelationshipEntity,
  StoryEntity,
  UserAccountEntity,
  UserSessionEntity,
};
export type { FieldChanges } from './audit-log.entity';

/** Every entity; registered once with TypeORM so features need not list their own. */
export const ENTITIES = [
  ActivityEntity,
  ActivityOrganisationEntity,
  ActivityPersonEntity,
  AffiliationEntity,
  AuditLogEntity,
  FundingEntity,
  FundingInstalmentEntity,
  IndicatorEntity,
  InvitationEntity,
  MeasurementEntity,
  NeedEntity,
  NeedOutcomeEntity,
  NeedProjectEntity,
  OrganisationEntity,
  OrganisationIdentifierEntity,
  OrganisationMemberEntity,
  OrganisationPlaceEntity,
  OrganisationTieView,
  OutcomeContributorEntity,
  OutcomeEntity,
  PartnershipEntity,
  PartnershipMembershipEntity,
  PartnershipPlaceEntity,
  PasswordResetEntity,
  PersonEntity,
  PlaceEntity,
  ProjectEntity,
  ProjectOutcomeEntity,
  ProjectParticipantEntity,
  ProjectPlaceEntity,
  RelationshipEntity,
  StoryEntity,
  UserAccountEntity,
  UserSessionEntity,
];
