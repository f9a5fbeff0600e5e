import {
  FieldNode,
  getArgumentValues,
  getNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  isObjectType,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { lightRows, preparedQuery } from '@cg/api/core/database';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { LoaderRegistry } from './loader-registry';

/**
 * A list field of a record type (an organisation's memberships) that a read of the record by id can
 * fetch in its own statement, as a json subquery, instead of a second statement through the field's
 * loader. The feature that owns the field registers it (`registerNestedList`); the feature that reads
 * the record by id finds it by type and field name (`byIdWithNestedLists`), so neither imports the
 * other. Row-level security judges the subquery's tables as it would the loader's statement.
 */
export interface NestedList {
  /** A SQL expression over the parent row aliased `parentAlias`: the list as a json array, or null when empty. */
  json(parentAlias: string, dataSource: DataSource, args: FieldArgs): string;
  /** Hands the list to the field's resolver, usually by priming its loader for this parent. */
  prime(
    loaders: LoaderRegistry,
    parentId: string,
    rows: Record<string, unknown>[],
    dataSource: DataSource,
    args: FieldArgs,
  ): void;
}

/** The field's arguments as its resolver gets them (defaults applied, variables substituted). */
export type FieldArgs = Record<string, unknown>;

interface SelectedList {
  list: NestedList;
  args: FieldArgs;
}

const registry = new Map<string, NestedList>();

/** Makes `type.field` fetchable with its parent read by id (called once, when the owning module loads). */
export function registerNestedList(typeName: string, field: string, list: NestedList): void {
  registry.set(`${typeName}.${field}`, list);
}

/**
 * One record by id with the registered nested lists the query selects on it, in one statement:
 * the lists are primed into their loaders, so their fields cost no statement of their own (issue
 * #13: the organisation profile was two statements, the organisation and then its memberships).
 * Null when there is no record the caller may read.
 */
export async function byIdWithNestedLists<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  id: string,
  info: GraphQLResolveInfo | undefined,
  loaders: LoaderRegistry | undefined,
): Promise<T | null> {
  const lists = info && loaders ? selectedLists(info) : [];
  const rows = lightRows(dataSource, entity, 'record');
  const table = dataSource.driver.escape(dataSource.getMetadata(entity).tableName);
  const nested = lists
    .map(({ list, args }, index) => `, (${list.json('record', dataSource, args)}) AS "nested_${index}"`)
    .join('');
  // Prepared: this statement is built per request but its text is one of a few, and planning it
  // (three tables' policies) cost more than running it (docs/performance.md, fourth round).
  const found = await preparedQuery(
    dataSource,
    `SELECT ${rows.select}${nested} FROM ${table} "record" WHERE "record"."id" = $1`,
    [id],
  );
  if (!found.length) return null;
  const record = rows.hydrate(found[0]);
  if (record && loaders) {
    lists.forEach(({ list, args }, index) => {
      const json = found[0][`nested_${index}`] as Record<string, unknown>[] | null;
      list.prime(loaders, id, json ?? [], dataSource, args);
    });
  }
  return record;
}

/**
 * The nested lists a connection's query selects on its nodes (`nodes { … }` or `edges { node { … } }`),
 * for `paginate` to read in the page's own statement: each as a select expression over the page's
 * main alias, and how to hand each row's lists to their loaders.
 */
export interface PageNestedLists {
  /** `[select expression, result column name]` pairs to add to the page's select. */
  selects: [string, string][];
  /** Primes the loaders with the lists of one page row (`raw` as PostgreSQL returned it). */
  prime(parentId: string, raw: Record<string, unknown>): void;
}

export function pageNestedLists(
  dataSource: DataSource,
  parentAlias: string,
  info: GraphQLResolveInfo,
  loaders: LoaderRegistry,
): PageNestedLists | undefined {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return undefined;
  const nodeType = connection.getFields()['nodes'] && getNamedType(connection.getFields()['nodes'].type);
  if (!isObjectType(nodeType)) return undefined;
  const nodeSelections: FieldNode[] = [];
  for (const field of info.fieldNodes) {
    for (const child of fieldsOf(field.selectionSet, info)) {
      if (child.name.value === 'nodes') nodeSelections.push(child);
      if (child.name.value === 'edges')
        nodeSelections.push(...fieldsOf(child.selectionSet, info).filter((edge) => edge.name.value === 'node'));
    }
  }
  const lists = listsOn(nodeType, nodeSelections, info);
  if (!lists.length) return undefined;
  return {
    selects: lists.map(({ list, args }, index) => [`(${list.json(parentAlias, dataSource, args)})`, `nested_${index}`]),
    prime: (parentId, raw) =>
      lists.forEach(({ list, args }, index) =>
        list.prime(
          loaders,
          parentId,
          (raw[`nested_${index}`] as Record<string, unknown>[] | null) ?? [],
          dataSource,
          args,
        ),
      ),
  };
}

/** The registered lists selected directly on the resolved field's object, once per field and arguments. */
function selectedLists(info: GraphQLResolveInfo): SelectedList[] {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return [];
  return listsOn(type, info.fieldNodes, info);
}

/** The registered lists selected on objects of `type` by these field nodes, once per field and arguments. */
function listsOn(type: GraphQLObjectType, fieldNodes: readonly FieldNode[], info: GraphQLResolveInfo): SelectedList[] {
  const found = new Map<string, SelectedList>();
  for (const node of fieldNodes) {
    for (const child of fieldsOf(node.selectionSet, info)) {
      const list = registry.get(`${type.name}.${child.name.value}`);
      const field = type.getFields()[child.name.value];
      if (!list || !field) continue;
      const args = getArgumentValues(field, child, info.variableValues);
      found.set(`${child.name.value}|${JSON.stringify(args)}`, { list, args });
    }
  }
  return [...found.values()];
}

/** The fields of a selection set, through fragments (fetching a list a fragment skips is harmless). */
function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...fieldsOf(selection.selectionSet, info));
    else fields.push(...fieldsOf(info.fragments[selection.name.value]?.selectionSet, info));
  }
  return fields;
}
