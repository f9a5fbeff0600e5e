import { FieldNode, GraphQLObjectType, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { EntityMetadata } from 'typeorm';

/** Every node selecting one field (its aliases, its repeats through fragments), with the query's info. */
export interface FieldSelection {
  readonly nodes: readonly FieldNode[];
  readonly info: GraphQLResolveInfo;
}

// Nest gives every field of an object type a resolver that reads the parent's property of that name,
// named rootFieldResolver (@nestjs/graphql ObjectTypeDefinitionFactory); a @ResolveField replaces it.
// Should Nest rename it, no field looks plain and every nested list reads all its columns, as before.
const PLAIN_FIELD_RESOLVER = 'rootFieldResolver';

/** The nodes selecting the child field `name` of `selection`, merged over aliases and fragments. */
export function childSelection(selection: FieldSelection, name: string): FieldSelection {
  const nodes = selection.nodes.flatMap((node) =>
    fieldsOf(node.selectionSet, selection.info).filter((child) => child.name.value === name),
  );
  return { nodes, info: selection.info };
}

/**
 * The entity properties the fields selected on `type` need, when each is a plain column (no resolver
 * of its own) or one of `keyed` (a field resolver that reads only the properties given, such as a
 * membership's `organisation`, which needs `organisationId`); always the primary key too. Undefined
 * when any other field resolver is selected: it may read any column of its parent, so all are read.
 */
export function selectedColumns(
  selection: FieldSelection,
  type: GraphQLObjectType,
  metadata: EntityMetadata,
  keyed: Readonly<Record<string, readonly string[]>> = {},
): string[] | undefined {
  const properties = new Set<string>(metadata.primaryColumns.map((column) => column.propertyName));
  const fields = type.getFields();
  for (const node of selection.nodes) {
    for (const child of fieldsOf(node.selectionSet, selection.info)) {
      const name = child.name.value;
      if (name === '__typename') continue;
      if (keyed[name]) {
        keyed[name].forEach((property) => properties.add(property));
        continue;
      }
      const column = metadata.findColumnWithPropertyName(name);
      if (fields[name]?.resolve?.name !== PLAIN_FIELD_RESOLVER || !column || !column.isSelect) return undefined;
      properties.add(column.propertyName);
    }
  }
  return [...properties];
}

/** The fields of a selection set, through fragments (whatever their conditions: reading a column more is harmless). */
export function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...fieldsOf(selection.selectionSet, info));
    else fields.push(...fieldsOf(info.fragments[selection.name.value]?.selectionSet, info));
  }
  return fields;
}
