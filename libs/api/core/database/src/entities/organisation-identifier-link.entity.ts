import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Reference data: two org-ids for the same body ("GB-CHC-1000611" is "GB-COH-08591698"), from
 * published lookups such as drkane's charity ↔ company numbers. Owned by nobody and revealing no
 * record, so not under row-level security; imports read it to recognise one organisation under two ids.
 */
@Entity('organisation_identifier_link')
export class OrganisationIdentifierLinkEntity {
  @PrimaryColumn({ name: 'identifier_a', type: 'citext' })
  identifierA!: string;

  @Index()
  @PrimaryColumn({ name: 'identifier_b', type: 'citext' })
  identifierB!: string;

  /** "sameas" in every file published so far. */
  @Column({ type: 'text', default: 'sameas' })
  relationship!: string;

  /** Which lookup said so, e.g. "Company Numbers for Charities". */
  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
