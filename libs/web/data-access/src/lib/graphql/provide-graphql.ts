import { EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { InMemoryCache } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

/** Same-origin path: the API serves the web app, and the dev server proxies it. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Provides the Apollo client used by the generated `*GQL` services.
 * Needs `provideHttpClient()` in the application config: the link sends
 * requests through Angular's HttpClient so interceptors apply to them too.
 */
export function provideGraphql(uri: string = GRAPHQL_PATH): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideApollo(() => ({
      link: inject(HttpLink).create({ uri }),
      cache: new InMemoryCache(),
    })),
  ]);
}
