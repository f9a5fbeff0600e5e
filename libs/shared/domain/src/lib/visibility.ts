/** Who may read a record (DESIGN §3). */
export enum Visibility {
  /** Every signed-in user of the instance. */
  PUBLIC = 'PUBLIC',
  /** Members of partnerships the owning organisation shares. */
  PARTNERS = 'PARTNERS',
  /** The owning organisation only. */
  PRIVATE = 'PRIVATE',
}
