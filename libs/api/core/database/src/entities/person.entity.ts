import { LawfulBasis } from '@cg/shared/domain';
import { Column, Entity, Index } from 'typeorm';
import { RecordEntity } from '../lib/record.entity';

/** A contact. Personal data under UK GDPR: exported and erased on request. */
@Entity('person')
export class PersonEntity extends RecordEntity {
  @Index('person_name_trgm', { synchronize: false })
  /** The default order, lower(name) then id, of live rows (migration IndexedReadsUnderRls). */
  @Index('person_live_name_order', { synchronize: false })
  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Index()
  @Column({ type: 'citext', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'lived_experience', type: 'boolean', default: false })
  livedExperience!: boolean;

  @Column({ name: 'community_representative', type: 'boolean', default: false })
  communityRepresentative!: boolean;

  @Column({ name: 'lawful_basis', type: 'enum', enum: LawfulBasis, enumName: 'lawful_basis', nullable: true })
  lawfulBasis!: LawfulBasis | null;

  @Column({ name: 'consent_date', type: 'date', nullable: true })
  consentDate!: string | null;

  /** What the person agreed their data may be used for. */
  @Column({ name: 'consent_purpose', type: 'text', nullable: true })
  consentPurpose!: string | null;

  @Column({ name: 'private_notes', type: 'text', nullable: true })
  privateNotes!: string | null;

  /** Set when personal data was erased on request; the row stays for anonymous counts. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;
}
