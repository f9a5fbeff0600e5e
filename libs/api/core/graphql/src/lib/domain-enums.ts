import { registerEnumType } from '@nestjs/graphql';
import {
  ActivityKind,
  AuditAction,
  FundingStatus,
  FundingType,
  GovernanceModel,
  IndicatorDirection,
  LawfulBasis,
  LevellingUpMission,
  NeedSource,
  OrganisationRole,
  OrganisationType,
  OutcomeDefiner,
  PartnerRole,
  PartnershipStatus,
  PlaceLevel,
  Priority,
  ProjectStatus,
  RelationshipType,
  Sector,
  TieKind,
  Visibility,
} from '@cg/shared/domain';

// Shared enums become GraphQL enums once, here, so every feature uses the same names.
registerEnumType(Visibility, { name: 'Visibility', description: 'Who may read a record.' });
registerEnumType(OrganisationType, { name: 'OrganisationType' });
registerEnumType(Sector, { name: 'Sector', description: 'Sector of an organisation, used by the silo measures.' });
registerEnumType(PlaceLevel, { name: 'PlaceLevel', description: 'Level of a place in the UK statistical geography, or CUSTOM.' });
registerEnumType(PartnershipStatus, { name: 'PartnershipStatus' });
registerEnumType(GovernanceModel, { name: 'GovernanceModel' });
registerEnumType(PartnerRole, { name: 'PartnerRole', description: 'Role of an organisation in a partnership or project.' });
registerEnumType(RelationshipType, { name: 'RelationshipType' });
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
registerEnumType(ActivityKind, { name: 'ActivityKind' });
registerEnumType(NeedSource, { name: 'NeedSource', description: 'Who raised a need.' });
registerEnumType(Priority, { name: 'Priority' });
registerEnumType(OutcomeDefiner, { name: 'OutcomeDefiner', description: 'Who defined a shared outcome.' });
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection', description: 'Whether higher or lower values are better.' });
registerEnumType(FundingType, { name: 'FundingType' });
registerEnumType(FundingStatus, { name: 'FundingStatus' });
registerEnumType(LawfulBasis, { name: 'LawfulBasis', description: 'UK GDPR Article 6 lawful basis for holding personal data.' });
registerEnumType(LevellingUpMission, { name: 'LevellingUpMission', description: 'The twelve Levelling Up missions (2022).' });
registerEnumType(AuditAction, { name: 'AuditAction' });
registerEnumType(OrganisationRole, { name: 'OrganisationRole', description: 'What a user may do within one organisation.' });
registerEnumType(TieKind, { name: 'TieKind', description: 'Where a tie between two organisations comes from.' });
