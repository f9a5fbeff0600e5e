import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';
import { OutcomeEntity } from './outcome.entity';
import { PersonEntity } from './person.entity';

/** Qualitative evidence for an outcome: a narrative or a quote, told with consent. */
@Entity('story')
export class StoryEntity extends RecordEntity {
  @Index()
  @Column({ name: 'outcome_id', type: 'uuid' })
  outcomeId!: string;

  @ManyToOne(() => OutcomeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id' })
  outcome?: OutcomeEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', nullable: true })
  quote!: string | null;

  /** How the teller wishes to be credited ("a parent in Harrowby"). */
  @Column({ type: 'text', nullable: true })
  attribution!: string | null;

  @Index()
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ name: 'consent_given', type: 'boolean', default: false })
  consentGiven!: boolean;

  @Column({ name: 'consent_date', type: 'date', nullable: true })
  consentDate!: string | null;

  @Column({ type: 'date' })
  date!: string;
}
