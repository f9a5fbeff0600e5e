/** An organisation as an export names it: its primary org-id when it has one, else its name. */
export const orgRef = (idColumn: string) =>
  `COALESCE((SELECT i.identifier::text FROM organisation_identifier i WHERE i.organisation_id = ${idColumn}
             ORDER BY i.is_primary DESC, i.created_at LIMIT 1),
            (SELECT o.name FROM organisation o WHERE o.id = ${idColumn}))`;

/** Records of `$1`, or every record when `$1` is null (an instance admin's whole-instance export). */
export const ownedBy = (alias: string) => `($1::uuid IS NULL OR ${alias}.owner_organisation_id = $1::uuid)`;

/**
 * A partnership, project or indicator as an export names it: by name when no other record the
 * reader sees has that name, else by id (which the importer also accepts), so the file stays
 * readable yet re-imports exactly.
 */
export const namedRef = (table: string, alias: string) =>
  `CASE WHEN (SELECT count(*) FROM "${table}" x WHERE lower(x.name) = lower(${alias}.name) AND x.archived_at IS NULL) = 1
        THEN ${alias}.name ELSE ${alias}.id::text END`;
