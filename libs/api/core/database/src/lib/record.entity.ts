import { Visibility } from '@cg/shared/domain';
import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Columns every record carries (docs/domain.md#records): identity, timestamps, an optimistic-lock
 * version, who created it, which organisation owns it, who may read it, and an archive mark instead of deletion.
 */
export abstract class RecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** The organisation whose record this is; PRIVATE and PARTNERS visibility are judged from it. */
  @Index()
  @Column({ name: 'owner_organisation_id', type: 'uuid', nullable: true })
  ownerOrganisationId!: string | null;

  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility', default: Visibility.PUBLIC })
  visibility!: Visibility;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
