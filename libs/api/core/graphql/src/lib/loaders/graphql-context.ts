import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { LoaderRegistry } from './loader-registry';

/** What every resolver finds on the GraphQL context. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: LoaderRegistry;
}

/** The Apollo `context` option: a fresh LoaderRegistry for each request. */
export function graphQLContext(dataSource: DataSource): (http: { req: Request; res: Response }) => GraphQLContext {
  return ({ req, res }) => ({ req, res, loaders: new LoaderRegistry(dataSource) });
}
