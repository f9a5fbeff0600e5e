import { RecordEntity } from '@cg/api/core/database';
import { OrganisationType, Sector } from '@cg/shared/domain';
import { Column, Entity, Index } from 'typeorm';

@Entity('organisation')
export class OrganisationEntity extends RecordEntity {
  /** Fuzzy search uses a GIN trigram index, written by hand in the migration. */
  @Index('organisation_name_trgm', { synchronize: false })
  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ type: 'enum', enum: OrganisationType, enumName: 'organisation_type' })
  type!: OrganisationType;

  /** Derived from `type` (SECTOR_OF_TYPE) and stored so sector filters use an index. */
  @Index()
  @Column({ type: 'enum', enum: Sector, enumName: 'sector' })
  sector!: Sector;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;
}
