import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Where a page sits in its list (Relay).' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item; pass as `before` for the page before.',
  })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass as `after` for the next page.' })
  endCursor!: string | null;
}

export interface EdgeOf<T> {
  cursor: string;
  node: T;
}

/** What a list resolver returns; `paginate` builds it. */
export interface ConnectionOf<T> {
  edges: EdgeOf<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when awaited: GraphQL awaits it when the client asks for `totalCount`. */
  totalCount: number | PromiseLike<number>;
}

// GraphQL type names are global: one class per name, however many resolvers ask for it.
const types = new Map<string, { node: Type<unknown>; type: Type<unknown> }>();

function once<T>(name: string, node: Type<unknown>, build: () => Type<T>): Type<T> {
  const existing = types.get(name);
  if (existing) {
    if (existing.node !== node) throw new Error(`The GraphQL type ${name} is already defined for another node type.`);
    return existing.type as Type<T>;
  }
  const type = build();
  Object.defineProperty(type, 'name', { value: name });
  types.set(name, { node, type });
  return type;
}

/** `Edge(Organisation)` is the ObjectType `OrganisationEdge { cursor node }`; Connection makes it for you. */
export function Edge<T>(node: Type<T>, name: string = node.name): Type<EdgeOf<T>> {
  return once(`${name}Edge`, node, () => {
    @ObjectType(`${name}Edge`)
    class EdgeType {
      @Field({ description: 'Opaque; pass as `after` or `before` to page from this item.' })
      cursor!: string;

      @Field(() => node)
      node!: T;
    }
    return EdgeType;
  });
}

/**
 * `Connection(Organisation)` is the ObjectType `OrganisationConnection` with `edges`,
 * `nodes` (the same items without cursors), `pageInfo` and `totalCount`. Pass `name`
 * when the GraphQL name of the node differs from its class name.
 *
 * Call it at module level (`export const OrganisationConnection = Connection(Organisation)`),
 * not inside `@Query(() => …)`: Nest collects decorated classes before it runs those thunks.
 */
export function Connection<T>(node: Type<T>, name: string = node.name): Type<ConnectionOf<T>> {
  const edge = Edge(node, name);
  return once(`${name}Connection`, node, () => {
    @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection).` })
    class ConnectionType {
      @Field(() => [edge])
      edges!: EdgeOf<T>[];

      @Field(() => [node])
      nodes!: T[];

      @Field(() => PageInfo)
      pageInfo!: PageInfo;

      @Field(() => Int, { description: 'How many items match the filter, on all pages together.' })
      totalCount!: number;
    }
    return ConnectionType;
  });
}
