import { parseOrgId } from '@cg/shared/domain';
import { EntityManager } from 'typeorm';
import { sameName } from '../kinds/kind-spec';

/** Tables a row may point at, and the column a person names them by. */
export type ReferenceKind = 'organisation' | 'partnership' | 'project' | 'indicator' | 'place';

/** A near match for a name, offered for confirmation; never chosen by itself. */
export interface Candidate {
  id: string;
  name: string;
  /** pg_trgm similarity, 0 to 1. */
  similarity: number;
}

export type Resolved =
  | { id: string }
  | { error: string }
  /** The name matched nothing exactly but resembles these: the person must choose. */
  | { candidates: Candidate[] };

/** A person's answer to a fuzzy match: `organisation:Trafford Fod Bank` → the organisation's id. */
export type Confirmations = Readonly<Record<string, string>>;

export const confirmationKey = (kind: ReferenceKind, text: string) => `${kind}:${text.trim()}`;

const NAME_COLUMN: Record<ReferenceKind, string> = {
  organisation: 'name',
  partnership: 'name',
  project: 'name',
  indicator: 'name',
  place: 'code',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Below this pg_trgm similarity a name is not offered as a match at all. */
const OFFERED = 0.3;
const CACHED = 5000;

/**
 * Finds the records a file's rows point at, as the importing user can read them (row-level
 * security), inside the import's transaction so records created by earlier rows count.
 * Organisations by org-id or by exact name; partnerships, projects and indicators by exact
 * name; any of them by id; places by GSS code. A name that matches nothing exactly but resembles some is
 * answered with candidates for the person to confirm, unless they already have.
 */
export class References {
  private readonly cache = new Map<string, Resolved>();

  constructor(
    private readonly m: EntityManager,
    private readonly owner: string,
    private readonly confirmations: Confirmations,
  ) {}

  async resolve(kind: ReferenceKind, text: string): Promise<Resolved> {
    const key = confirmationKey(kind, text);
    const cached = this.cache.get(key);
    if (cached && 'id' in cached) return cached;
    const resolved = await this.lookUp(kind, text.trim());
    if (this.cache.size < CACHED && 'id' in resolved) this.cache.set(key, resolved);
    return resolved;
  }

  private async lookUp(kind: ReferenceKind, text: string): Promise<Resolved> {
    const confirmed = this.confirmations[confirmationKey(kind, text)];
    if (confirmed) return this.byId(kind, confirmed, text);
    // An id is exact: exports write one where a name is shared by several records.
    if (UUID.test(text)) return this.byId(kind, text, text);
    if (kind === 'organisation' && /^[A-Z0-9]+-[A-Z]+-/i.test(text)) {
      const parsed = parseOrgId(text);
      if ('error' in parsed) return { error: parsed.error };
      const [found] = await this.m.query(
        `SELECT o.id FROM organisation_identifier i JOIN organisation o ON o.id = i.organisation_id WHERE i.identifier = $1`,
        [parsed.identifier],
      );
      return found ? { id: found.id } : { error: `no organisation you can see has the org-id ${parsed.identifier}` };
    }
    const column = NAME_COLUMN[kind];
    // GSS codes are upper case and uniquely indexed; names match in any letter case, through their trigram index.
    const same = kind === 'place' ? `code = upper($1)` : `${column} ILIKE $1`;
    const exact: { id: string; mine: boolean }[] = await this.m.query(
      `SELECT id, owner_organisation_id = $2 AS mine FROM "${kind}" WHERE ${same} AND archived_at IS NULL
       ORDER BY (owner_organisation_id = $2) DESC NULLS LAST, created_at LIMIT 3`,
      [kind === 'place' ? text : sameName(text), this.owner],
    );
    if (exact.length === 1 || (exact.length > 1 && exact[0].mine && !exact[1].mine)) return { id: exact[0].id };
    if (exact.length > 1) {
      const candidates = await this.near(kind, text, `lower(${column}) = lower($1)`); // the few exact namesakes
      return { candidates };
    }
    if (kind === 'place') return { error: `no place has the code ${text}; give a GSS code such as E08000009` };
    const candidates = await this.near(kind, text, `similarity(${column}, $1) >= ${OFFERED}`);
    if (candidates.length > 0) return { candidates };
    return {
      error: `no ${kind} you can see is called “${text}”${kind === 'organisation' ? ' or has that org-id' : ''}`,
    };
  }

  private near(kind: ReferenceKind, text: string, condition: string): Promise<Candidate[]> {
    const column = NAME_COLUMN[kind];
    return this.m
      .query(
        `SELECT id, ${column} AS name, similarity(${column}, $1) AS similarity FROM "${kind}"
         WHERE archived_at IS NULL AND ${condition} ORDER BY similarity DESC, ${column}, id LIMIT 5`,
        [text],
      )
      .then((rows: Candidate[]) =>
        rows.map((row) => ({ ...row, similarity: Math.round(Number(row.similarity) * 100) / 100 })),
      );
  }

  private async byId(kind: ReferenceKind, id: string, text: string): Promise<Resolved> {
    const [found] = UUID.test(id) ? await this.m.query(`SELECT id FROM "${kind}" WHERE id = $1`, [id]) : [];
    return found
      ? { id: found.id }
      : {
          error:
            id === text
              ? `no ${kind} you can see has the id ${id}`
              : `the ${kind} confirmed for “${text}” does not exist or you cannot see it`,
        };
  }
}
