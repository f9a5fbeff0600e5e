import {
  FieldNode,
  getArgumentValues,
  getNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  isObjectType,
} from 'graphql';
import { LightRows, lightRows, preparedQuery } from '@cg/api/core/database';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { LoaderRegistry } from './loader-registry';
import { fieldsOf, FieldSelection, selectedColumns } from './selection-columns';
import { perSelection } from './selection-shape';

/**
 * A list field of a record type (an organisation's memberships) that a read of the record by id can
 * fetch in its own statement, as a json subquery, instead of a second statement through the field's
 * loader. The feature that owns the field registers it (`registerNestedList`); the feature that reads
 * the record by id finds it by type and field name (`byIdWithNestedLists`), so neither imports the
 * other. Row-level security judges the subquery's tables as it would the loader's statement.
 */
export interface NestedList {
  /**
   * How to read the list for this query: `selection` holds every node selecting the field (aliases,
   * fragments), so the list can read only the columns they ask for (issue #13, sixth round).
   */
  plan(dataSource: DataSource, args: FieldArgs, selection: FieldSelection): NestedListPlan;
  // A plan is kept per query document and shape (`perSelection`) and used by many requests: it must
  // hold nothing of the request that made it (rows, loaders, the caller); they come as arguments.
}

/** One query's read of a nested list: its SQL, and how its rows reach the field's resolver. */
export interface NestedListPlan {
  /** A SQL expression over the parent row aliased `parentAlias`: the list as a json array, or null when empty. */
  json(parentAlias: string): string;
  /**
   * Hands one parent's rows to the field's resolver: attached to the parent (`attachToParent`), and
   * primed into shared loaders only when they are whole rows.
   */
  prime(loaders: LoaderRegistry, parent: ObjectLiteral & { id: string }, rows: Record<string, unknown>[]): void;
}

/** The field's arguments as its resolver gets them (defaults applied, variables substituted). */
export type FieldArgs = Record<string, unknown>;

interface SelectedList {
  plan: NestedListPlan;
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
  const { text, rows, lists } =
    info && loaders
      ? // The statement's text follows the query's selection only: worked out once per document (issue #13, seventh round).
        perSelection(info, `byId\u0000${dataSource.getMetadata(entity).name}`, dataSource, () =>
          byIdStatement(dataSource, entity, info),
        )
      : byIdStatement(dataSource, entity, undefined);
  // Prepared: this statement is built per request but its text is one of a few, and planning it
  // (three tables' policies) cost more than running it (docs/performance.md, fourth round).
  const found = await preparedQuery(dataSource, text, [id]);
  if (!found.length) return null;
  const record = rows.hydrate(found[0]) as T | null;
  if (record && loaders) {
    lists.forEach(({ plan }, index) => {
      const json = found[0][`nested_${index}`] as Record<string, unknown>[] | null;
      plan.prime(loaders, record as T & { id: string }, json ?? []);
    });
  }
  return record;
}

/** A by-id read's statement for one selection: its text, how its rows hydrate, and its nested lists. */
interface ByIdStatement {
  text: string;
  rows: LightRows<ObjectLiteral>;
  lists: SelectedList[];
}

function byIdStatement<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  info: GraphQLResolveInfo | undefined,
): ByIdStatement {
  const lists = info ? selectedLists(dataSource, info) : [];
  const rows = lightRows(dataSource, entity, 'record') as unknown as LightRows<ObjectLiteral>;
  // Only the record's columns the query selects (the profile reads 3 of the organisation's 21),
  // when every field selected on it is a plain column or a registered list (which needs the id).
  const recordType = info && getNamedType(info.returnType);
  const columns =
    info && isObjectType(recordType)
      ? selectedColumns(
          { nodes: info.fieldNodes, info },
          recordType,
          dataSource.getMetadata(entity),
          nestedListKeys(recordType.name),
        )
      : undefined;
  const table = dataSource.driver.escape(dataSource.getMetadata(entity).tableName);
  const nested = lists.map(({ plan }, index) => `, (${plan.json('record')}) AS "nested_${index}"`).join('');
  return {
    text: `SELECT ${rows.selectOf(columns)}${nested} FROM ${table} "record" WHERE "record"."id" = $1`,
    rows,
    lists,
  };
}

/**
 * The nested lists a connection's query selects on its nodes (`nodes { … }` or `edges { node { … } }`),
 * for `paginate` to read in the page's own statement: each as a select expression over the page's
 * main alias, and how to hand each row's lists to their loaders.
 */
export interface PageNestedLists {
  /** `[select expression, result column name]` pairs to add to the page's select. */
  selects: [string, string][];
  /** Hands one page node its lists (`raw`: its row as PostgreSQL returned it). */
  prime(parent: ObjectLiteral & { id: string }, raw: Record<string, unknown>): void;
}

export function pageNestedLists(
  dataSource: DataSource,
  parentAlias: string,
  info: GraphQLResolveInfo,
  loaders: LoaderRegistry,
): PageNestedLists | undefined {
  // The lists and their SQL follow the query's selection only: worked out once per document.
  const planned = perSelection(info, `page\u0000${parentAlias}`, dataSource, () => pageLists(dataSource, parentAlias, info));
  if (!planned) return undefined;
  const { lists, selects } = planned;
  return {
    selects,
    prime: (parent, raw) =>
      lists.forEach(({ plan }, index) =>
        plan.prime(loaders, parent, (raw[`nested_${index}`] as Record<string, unknown>[] | null) ?? []),
      ),
  };
}

function pageLists(
  dataSource: DataSource,
  parentAlias: string,
  info: GraphQLResolveInfo,
): { lists: SelectedList[]; selects: [string, string][] } | undefined {
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
  const lists = listsOn(dataSource, nodeType, nodeSelections, info);
  if (!lists.length) return undefined;
  return { lists, selects: lists.map(({ plan }, index) => [`(${plan.json(parentAlias)})`, `nested_${index}`]) };
}

/**
 * The registered lists of a type as `selectedColumns` keys: each reads only its parent's id, so a
 * query selecting them and plain columns can read its parent partially.
 */
export function nestedListKeys(typeName: string): Record<string, readonly string[]> {
  const keys: Record<string, readonly string[]> = {};
  for (const key of registry.keys()) {
    const [type, field] = key.split('.');
    if (type === typeName) keys[field] = ['id'];
  }
  return keys;
}

/** The registered lists selected directly on the resolved field's object, once per field and arguments. */
function selectedLists(dataSource: DataSource, info: GraphQLResolveInfo): SelectedList[] {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return [];
  return listsOn(dataSource, type, info.fieldNodes, info);
}

/**
 * The registered lists selected on objects of `type` by these field nodes, once per field and
 * arguments, each planned for every node that selects it with those arguments (so two aliases of
 * one list read the columns both ask for).
 */
function listsOn(
  dataSource: DataSource,
  type: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
): SelectedList[] {
  const found = new Map<string, { list: NestedList; args: FieldArgs; nodes: FieldNode[] }>();
  for (const node of fieldNodes) {
    for (const child of fieldsOf(node.selectionSet, info)) {
      const list = registry.get(`${type.name}.${child.name.value}`);
      const field = type.getFields()[child.name.value];
      if (!list || !field) continue;
      const args = getArgumentValues(field, child, info.variableValues);
      const key = `${child.name.value}|${JSON.stringify(args)}`;
      const entry = found.get(key);
      if (entry) entry.nodes.push(child);
      else found.set(key, { list, args, nodes: [child] });
    }
  }
  return [...found.values()].map(({ list, args, nodes }) => ({ plan: list.plan(dataSource, args, { nodes, info }) }));
}
