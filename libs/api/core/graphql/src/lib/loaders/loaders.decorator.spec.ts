import { ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { DataSource } from 'typeorm';
import { graphQLContext } from './graphql-context';
import { LoaderRegistry } from './loader-registry';
import { Loaders } from './loaders.decorator';

/** The function Nest runs for a param decorator, taken from the metadata it leaves. */
function decoratorFactory(): (data: unknown, context: ExecutionContext) => unknown {
  class Probe {
    resolve(@Loaders() _loaders: LoaderRegistry): void {
      return undefined;
    }
  }
  const metadata = Reflect.getMetadata(ROUTE_ARGS_METADATA, Probe, 'resolve') as Record<string, { factory: never }>;
  return Object.values(metadata)[0].factory;
}

function graphqlExecution(context: object): ExecutionContext {
  const args = [{}, {}, context, {}];
  return {
    getType: () => 'graphql',
    getArgs: () => args,
    getArgByIndex: (index: number) => args[index],
    getClass: () => Object,
    getHandler: () => () => undefined,
  } as unknown as ExecutionContext;
}

describe('@Loaders()', () => {
  const dataSource = {} as DataSource;

  it('hands the resolver the registry of the current request', () => {
    const context = graphQLContext(dataSource)({ req: {} as never, res: {} as never });
    expect(decoratorFactory()(undefined, graphqlExecution(context))).toBe(context.loaders);
  });

  it('makes a new registry for every request', () => {
    const build = graphQLContext(dataSource);
    const first = build({ req: {} as never, res: {} as never });
    const second = build({ req: {} as never, res: {} as never });
    expect(first.loaders).toBeInstanceOf(LoaderRegistry);
    expect(first.loaders).not.toBe(second.loaders);
  });

  it('fails loudly when the context was built without loaders', () => {
    expect(() => decoratorFactory()(undefined, graphqlExecution({ req: {} }))).toThrow(/no loaders/);
  });
});
