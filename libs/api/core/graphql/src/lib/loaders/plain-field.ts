import { PARAM_ARGS_METADATA } from '@nestjs/graphql';
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

/**
 * For a field resolver with arguments: they are declared with `@Args` for the schema (name, type,
 * default, description), but the method reads them from graphql's own `args` (its second
 * parameter), so the resolver is called directly like the plain fields above. Nest reads the
 * schema's arguments from its type metadata, not from the parameter metadata this drops. Put it
 * above `@ResolveField` (decorators apply bottom-up, so it runs after the parameters' own).
 * Only for scalar arguments: no validation pipe sees them (the global pipe checks a boolean or an
 * enum for nothing; a text argument would miss its storable-text check).
 */
export function ArgumentsFromGraphQL(): MethodDecorator {
  return (target, key) => {
    Reflect.deleteMetadata(PARAM_ARGS_METADATA, target.constructor, key);
  };
}
