import { ASTNode, FieldNode, GraphQLResolveInfo, visit } from 'graphql';

/** At most this many variants (values of the variables that can change them) per field of a document. */
export const MAX_SHAPES_PER_FIELD = 32;

interface Kept {
  /** Variables of the operation whose values can change what is worked out from this field's selection. */
  variables: string[];
  values: Map<string, { owner: object; value: unknown }>;
}

/**
 * Keyed by the field's first node in the parsed document. Apollo Server keeps parsed documents
 * (its document cache), so a repeated query brings the same nodes back; a document it drops takes
 * its entries with it.
 */
const kept = new WeakMap<FieldNode, Kept>();

/**
 * What `work` makes of a resolved field's selection (its columns, its nested lists' SQL), made once
 * per query document, field and values of the variables that can change it, instead of on every
 * request (issue #13, seventh round). `purpose` names what is made (and whatever else it depends
 * on); `owner` is what it was made for (a DataSource, an entity's metadata), checked on every use.
 * The field's own arguments (the record's id) are values, not shape: a variable used only there is
 * not part of the key. Never keep anything of one request (rows, loaders, the caller) in the value.
 */
export function perSelection<T>(info: GraphQLResolveInfo, purpose: string, owner: object, work: () => T): T {
  const first = info.fieldNodes[0];
  let entry = kept.get(first);
  if (!entry) kept.set(first, (entry = { variables: shapeVariables(info), values: new Map() }));
  const key = `${purpose}\u0000${info.fieldNodes.length}\u0000${JSON.stringify(
    entry.variables.map((name) => info.variableValues[name] ?? null),
  )}`;
  const found = entry.values.get(key);
  if (found && found.owner === owner) return found.value as T;
  const value = work();
  if (entry.values.size >= MAX_SHAPES_PER_FIELD) entry.values.delete(entry.values.keys().next().value as string);
  entry.values.set(key, { owner, value });
  return value;
}

/**
 * The operation's variables except those used only in the field's own arguments: anything in the
 * selection (a nested list's argument, `@include(if: $x)`) may change what is made from it.
 */
function shapeVariables(info: GraphQLResolveInfo): string[] {
  const inArguments = new Map<string, number>();
  for (const node of info.fieldNodes) for (const argument of node.arguments ?? []) countUses(argument, inArguments);
  const everywhere = new Map<string, number>();
  countUses(info.operation, everywhere);
  for (const fragment of Object.values(info.fragments)) countUses(fragment, everywhere);
  return [...everywhere.keys()].filter((name) => everywhere.get(name) !== inArguments.get(name)).sort();
}

function countUses(node: ASTNode, counts: Map<string, number>): void {
  visit(node, {
    VariableDefinition: () => false, // a declaration, not a use
    Variable: (variable) => void counts.set(variable.name.value, (counts.get(variable.name.value) ?? 0) + 1),
  });
}
