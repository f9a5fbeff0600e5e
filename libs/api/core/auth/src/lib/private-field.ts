import { Field, FieldMiddleware, FieldOptions, MiddlewareContext } from '@nestjs/graphql';
import { currentAccessScope } from '@cg/api/core/database';

/** Starts the description of every private field in schema.gql, so tests can find them all. */
export const PRIVATE_FIELD_MARK = 'Private to the owning organisation';

/**
 * Whether the current request may read the private fields of a record owned by `ownerOrganisationId`:
 * only its own organisation's members and instance admins may (docs/domain.md#records). The system itself
 * (no request) may.
 */
export function mayReadPrivateFields(ownerOrganisationId: string | null | undefined): boolean {
  const scope = currentAccessScope();
  if (!scope) return true;
  if (scope.isInstanceAdmin) return true;
  return !!ownerOrganisationId && scope.ownOrganisationIds.includes(ownerOrganisationId);
}

/** Answers null, instead of the value, to anyone outside the record's owning organisation. */
const ownerOnly: FieldMiddleware = (context: MiddlewareContext, next) => {
  const record = context.source as { ownerOrganisationId?: string | null };
  return mayReadPrivateFields(record.ownerOrganisationId) ? next() : null;
};

/**
 * A field of a readable record that only its owning organisation may read, such as a person's
 * private notes: everyone else gets null, on every path that returns the type. The column must
 * never be filterable, sortable or searchable, or those would reveal it.
 */
export function PrivateField(description: string, options: Omit<FieldOptions, 'description' | 'middleware' | 'nullable'> = {}): PropertyDecorator {
  return Field(() => String, { ...options, nullable: true, middleware: [ownerOnly], description: `${PRIVATE_FIELD_MARK}: ${description}` });
}
