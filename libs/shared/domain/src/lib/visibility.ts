/** Who may read a record (docs/domain.md#records). */
export enum Visibility {
  /** Every signed-in user of the instance. */
  PUBLIC = 'PUBLIC',
  /** Members of partnerships the owning organisation shares. */
  PARTNERS = 'PARTNERS',
  /** The owning organisation only. */
  PRIVATE = 'PRIVATE',
}
