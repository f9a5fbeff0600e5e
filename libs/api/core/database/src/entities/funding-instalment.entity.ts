import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MONEY } from '../lib/column-types';
import { FundingEntity } from './funding.entity';

/** One line of a multi-year funding schedule. */
@Entity('funding_instalment')
@Index(['fundingId', 'dueDate'])
export class FundingInstalmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'funding_id', type: 'uuid' })
  fundingId!: string;

  @ManyToOne(() => FundingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'funding_id' })
  funding?: FundingEntity;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column(MONEY)
  amount!: number;

  @Column({ type: 'boolean', default: false })
  paid!: boolean;
}
