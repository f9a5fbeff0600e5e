import { SurveyResults, SurveyRoundStatus } from '@cg/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';
import { PartnershipEntity } from './partnership.entity';

/**
 * A PARTNER survey round of a partnership. Readable wherever the partnership is; its results are
 * frozen into `results` when it closes, so readers only ever get aggregates (issue #15).
 */
@Entity('survey_round')
export class SurveyRoundEntity extends RecordEntity {
  @Index()
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  /** Answers are taken up to and including this day (UK). */
  @Column({ name: 'closes_on', type: 'date' })
  closesOn!: string;

  @Column({ type: 'enum', enum: SurveyRoundStatus, enumName: 'survey_round_status', default: SurveyRoundStatus.OPEN })
  status!: SurveyRoundStatus;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** The partnership's members when the round opened: the organisations asked to answer. */
  @Column({ name: 'invited_organisation_ids', type: 'uuid', array: true, default: () => "'{}'" })
  invitedOrganisationIds!: string[];

  @Column({ type: 'jsonb', nullable: true })
  results!: SurveyResults | null;
}

/**
 * That an organisation answered a round (not what it answered: that is in the unreadable
 * survey_rating and survey_success rows). Readable wherever its round is, for progress.
 */
@Entity('survey_response')
@Index(['roundId', 'organisationId'], { unique: true })
export class SurveyResponseEntity extends RecordEntity {
  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => SurveyRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: SurveyRoundEntity;

  @Index()
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;
}

/**
 * One respondent's rating of one other member: raw answers, which no request may read (row-level
 * security has an INSERT policy only); the system reads them to freeze a round's results.
 */
@Entity('survey_rating')
export class SurveyRatingEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid' })
  responseId!: string;

  @ManyToOne(() => SurveyResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: SurveyResponseEntity;

  @PrimaryColumn({ name: 'rated_organisation_id', type: 'uuid' })
  ratedOrganisationId!: string;

  @Column({ type: 'smallint' })
  reliability!: number;

  @Column({ name: 'mission_support', type: 'smallint' })
  missionSupport!: number;

  @Column({ type: 'smallint' })
  openness!: number;

  @Column({ type: 'smallint' })
  influence!: number;

  @Column({ type: 'smallint' })
  involvement!: number;

  @Column({ type: 'smallint' })
  resources!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  contributions!: string[];
}

/** A respondent's answer to how successful the partnership is at its shared outcomes (1–4); unreadable like survey_rating. */
@Entity('survey_success')
export class SurveySuccessEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid' })
  responseId!: string;

  @ManyToOne(() => SurveyResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: SurveyResponseEntity;

  @Column({ type: 'smallint' })
  score!: number;
}
