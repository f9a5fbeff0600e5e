import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One postcode of the ONS National Statistics Postcode Lookup, with the codes of the areas
 * it lies in. Reference data with no owner, so no row-level security; the places behind the
 * codes are read through `place`, which keeps its own rules.
 */
@Entity('postcode')
export class PostcodeEntity {
  /** Upper case without spaces ("SW1A1AA"): what `normalisePostcode` makes of any spelling. */
  @PrimaryColumn({ type: 'text' })
  postcode!: string;

  /** As Royal Mail writes it ("SW1A 1AA"). */
  @Column({ type: 'text' })
  display!: string;

  @Index()
  @Column({ name: 'lsoa_code', type: 'text', nullable: true })
  lsoaCode!: string | null;

  @Column({ name: 'msoa_code', type: 'text', nullable: true })
  msoaCode!: string | null;

  @Column({ name: 'ward_code', type: 'text', nullable: true })
  wardCode!: string | null;

  @Index()
  @Column({ name: 'local_authority_code', type: 'text', nullable: true })
  localAuthorityCode!: string | null;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;

  @Column({ name: 'country_code', type: 'text', nullable: true })
  countryCode!: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  /** IMD rank of the postcode's LSOA in its own nation's index, as NSPL carries it. */
  @Column({ name: 'imd_rank', type: 'integer', nullable: true })
  imdRank!: number | null;

  /** Month the postcode was terminated (YYYYMM), or null while it is live. */
  @Column({ name: 'terminated', type: 'text', nullable: true })
  terminated!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
