import { getNamedType, GraphQLResolveInfo, isObjectType } from 'graphql';
import { EntityMetadata } from 'typeorm';
import { childSelection, FieldSelection, selectedColumns } from '../loaders/selection-columns';
import { perSelection } from '../loaders/selection-shape';

/**
 * The entity properties a connection's nodes need, read from the query: when every field the client
 * selected on `nodes` (or `edges { node }`) is a plain column (a field with no resolver of its own,
 * named as an entity column), only those columns and the id are worth reading. Otherwise undefined:
 * a field resolver may need any column of its parent, so the list reads them all.
 */
export function nodeColumns(
  info: GraphQLResolveInfo,
  metadata: EntityMetadata,
  /** Field resolvers that read only these properties of the node (`nestedListKeys`: the id). */
  keyed: Readonly<Record<string, readonly string[]>> = {},
): string[] | undefined {
  // The columns follow the query's selection only: worked out once per document (issue #13, seventh round).
  return perSelection(info, `nodeColumns\u0000${metadata.name}\u0000${JSON.stringify(keyed)}`, metadata, () =>
    columnsOfNodes(info, metadata, keyed),
  );
}

function columnsOfNodes(
  info: GraphQLResolveInfo,
  metadata: EntityMetadata,
  keyed: Readonly<Record<string, readonly string[]>>,
): string[] | undefined {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return undefined;
  const nodesField = connection.getFields()['nodes'];
  const nodeType = nodesField && getNamedType(nodesField.type);
  if (!nodeType || !isObjectType(nodeType)) return undefined;
  const list: FieldSelection = { nodes: info.fieldNodes, info };
  const nodes = [
    ...childSelection(list, 'nodes').nodes,
    ...childSelection(childSelection(list, 'edges'), 'node').nodes,
  ];
  return selectedColumns({ nodes, info }, nodeType, metadata, keyed);
}
