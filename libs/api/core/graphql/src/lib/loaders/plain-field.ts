import { GraphQLContext } from './graphql-context';
import { LoaderRegistry } from './loader-registry';

/**
 * The request's LoaderRegistry in a field resolver that takes graphql's own arguments
 * `(parent, args, context)` and no parameter decorators. Nest calls such a resolver directly (its
 * "fast field resolver": no enhancers are configured for field resolvers, see app.module), instead of
 * resolving each decorated parameter through its async pipeline on every call: hundreds of calls on
 * one nested page (issue #13, docs/performance.md "Per-request cost in the API").
 */
export function loadersOf(context: Partial<GraphQLContext>): LoaderRegistry {
  const loaders = context.loaders;
  if (!loaders) throw new Error('The GraphQL context has no loaders: build it with graphQLContext(dataSource).');
  return loaders;
}
