import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getNullableType, GraphQLSchema, isListType, OperationDefinitionNode } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DomainError } from '@cg/shared/domain';
import { toGraphQLError } from '../domain-error.filter';
import { aliasCount, queryDepth } from './query-shape';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxComplexity: number;
}

/** Generous for every screen, including a page of 200 organisations with their partnerships and members. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxComplexity: 50_000 };

/** Unpaged lists are taken to return this many items when estimating cost. */
const ASSUMED_LIST_SIZE = 10;

/**
 * A field costs 1 plus its children, times the page size for a paged list (`first`/`last`)
 * or an assumed size for other lists. A connection's `nodes`/`edges` are already counted
 * by its page size, so they do not multiply again.
 */
const pagedListEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  const pageSize = typeof args['first'] === 'number' ? args['first'] : typeof args['last'] === 'number' ? args['last'] : undefined;
  if (pageSize !== undefined) return 1 + childComplexity * Math.max(pageSize, 1);
  if (isListType(getNullableType(field.type)) && field.name !== 'nodes' && field.name !== 'edges') {
    return 1 + childComplexity * ASSUMED_LIST_SIZE;
  }
  return undefined;
};

/**
 * The estimated cost, or undefined when the variables do not fit the operation: GraphQL
 * execution then refuses them itself with BAD_USER_INPUT naming the variable.
 */
function estimateComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    return undefined;
  }
}

/** Apollo plugins pass no Nest filter, so the plugin hands Apollo the GraphQL error itself. */
const tooComplex = (message: string, detail: Record<string, unknown>) =>
  toGraphQLError(new DomainError('QUERY_TOO_COMPLEX', message, detail));

interface DocumentShape {
  depth: number;
  aliases: number;
  /** Complexity by operation name and variables (a page size may be a variable); a few per document. */
  complexity: Map<string, number | undefined>;
}

/**
 * Apollo keeps each parsed and validated document in its cache and hands the same DocumentNode
 * to every request that sends the same text, so an operation's shape is measured once, not per
 * request (keyed by the operation's node, which lives as long as the cached document).
 */
const shapes = new WeakMap<OperationDefinitionNode, DocumentShape>();
const COMPLEXITIES_PER_DOCUMENT = 32;

function shapeOf(document: DocumentNode, operation: OperationDefinitionNode): DocumentShape {
  let shape = shapes.get(operation);
  if (!shape) {
    shape = { depth: queryDepth(document, operation), aliases: aliasCount(document), complexity: new Map() };
    shapes.set(operation, shape);
  }
  return shape;
}

/** Refuses over-deep, over-aliased and over-costly operations before any resolver runs. */
export function queryLimitsPlugin(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return; // Apollo has already refused a document without the named operation.
          const shape = shapeOf(document, operation);
          const depth = shape.depth;
          if (depth > limits.maxDepth) {
            throw tooComplex(`This query nests ${depth} levels deep; the limit is ${limits.maxDepth}. Ask for fewer nested fields.`, { depth });
          }
          const aliases = shape.aliases;
          if (aliases > limits.maxAliases) {
            throw tooComplex(`This query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, { aliases });
          }
          const key = `${request.operationName ?? ''}|${JSON.stringify(request.variables ?? {})}`;
          let complexity = shape.complexity.get(key);
          if (!shape.complexity.has(key)) {
            complexity = estimateComplexity(schema as GraphQLSchema, document, request.operationName, request.variables);
            if (shape.complexity.size >= COMPLEXITIES_PER_DOCUMENT) shape.complexity.clear();
            shape.complexity.set(key, complexity);
          }
          if (complexity !== undefined && complexity > limits.maxComplexity) {
            throw tooComplex(
              `This query would cost ${complexity} (the limit is ${limits.maxComplexity}). Ask for smaller pages or fewer nested lists.`,
              { complexity },
            );
          }
        },
      };
    },
  };
}
