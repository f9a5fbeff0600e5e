import { FieldNode, getNamedType, GraphQLResolveInfo, isObjectType, Kind, SelectionSetNode } from 'graphql';
import { EntityMetadata } from 'typeorm';

/**
 * The entity properties a connection's nodes need, read from the query: when every field the client
 * selected on `nodes` (or `edges { node }`) is a plain column (a field with no resolver of its own,
 * named as an entity column), only those columns and the id are worth reading. Otherwise undefined:
 * a field resolver may need any column of its parent, so the list reads them all.
 */
// Nest gives every field of an object type a resolver that reads the parent's property of that name,
// named rootFieldResolver (@nestjs/graphql ObjectTypeDefinitionFactory); a @ResolveField replaces it.
// Should Nest rename it, no field looks plain and every list reads all its columns, as before.
const PLAIN_FIELD_RESOLVER = 'rootFieldResolver';

export function nodeColumns(
  info: GraphQLResolveInfo,
  metadata: EntityMetadata,
  /** Field resolvers that read only these properties of the node (`nestedListKeys`: the id). */
  keyed: Readonly<Record<string, readonly string[]>> = {},
): string[] | undefined {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return undefined;
  const nodesField = connection.getFields()['nodes'];
  const nodeType = nodesField && getNamedType(nodesField.type);
  if (!nodeType || !isObjectType(nodeType)) return undefined;
  const names = new Set<string>();
  for (const field of info.fieldNodes) {
    for (const child of fieldsOf(field.selectionSet, info)) {
      if (child.name.value === 'nodes') collect(child.selectionSet, info, names);
      if (child.name.value === 'edges') {
        for (const edge of fieldsOf(child.selectionSet, info))
          if (edge.name.value === 'node') collect(edge.selectionSet, info, names);
      }
    }
  }
  const fields = nodeType.getFields();
  const properties = new Set<string>(metadata.primaryColumns.map((column) => column.propertyName));
  for (const name of names) {
    if (name === '__typename') continue;
    if (keyed[name]) {
      keyed[name].forEach((property) => properties.add(property));
      continue;
    }
    const column = metadata.findColumnWithPropertyName(name);
    if (fields[name]?.resolve?.name !== PLAIN_FIELD_RESOLVER || !column || !column.isSelect) return undefined;
    properties.add(column.propertyName);
  }
  return [...properties];
}

function collect(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, names: Set<string>): void {
  for (const field of fieldsOf(selectionSet, info)) names.add(field.name.value);
}

/** The fields of a selection set, through fragments (whatever their conditions: reading a column more is harmless). */
function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...fieldsOf(selection.selectionSet, info));
    else fields.push(...fieldsOf(info.fragments[selection.name.value]?.selectionSet, info));
  }
  return fields;
}
