import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type ImportJobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'INTERRUPTED';

/**
 * One import of an uploaded file, run in the background, so the Imports and exports screen can
 * show a progress bar and the report afterwards. Read by instance admins, and by the members of the
 * organisation an import was made for (row-level security).
 */
@Entity('import_job')
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Index()
  @Column({ type: 'text', default: 'QUEUED' })
  status!: ImportJobStatus;

  @Column({ name: 'rows_read', type: 'integer', default: 0 })
  rowsRead!: number;

  /** Known for some files only (the upload's size lets us estimate, not count, rows). */
  @Column({ name: 'rows_total', type: 'integer', nullable: true })
  rowsTotal!: number | null;

  /** The import report once it finished, or the error that stopped it. */
  @Column({ type: 'jsonb', nullable: true })
  report!: Record<string, unknown> | null;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy!: string | null;

  /** The organisation the imported records belong to; null for reference data (places, lookups). */
  @Index()
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  /** What the uploader chose besides the file (visibility, year…), as the runner reads it. */
  @Column({ type: 'jsonb', nullable: true })
  options!: Record<string, unknown> | null;

  /** Touched while the job runs; a RUNNING job whose heartbeat stopped lost its process. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
