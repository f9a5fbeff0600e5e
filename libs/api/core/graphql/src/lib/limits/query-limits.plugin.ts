import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getNullableType, GraphQLSchema, isListType } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DomainError } from '../domain-error';
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

/** Refuses over-deep, over-aliased and over-costly operations before any resolver runs. */
export function queryLimitsPlugin(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return; // Apollo has already refused a document without the named operation.
          const depth = queryDepth(document, operation);
          if (depth > limits.maxDepth) {
            throw new DomainError('QUERY_TOO_COMPLEX', `This query nests ${depth} levels deep; the limit is ${limits.maxDepth}. Ask for fewer nested fields.`, { depth });
          }
          const aliases = aliasCount(document);
          if (aliases > limits.maxAliases) {
            throw new DomainError('QUERY_TOO_COMPLEX', `This query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, { aliases });
          }
          const complexity = estimateComplexity(schema as GraphQLSchema, document, request.operationName, request.variables);
          if (complexity !== undefined && complexity > limits.maxComplexity) {
            throw new DomainError(
              'QUERY_TOO_COMPLEX',
              `This query would cost ${complexity} (the limit is ${limits.maxComplexity}). Ask for smaller pages or fewer nested lists.`,
              { complexity },
            );
          }
        },
      };
    },
  };
}
