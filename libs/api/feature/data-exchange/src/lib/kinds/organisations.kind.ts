import { FieldChanges, OrganisationEntity, OrganisationIdentifierEntity } from '@cg/api/core/database';
import { OrganisationType, parseOrgId, SECTOR_OF_TYPE } from '@cg/shared/domain';
import { In } from 'typeorm';
import { CsvKindSpec, mentioned, sameName } from './kind-spec';
import { ownedBy } from './org-ref-sql';

const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

/** Organisations, recognised again by any of their org-ids, else by name among the importer's own. */
export const ORGANISATIONS: CsvKindSpec<OrganisationEntity> = {
  kind: 'organisations',
  entity: OrganisationEntity,
  fields: [
    { name: 'name', label: 'Name', required: true },
    { name: 'type', label: 'Type', required: true, hint: Object.values(OrganisationType).join(', ') },
    { name: 'identifiers', label: 'Org-ids', hint: 'GB-CHC-1234567; GB-COH-01234567' },
    { name: 'description', label: 'Description' },
    { name: 'website', label: 'Website' },
    { name: 'email', label: 'Email' },
    { name: 'phone', label: 'Phone' },
    { name: 'postcode', label: 'Postcode' },
    { name: 'themes', label: 'Themes', hint: 'separated by semicolons' },
    { name: 'incomeBand', label: 'Income band' },
    { name: 'size', label: 'Size' },
  ],
  async read(r) {
    const type = r.choice('type', OrganisationType, { required: true });
    const postcode = r.text('postcode');
    if (postcode && !POSTCODE.test(postcode)) r.fail('postcode', `“${postcode}” is not a UK postcode such as M32 0JG`);
    const identifiers = (r.list('identifiers') ?? []).map((raw) => {
      const parsed = parseOrgId(raw);
      if ('error' in parsed) r.fail('identifiers', parsed.error);
      return parsed;
    });
    const name = r.text('name', { required: true, min: 2, max: 200 });
    const values = mentioned({
      name: name ?? undefined,
      type: type ?? undefined,
      sector: type ? SECTOR_OF_TYPE[type] : undefined,
      description: r.text('description', { max: 5000 }),
      website: r.text('website', { max: 500 }),
      email: r.email('email'),
      phone: r.text('phone', { max: 40 }),
      postcode: postcode?.toUpperCase(),
      themes: r.list('themes', { max: 60 }),
      incomeBand: r.text('incomeBand', { max: 60 }),
      size: r.text('size', { max: 200 }),
    });
    const valid = identifiers.flatMap((id) => ('error' in id ? [] : [id]));
    return {
      values,
      pending: [],
      label: name ?? '',
      identifiers: valid.map((id) => id.identifier),
      children: async (rows, organisation): Promise<FieldChanges> => {
        if (valid.length === 0) return {};
        await rows.insert(
          OrganisationIdentifierEntity,
          valid.map((id, index) => ({
            organisationId: organisation.id,
            scheme: id.scheme,
            identifier: id.identifier,
            isPrimary: index === 0,
          })),
        );
        return { identifiers: { before: [], after: valid.map((id) => id.identifier) } };
      },
    };
  },
  async find(m, { values, identifiers = [] }, owner) {
    if (identifiers.length > 0) {
      const held = await m.findOne(OrganisationIdentifierEntity, { where: { identifier: In(identifiers) } });
      if (held) return m.findOneBy(OrganisationEntity, { id: held.organisationId });
    }
    if (!values.name) return null;
    return m
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where('o.name ILIKE :name AND o.archived_at IS NULL AND (o.owner_organisation_id = :owner OR o.id = :owner)', {
        name: sameName(values.name as string),
        owner,
      })
      .orderBy('o.created_at')
      .getOne();
  },
  /**
   * The batch's organisations in three queries: by org-id, then by name (letter case aside)
   * among the importer's own, oldest first. A trigram index serves one ILIKE well, but a file of
   * similar names ("… Group 1", "… Group 2") makes each such lookup scan them all.
   */
  async findMany(m, rows, owner) {
    const identifiers = [...new Set(rows.flatMap((row) => row.identifiers ?? []))];
    const held =
      identifiers.length > 0 ? await m.findBy(OrganisationIdentifierEntity, { identifier: In(identifiers) }) : [];
    const holder = new Map(held.map((row) => [row.identifier as string, row.organisationId]));
    const byOrgId = (row: (typeof rows)[number]) =>
      (row.identifiers ?? []).map((id) => holder.get(id)).find((id): id is string => !!id);
    const holders = [...new Set(holder.values())];
    const found = new Map(
      (holders.length > 0 ? await m.findBy(OrganisationEntity, { id: In(holders) }) : []).map((o) => [o.id, o]),
    );
    const nameOf = (row: (typeof rows)[number]) => (row.values.name ? String(row.values.name).toLowerCase() : null);
    const names = [
      ...new Set(
        rows
          .filter((row) => !byOrgId(row))
          .map(nameOf)
          .filter((n): n is string => !!n),
      ),
    ];
    const named = new Map<string, OrganisationEntity>();
    if (names.length > 0) {
      const candidates = await m
        .getRepository(OrganisationEntity)
        .createQueryBuilder('o')
        .where(
          'lower(o.name) IN (:...names) AND o.archived_at IS NULL AND (o.owner_organisation_id = :owner OR o.id = :owner)',
          { names, owner },
        )
        .orderBy('o.created_at')
        .getMany();
      for (const o of candidates) if (!named.has(o.name.toLowerCase())) named.set(o.name.toLowerCase(), o);
    }
    return rows.map((row) => {
      const holderId = byOrgId(row);
      if (holderId) return found.get(holderId) ?? null;
      const name = nameOf(row);
      return name ? (named.get(name) ?? null) : null;
    });
  },
  batchKeys: ({ values, identifiers = [] }) => [
    ...identifiers.map((id) => `id:${id}`),
    ...(values.name ? [`name:${String(values.name).toLowerCase()}`] : []),
  ],
  exportSql: `SELECT o.name, o.type,
      (SELECT string_agg(i.identifier::text, '; ' ORDER BY i.is_primary DESC, i.created_at) FROM organisation_identifier i WHERE i.organisation_id = o.id) AS identifiers,
      o.description, o.website, o.email, o.phone, o.postcode, array_to_string(o.themes, '; ') AS themes,
      o.income_band AS "incomeBand", o.size, o.visibility
    FROM organisation o WHERE o.archived_at IS NULL AND ${ownedBy('o')} ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12`,
};
