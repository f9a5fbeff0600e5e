import {
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/*
 * Finds every way the API's queries reach a type, straight from the schema, so a test that
 * checks a rule "on every path" keeps checking it when someone adds a field.
 */

/** One field to step through, with the arguments to call it with. */
export interface Step {
  field: string;
  args: string;
}

/** Ids of records the test made, by GraphQL type name, for the id arguments of the fields it walks. */
export type FixtureIds = Record<string, string>;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/**
 * The arguments to call `field` with, or undefined when a required one cannot be made up:
 * ids come from the fixture of the type the field returns, pages ask for 50.
 */
function argumentsFor(field: GraphQLField<unknown, unknown>, fixtures: FixtureIds): string | undefined {
  const parts: string[] = [];
  for (const arg of field.args) {
    const value = argumentValue(arg, getNamedType(field.type).name, fixtures);
    if (value === null) return undefined;
    if (value !== undefined) parts.push(`${arg.name}: ${value}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** A literal for `arg`, undefined to leave it out, null when a required argument cannot be made up. */
function argumentValue(arg: GraphQLArgument, returns: string, fixtures: FixtureIds): string | undefined | null {
  if (arg.name === 'first') return '50';
  if (!isNonNullType(arg.type)) return undefined;
  const type = getNullableType(arg.type);
  if (isScalarType(type) && type.name === 'ID') return JSON.stringify(fixtures[returns] ?? UNKNOWN_ID);
  if (isScalarType(type) && type.name === 'String') return '"none"';
  if (isScalarType(type) && (type.name === 'Int' || type.name === 'Float')) return '10';
  if (isScalarType(type) && type.name === 'Boolean') return 'false';
  if (isEnumType(type)) return type.getValues()[0].name;
  return null;
}

/** The shortest way from Query to each object type, through fields the test can call. */
function shortestPaths(schema: GraphQLSchema, fixtures: FixtureIds): Map<string, Step[]> {
  const query = schema.getQueryType() as GraphQLObjectType;
  const paths = new Map<string, Step[]>([[query.name, []]]);
  const queue: GraphQLObjectType[] = [query];
  while (queue.length > 0) {
    const type = queue.shift() as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target) || paths.has(target.name)) continue;
      const args = argumentsFor(field, fixtures);
      if (args === undefined) continue;
      paths.set(target.name, [...(paths.get(type.name) as Step[]), { field: field.name, args }]);
      queue.push(target);
    }
  }
  return paths;
}

/** A path that ends in a field returning the type: Query … parent.field. */
export interface PathToType {
  /** `Parent.field`, the last step. */
  via: string;
  steps: Step[];
}

/**
 * Every field of the schema whose value is `typeName` (alone, in a list, or as a connection's
 * nodes), each reached by the shortest path to its parent; and the fields that could not be
 * reached, so a test can refuse to pass over them.
 */
export function pathsToType(schema: GraphQLSchema, typeName: string, fixtures: FixtureIds): { paths: PathToType[]; unreachable: string[] } {
  const toParent = shortestPaths(schema, fixtures);
  const paths: PathToType[] = [];
  const unreachable: string[] = [];
  const roots = new Set([schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name !== typeName) continue;
      const via = `${type.name}.${field.name}`;
      const before = toParent.get(type.name);
      const args = argumentsFor(field, fixtures);
      if (!before || args === undefined) unreachable.push(via);
      else paths.push({ via, steps: [...before, { field: field.name, args }] });
    }
  }
  return { paths, unreachable };
}

/** The query document that walks `steps` and selects `selection` at the end. */
export function queryFor(steps: Step[], selection: string): string {
  return steps.reduceRight((inner, step) => `${step.field}${step.args} { ${inner} }`, selection).replace(/^/, '{ ') + ' }';
}
