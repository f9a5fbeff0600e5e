import { IndicatorDirection } from '@cg/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { numericToNumber } from '../lib/column-types';
import { RecordEntity } from '../lib/record.entity';
import { OutcomeEntity } from './outcome.entity';

const MEASURE = { type: 'numeric', transformer: numericToNumber, nullable: true } as const;

/** How progress toward an outcome is measured: from a baseline toward a target. */
@Entity('indicator')
export class IndicatorEntity extends RecordEntity {
  @Index()
  @Column({ name: 'outcome_id', type: 'uuid' })
  outcomeId!: string;

  @ManyToOne(() => OutcomeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id' })
  outcome?: OutcomeEntity;

  @Column({ type: 'text' })
  name!: string;

  /** "people", "%", "£", "visits per month". */
  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'enum', enum: IndicatorDirection, enumName: 'indicator_direction', default: IndicatorDirection.INCREASE })
  direction!: IndicatorDirection;

  @Column({ name: 'baseline_value', ...MEASURE })
  baselineValue!: number | null;

  @Column({ name: 'baseline_date', type: 'date', nullable: true })
  baselineDate!: string | null;

  @Column({ name: 'target_value', ...MEASURE })
  targetValue!: number | null;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ type: 'text', nullable: true })
  source!: string | null;
}
