import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLContext } from './graphql-context';
import { LoaderRegistry } from './loader-registry';

/** The request's LoaderRegistry: `@ResolveField() owner(@Parent() o, @Loaders() loaders: LoaderRegistry)`. */
export const Loaders = createParamDecorator((_data: unknown, context: ExecutionContext): LoaderRegistry => {
  const loaders = GqlExecutionContext.create(context).getContext<Partial<GraphQLContext>>().loaders;
  if (!loaders) throw new Error('The GraphQL context has no loaders: build it with graphQLContext(dataSource).');
  return loaders;
});
