import {
  Actor,
  OrganisationEntity,
  OrganisationIdentifierEntity,
  RecordWriter,
  runAsSystem,
} from '@cg/api/core/database';
import { SECTOR_OF_TYPE, Visibility } from '@cg/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { OrganisationRef, schemeOf } from './grant-values';

/** Where imported records go: the importing organisation owns them, at the visibility chosen. */
export interface Ownership {
  organisationId: string;
  visibility: Visibility;
}

export type Matched = { organisationId: string; created: boolean } | { problem: string };

/**
 * Finds the organisations a batch of grants names, by org-id, and creates those not yet known.
 * One body under two ids (a charity number and a company number) is recognised through the
 * reference lookup `organisation_identifier_link`. Reads obey row-level security: an id held by
 * an organisation the importer cannot see is reported, not matched (that would reveal it) and not
 * duplicated (ids are unique).
 */
export class OrganisationMatcher {
  created = 0;
  matched = 0;
  recognisedByLink = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly manager: EntityManager,
    private readonly writer: RecordWriter,
    private readonly actor: Actor,
    private readonly ownership: Ownership,
  ) {}

  /** Each ref's organisation (by its first id), or why it cannot be used. */
  async resolve(refs: OrganisationRef[]): Promise<Map<string, Matched>> {
    const stated = [...new Set(refs.flatMap((ref) => ref.ids))];
    const sameAs = await this.linkedIds(stated);
    const expanded = (ref: OrganisationRef) => [
      ...new Set(ref.ids.flatMap((id) => [id, ...(sameAs.get(id.toUpperCase()) ?? [])])),
    ];
    const every = [...new Set(refs.flatMap(expanded))];
    const known = await this.holders(this.manager, every);
    const unseen = every.filter((id) => !known.has(id.toUpperCase()));
    // Only whether an id is taken, never by whom: the existence the unique index would reveal anyway.
    const hidden = unseen.length ? await runAsSystem(() => this.holders(this.dataSource.manager, unseen)) : new Map();

    const result = new Map<string, Matched>();
    const toCreate: { ref: OrganisationRef; keys: string[] }[] = [];
    const pendingByKey = new Map<string, { ref: OrganisationRef; keys: string[] }>();
    for (const ref of refs) {
      const key = ref.ids[0];
      if (result.has(key) || pendingByKey.has(key.toUpperCase())) continue;
      const ids = expanded(ref);
      const holder = ids.map((id) => known.get(id.toUpperCase())).find(Boolean);
      if (holder) {
        result.set(key, { organisationId: holder, created: false });
        this.matched++;
        if (!ref.ids.some((id) => known.has(id.toUpperCase()))) this.recognisedByLink++;
        continue;
      }
      const taken = ids.find((id) => hidden.has(id.toUpperCase()));
      if (taken) {
        result.set(key, {
          problem: `${taken} belongs to an organisation you cannot see; ask its owner to share it, then import again`,
        });
        continue;
      }
      // The same body named twice in the batch under linked ids becomes one organisation.
      const pending = ids.map((id) => pendingByKey.get(id.toUpperCase())).find(Boolean);
      if (pending) {
        pending.keys.push(key);
        pendingByKey.set(key.toUpperCase(), pending);
        continue;
      }
      const entry = { ref, keys: [key] };
      toCreate.push(entry);
      for (const id of ids) pendingByKey.set(id.toUpperCase(), entry);
    }

    if (toCreate.length > 0) {
      const created = await this.writer.createMany(
        OrganisationEntity,
        toCreate.map(({ ref }) => ({
          name: ref.name,
          type: ref.type,
          sector: SECTOR_OF_TYPE[ref.type],
          ownerOrganisationId: this.ownership.organisationId,
          visibility: this.ownership.visibility,
        })),
        this.actor,
        {
          manager: this.manager,
          children: async (rows, organisations) => {
            const identifiers = organisations.flatMap((organisation, index) =>
              toCreate[index].ref.ids.map((identifier, position) => ({
                organisationId: organisation.id,
                scheme: schemeOf(identifier),
                identifier,
                isPrimary: position === 0,
              })),
            );
            await rows.insert(OrganisationIdentifierEntity, identifiers);
            return toCreate.map(({ ref }) => ({ identifiers: { before: [], after: ref.ids } }));
          },
        },
      );
      created.forEach((organisation, index) => {
        for (const key of toCreate[index].keys) result.set(key, { organisationId: organisation.id, created: true });
      });
      this.created += created.length;
    }
    return result;
  }

  /** The other ids each id is the same body as, both ways round. */
  private async linkedIds(ids: string[]): Promise<Map<string, string[]>> {
    const rows: { a: string; b: string }[] = await this.manager.query(
      `SELECT identifier_a AS a, identifier_b AS b FROM organisation_identifier_link
        WHERE identifier_a = ANY($1::citext[]) OR identifier_b = ANY($1::citext[])`,
      [ids],
    );
    const linked = new Map<string, string[]>();
    const add = (from: string, to: string) =>
      linked.set(from.toUpperCase(), [...(linked.get(from.toUpperCase()) ?? []), to]);
    for (const { a, b } of rows) {
      add(a, b);
      add(b, a);
    }
    return linked;
  }

  /** Which organisation holds each id, among those `manager` may read; keys upper-cased (ids are case-insensitive). */
  private async holders(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const rows: { identifier: string; organisation_id: string }[] = await manager.query(
      `SELECT i.identifier, i.organisation_id FROM organisation_identifier i
         JOIN organisation o ON o.id = i.organisation_id
        WHERE i.identifier = ANY($1::citext[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.identifier.toUpperCase(), row.organisation_id]));
  }
}
