import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ActivityEntity } from './activity.entity';
import { FundingEntity } from './funding.entity';
import { NeedEntity } from './need.entity';
import { OrganisationEntity } from './organisation.entity';
import { OutcomeEntity } from './outcome.entity';
import { PartnershipEntity } from './partnership.entity';
import { PersonEntity } from './person.entity';
import { PlaceEntity } from './place.entity';
import { ProjectEntity } from './project.entity';

// Plain many-to-many links: a composite key, a foreign key each way, and an index
// on the second column for lookups from that side.

@Entity('partnership_place')
export class PartnershipPlaceEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @Index()
  @PrimaryColumn({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;
}

@Entity('project_place')
export class ProjectPlaceEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Index()
  @PrimaryColumn({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;
}

/** Outcomes a project targets (besides those it owns). */
@Entity('project_outcome')
export class ProjectOutcomeEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Index()
  @PrimaryColumn({ name: 'outcome_id', type: 'uuid' })
  outcomeId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @ManyToOne(() => OutcomeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id' })
  outcome?: OutcomeEntity;
}

/** Organisations involved in an activity. */
@Entity('activity_organisation')
export class ActivityOrganisationEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Index()
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: ActivityEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}

/** People who took part in an activity. */
@Entity('activity_person')
export class ActivityPersonEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Index()
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: ActivityEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
}

/** Projects answering a need. */
@Entity('need_project')
export class NeedProjectEntity {
  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @Index()
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: NeedEntity;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;
}

/** Outcomes answering a need. */
@Entity('need_outcome')
export class NeedOutcomeEntity {
  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @Index()
  @PrimaryColumn({ name: 'outcome_id', type: 'uuid' })
  outcomeId!: string;

  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: NeedEntity;

  @ManyToOne(() => OutcomeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id' })
  outcome?: OutcomeEntity;
}

/** Organisations credited with contributing to a shared outcome. */
@Entity('outcome_contributor')
export class OutcomeContributorEntity {
  @PrimaryColumn({ name: 'outcome_id', type: 'uuid' })
  outcomeId!: string;

  @Index()
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OutcomeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id' })
  outcome?: OutcomeEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}

/** The places a grant benefits (360Giving beneficiaryLocation), matched by GSS code. */
@Entity('funding_place')
export class FundingPlaceEntity {
  @PrimaryColumn({ name: 'funding_id', type: 'uuid' })
  fundingId!: string;

  @Index()
  @PrimaryColumn({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @ManyToOne(() => FundingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'funding_id' })
  funding?: FundingEntity;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;
}
