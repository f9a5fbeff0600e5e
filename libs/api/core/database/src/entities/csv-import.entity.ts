import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * One CSV import an organisation ran (dry runs are not kept): what it was, who ran it, its
 * counts and its report, whose rejected rows make the downloadable error file. Read by the
 * importing organisation's members and instance admins (row-level security).
 */
@Entity('csv_import')
@Index(['organisationId', 'createdAt'])
export class CsvImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The organisation the imported records belong to. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** organisations, people, relationships, memberships, activities or measurements (or archive). */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** Where the file came from ("Salesforce export"), the key its column mapping is kept under. */
  @Column({ type: 'text' })
  source!: string;

  /** SUCCEEDED (even with rejected rows, which are in the report) or FAILED (nothing was written). */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy!: string | null;

  /** The report: counts, each row's outcome, and the rejected rows as read, with their errors. */
  @Column({ type: 'jsonb' })
  report!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Which column of a source's files feeds which field, remembered per organisation, kind and source. */
@Entity('csv_column_mapping')
export class CsvColumnMappingEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @PrimaryColumn({ type: 'text' })
  source!: string;

  /** Field name → column heading of the file. */
  @Column({ type: 'jsonb' })
  mapping!: Record<string, string>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
